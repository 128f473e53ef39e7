import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seoulInstant } from '@/lib/core/seoul-time';
import { cancelReservation } from '@/lib/reservations/mutations';
import { getReservation } from '@/lib/reservations/queries';
import { createUser } from '@/tests/support/factories';
import { createPaidReservation } from '@/tests/support/reservations';
import { createTestSpace } from '@/tests/support/spaces';
import { dayKind, holidayNames, hourlyPriceOn } from './pricing';
import { spaceAvailability } from './queries';

const space = { pricePerHour: 10_000, weekendPricePerHour: 15_000, holidayPricePerHour: 20_000 };

describe('prices by day (Korean public holidays from the official gazette)', () => {
  it('knows 2026: 추석 연휴 and the substitute holiday for 개천절', () => {
    expect(dayKind('2026-09-25')).toBe('holiday');
    expect(holidayNames('2026-09-25')).toEqual(['추석']);
    expect(dayKind('2026-09-24')).toBe('holiday');
    expect(dayKind('2026-10-05')).toBe('holiday'); // 대체공휴일(개천절), a Monday
    expect(dayKind('2026-09-23')).toBe('weekday');
    expect(dayKind('2026-09-27')).toBe('weekend');
    expect(dayKind('2026-05-05')).toBe('holiday');
  });

  it('prices a holiday, a weekend and a weekday, with fallbacks when a price is not set', () => {
    expect(hourlyPriceOn(space, '2026-09-25')).toBe(20_000);
    expect(hourlyPriceOn(space, '2026-09-27')).toBe(15_000);
    expect(hourlyPriceOn(space, '2026-09-23')).toBe(10_000);
    expect(hourlyPriceOn({ ...space, holidayPricePerHour: null }, '2026-09-25')).toBe(15_000);
    expect(hourlyPriceOn({ ...space, holidayPricePerHour: null, weekendPricePerHour: null }, '2026-09-25')).toBe(10_000);
  });
});

describe('booking at the day’s price', () => {
  it('charges 추석 at the holiday price and a Sunday at the weekend price, as the grid shows; the refund quote is that amount', async () => {
    const now = new Date('2026-09-01T00:00:00Z');
    const { space: room } = await createTestSpace(undefined, { weekendPricePerHour: 15_000, holidayPricePerHour: 20_000 });
    const guest = await createUser();
    const book = (date: string) => createPaidReservation(guest, room.id, seoulInstant(date, 10), seoulInstant(date, 12), now);
    const holiday = await book('2026-09-25');
    expect(holiday.amount).toBe(40_000);
    expect((await book('2026-09-27')).amount).toBe(30_000);
    expect((await book('2026-09-23')).amount).toBe(20_000);

    const grid = await spaceAvailability(getDb(), room.id, '2026-09-25', now);
    expect(grid).toMatchObject({ dayKind: 'holiday', holidayNames: ['추석'], pricePerHour: 20_000 });
    expect(new Set(grid.hours.map((h) => h.price))).toEqual(new Set([20_000]));

    expect((await getReservation(getDb(), guest.id, holiday.id, now)).cancellation?.refundAmount).toBe(40_000);
    expect(await cancelReservation(getDb(), guest, holiday.id, { reason: '' }, () => now)).toEqual({ refundAmount: 40_000 });
  });
});
