import { describe, expect, it } from 'vitest';
import { clockTime, dayLabel, fullDateTime, relativeTime, seoulDate, seoulParts, shortDate } from './seoul-time';

describe('seoul time', () => {
  it('reads Seoul fields of an instant, across the UTC day boundary', () => {
    expect(seoulParts('2025-03-03T15:05:00Z')).toEqual({ year: 2025, month: 3, day: 4, hour: 0, minute: 5, weekday: 2 });
    expect(seoulDate(new Date('2025-12-31T15:00:00Z'))).toBe('2026-01-01');
  });

  it('formats Korean labels', () => {
    const at = '2025-03-04T06:05:00Z';
    expect(clockTime(at)).toBe('오후 3:05');
    expect(clockTime('2025-03-03T15:30:00Z')).toBe('오전 12:30');
    expect(dayLabel(at)).toBe('2025년 3월 4일 화요일');
    expect(fullDateTime(at)).toBe('2025년 3월 4일 오후 3:05');
    expect(shortDate(at, new Date('2025-06-01T00:00:00Z'))).toBe('3월 4일');
    expect(shortDate(at, new Date('2026-06-01T00:00:00Z'))).toBe('2025. 3. 4.');
  });

  it('says how long ago by Seoul calendar days', () => {
    const now = Date.parse('2025-03-04T06:00:00Z');
    expect(relativeTime(new Date(now - 30_000), now)).toBe('방금 전');
    expect(relativeTime(new Date(now - 5 * 60_000), now)).toBe('5분 전');
    expect(relativeTime(new Date(now - 3 * 3_600_000), now)).toBe('3시간 전');
    expect(relativeTime('2025-03-03T06:00:00Z', now)).toBe('어제');
    expect(relativeTime('2025-02-28T06:00:00Z', now)).toBe('4일 전');
  });
});
