import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { toICalendar } from '@/lib/calendar/ical';
import { seoulInstant } from '@/lib/core/seoul-time';
import { gameCalendar } from '@/lib/games/calendar';
import { joinGame } from '@/lib/games/players';
import { reservationCalendar } from '@/lib/reservations/calendar';
import { cancelReservation } from '@/lib/reservations/mutations';
import { createUser } from '@/tests/support/factories';
import { createTestGame, fixedClock } from '@/tests/support/games';
import { createPaidReservation } from '@/tests/support/reservations';
import { createTestSpace } from '@/tests/support/spaces';
import { createBlockBody } from './block-schema';
import { createBlock } from './blocks';
import { rotateCalendarKey, spaceCalendarFeed, spaceCalendarKey } from './calendar';

const NOW = new Date('2026-06-01T00:00:00Z');
const DAY = '2026-06-10';
const codeOf = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string }) => e.code);

describe('calendar feeds', () => {
  it("the host's feed lists bookings and blocks with stable uids, and only with the current key", async () => {
    const { host, space } = await createTestSpace();
    const guest = await createUser();
    const booked = await createPaidReservation(guest, space.id, seoulInstant(DAY, 10), seoulInstant(DAY, 12), NOW);
    const cancelled = await createPaidReservation(guest, space.id, seoulInstant(DAY, 14), seoulInstant(DAY, 15), NOW);
    await cancelReservation(getDb(), guest, cancelled.id, { reason: '' }, fixedClock(NOW));
    await createBlock(getDb(), host, space.id, createBlockBody.parse({ startsAt: seoulInstant(DAY, 18).toISOString(), endsAt: seoulInstant(DAY, 20).toISOString(), reason: '대청소' }), fixedClock(NOW));

    const { key } = await spaceCalendarKey(getDb(), host, space.id);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const feed = await spaceCalendarFeed(getDb(), space.id, key, NOW);
    expect(feed.events.map((e) => e.uid)).toEqual([`reservation-${booked.id}@dongne.app`, expect.stringMatching(/^space-block-\d+@dongne\.app$/)]);
    expect(feed.events[0]).toMatchObject({ summary: `예약: 김이웃 2명 · ${space.title}`, start: seoulInstant(DAY, 10), end: seoulInstant(DAY, 12) });
    expect(feed.events[1]!.summary).toContain('대청소');

    const ics = toICalendar(feed.name, feed.events, NOW);
    expect(ics).toContain(`UID:reservation-${booked.id}@dongne.app`);
    expect(ics).toContain('DTSTART:20260610T010000Z');
    expect(ics).toContain('SUMMARY:예약 막음: 대청소');

    for (const wrong of [undefined, '', key.slice(1), `${key}x`]) expect(await codeOf(spaceCalendarFeed(getDb(), space.id, wrong, NOW))).toBe('not_found');
    const rotated = await rotateCalendarKey(getDb(), host, space.id);
    expect(rotated.key).not.toBe(key);
    expect(await codeOf(spaceCalendarFeed(getDb(), space.id, key, NOW))).toBe('not_found');
    expect((await spaceCalendarFeed(getDb(), space.id, rotated.key, NOW)).events).toHaveLength(2);

    expect(await codeOf(rotateCalendarKey(getDb(), guest, space.id))).toBe('forbidden');
    expect(await codeOf(spaceCalendarKey(getDb(), guest, space.id))).toBe('forbidden');
    expect(await codeOf(rotateCalendarKey(getDb(), host, 999_999))).toBe('not_found');
  });

  it('a reservation is for its guest and host; a game for its host and players; others 404', async () => {
    const { host, space } = await createTestSpace();
    const [guest, stranger, player] = await Promise.all([createUser(), createUser(), createUser()]);
    const r = await createPaidReservation(guest, space.id, seoulInstant(DAY, 10), seoulInstant(DAY, 12), NOW);
    const entry = await reservationCalendar(getDb(), guest.id, r.id);
    expect(entry.events[0]).toMatchObject({ uid: `reservation-${r.id}@dongne.app`, summary: `공간 예약: ${space.title}`, status: 'confirmed' });
    expect((await reservationCalendar(getDb(), host.id, r.id)).events).toHaveLength(1);
    expect(await codeOf(reservationCalendar(getDb(), stranger.id, r.id))).toBe('not_found');
    await cancelReservation(getDb(), guest, r.id, { reason: '' }, fixedClock(NOW));
    expect((await reservationCalendar(getDb(), guest.id, r.id)).events[0]!.status).toBe('cancelled');

    const game = await createTestGame(host, NOW);
    await joinGame(getDb(), player, game.id, {}, fixedClock(NOW));
    const played = await gameCalendar(getDb(), player.id, game.id);
    expect(played.events[0]).toMatchObject({ uid: `game-${game.id}@dongne.app`, summary: '풋살: 토요일 풋살 한 판', location: expect.stringContaining('용담 풋살장') });
    expect((await gameCalendar(getDb(), host.id, game.id)).events).toHaveLength(1);
    expect(await codeOf(gameCalendar(getDb(), stranger.id, game.id))).toBe('not_found');
  });
});
