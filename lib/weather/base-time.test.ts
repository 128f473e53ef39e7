import { describe, expect, it } from 'vitest';
import { nowcastBase, ultraShortForecastBase } from './base-time';

const seoul = (iso: string) => new Date(`${iso}+09:00`);

describe('base date/time in Asia/Seoul', () => {
  it('uses the current hour from HH:40 and the previous one before', () => {
    expect(nowcastBase(seoul('2026-11-25T14:39:59'))).toEqual({ baseDate: '20261125', baseTime: '1300' });
    expect(nowcastBase(seoul('2026-11-25T14:40:00'))).toEqual({ baseDate: '20261125', baseTime: '1400' });
    expect(nowcastBase(seoul('2026-11-25T14:59:00'))).toEqual({ baseDate: '20261125', baseTime: '1400' });
  });

  it('rolls over to the previous day just after midnight (and month and year ends)', () => {
    expect(nowcastBase(seoul('2026-11-25T00:10:00'))).toEqual({ baseDate: '20261124', baseTime: '2300' });
    expect(nowcastBase(seoul('2027-01-01T00:39:00'))).toEqual({ baseDate: '20261231', baseTime: '2300' });
    expect(nowcastBase(seoul('2026-03-01T00:05:00'))).toEqual({ baseDate: '20260228', baseTime: '2300' });
  });

  it('works from the Seoul clock whatever the instant looks like in UTC', () => {
    // 15:50 UTC is 00:50 the next day in Seoul.
    expect(nowcastBase(new Date('2026-11-24T15:50:00Z'))).toEqual({ baseDate: '20261125', baseTime: '0000' });
    expect(nowcastBase(new Date('2026-11-24T15:20:00Z'))).toEqual({ baseDate: '20261124', baseTime: '2300' });
  });

  it('takes the HH30 초단기예보 run from HH:45', () => {
    expect(ultraShortForecastBase(seoul('2026-11-25T14:44:00'))).toEqual({ baseDate: '20261125', baseTime: '1330' });
    expect(ultraShortForecastBase(seoul('2026-11-25T14:45:00'))).toEqual({ baseDate: '20261125', baseTime: '1430' });
    expect(ultraShortForecastBase(seoul('2026-11-25T00:20:00'))).toEqual({ baseDate: '20261124', baseTime: '2330' });
  });
});
