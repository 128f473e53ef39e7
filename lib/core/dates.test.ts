import { describe, expect, it } from 'vitest';
import { bodyInstant, calendarDate, queryInstant } from './dates';

describe('queryInstant', () => {
  it('reads ISO 8601 instants with Z or an offset', () => {
    expect(queryInstant('start').parse('2025-06-01T19:00:00+09:00').toISOString()).toBe('2025-06-01T10:00:00.000Z');
    expect(queryInstant('start').parse('2025-06-01T10:00:00.123Z').toISOString()).toBe('2025-06-01T10:00:00.123Z');
  });

  it('reads YYYY-MM-DD as the Seoul day: its start, or the next midnight for an end', () => {
    expect(queryInstant('start').parse('2025-06-01').toISOString()).toBe('2025-05-31T15:00:00.000Z');
    expect(queryInstant('end').parse('2025-06-01').toISOString()).toBe('2025-06-01T15:00:00.000Z');
  });

  it('refuses what a loose parser would guess at', () => {
    for (const v of ["zzqx' OR '1'='1", '2001', 'June 1 2025', '2025-06-01T19:00:00', '2025-02-30', '1/6/2025', '', '2025-06-01 19:00']) {
      expect(queryInstant('start').safeParse(v).success, v).toBe(false);
    }
  });
});

describe('calendarDate', () => {
  it('takes real days only', () => {
    expect(calendarDate.safeParse('2025-06-01').success).toBe(true);
    for (const v of ['2025-02-30', '2025-6-1', "2025-06-01' --", '1999-12-31']) expect(calendarDate.safeParse(v).success, v).toBe(false);
  });
});

describe('bodyInstant', () => {
  it('reads ISO 8601 with Z or an offset, and YYYY-MM-DD as the first instant of that Seoul day', () => {
    expect(bodyInstant().parse('2026-06-01T19:00:00+09:00').toISOString()).toBe('2026-06-01T10:00:00.000Z');
    expect(bodyInstant().parse('2026-06-01').toISOString()).toBe('2026-05-31T15:00:00.000Z');
  });

  it('refuses what new Date would guess at, impossible days and far-off years, with the message naming the field', () => {
    for (const v of ["zzqx' OR '1'='1", '2026-02-30', '12/05/2026', '2026-06-01T19:00:00', '2026-02-30T10:00:00Z', '0000-01-01T00:00:00Z', '9999-01-01T00:00:00Z', 1_780_000_000_000, null, '']) {
      const result = bodyInstant('시작 시각').safeParse(v);
      expect(result.success, String(v)).toBe(false);
      expect(result.error!.issues[0]!.message).toMatch(/^시작 시각을 ISO 8601/);
    }
  });
});
