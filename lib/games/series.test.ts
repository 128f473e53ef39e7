import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { games, notifications, payments, type User } from '@/db/schema';
import { seoulInstant } from '@/lib/core/seoul-time';
import { approvePayment, expireStalePayments } from '@/lib/payments/mutations';
import { sandboxPaymentKey } from '@/lib/payments/providers/sandbox';
import { createUser } from '@/tests/support/factories';
import { createTestGame, gameInput, HOUR } from '@/tests/support/games';
import { cancelParticipation, joinGame } from './players';
import { listGames } from './queries';
import { listGamesQuery, type CreateSeriesInput } from './schema';
import { createSeries, occurrenceStarts, updateSeries } from './series';

const NOW = new Date('2026-06-01T00:00:00Z'); // Monday 09:00 in Seoul
const clock = () => NOW;
const at = (ms: number) => () => new Date(ms);
const seoul = (date: string, hour: number) => seoulInstant(date, hour);

const seriesInput = (overrides: Partial<CreateSeriesInput> = {}): CreateSeriesInput => ({
  ...gameInput(NOW),
  startsAt: seoul('2026-06-03', 19), // Wednesday 19:00
  endsAt: seoul('2026-06-03', 21),
  weekdays: [3],
  until: '2026-06-24',
  priorityHours: 24,
  ...overrides,
});

async function paidJoin(user: User, gameId: number, when = clock) {
  const { payment } = await joinGame(getDb(), user, gameId, {}, when);
  const [row] = await getDb().select().from(payments).where(eq(payments.id, payment!.id));
  await approvePayment(getDb(), user, row!.id, { paymentKey: sandboxPaymentKey(row!.orderId, row!.amount) }, when);
}

describe('finding games by level, gender, time of day and weekday', () => {
  it('filters on the Seoul hour and weekday of the start', async () => {
    const host = await createUser();
    const dawn = await createTestGame(host, NOW, { startsAt: seoul('2026-06-06', 5), endsAt: seoul('2026-06-06', 7), level: 'beginner', gender: 'female' }); // Sat 05:00
    const evening = await createTestGame(host, NOW, { startsAt: seoul('2026-06-03', 19), endsAt: seoul('2026-06-03', 21), level: 'advanced' }); // Wed 19:00
    const night = await createTestGame(host, NOW, { startsAt: seoul('2026-06-07', 22), endsAt: seoul('2026-06-07', 23), level: 'beginner', gender: 'male' }); // Sun 22:00
    const ids = async (query: Record<string, string>) => (await listGames(getDb(), listGamesQuery.parse(query))).items.map((g) => g.id).sort();
    expect(await ids({ level: 'beginner' })).toEqual([dawn.id, night.id].sort());
    expect(await ids({ gender: 'mixed' })).toEqual([evening.id]);
    expect(await ids({ timeOfDay: 'dawn' })).toEqual([dawn.id]);
    expect(await ids({ timeOfDay: 'evening,night' })).toEqual([evening.id, night.id].sort());
    expect(await ids({ weekday: '6,7' })).toEqual([dawn.id, night.id].sort());
    expect(await ids({ weekday: '3', timeOfDay: 'evening', level: 'advanced' })).toEqual([evening.id]);
    const view = (await listGames(getDb(), listGamesQuery.parse({ gender: 'female' }))).items[0]!;
    expect(view).toMatchObject({ gender: 'female', genderLabel: '여성', levelLabel: '초급', offerMinutes: 15, seriesId: null, priorityUntil: null });
    expect(listGamesQuery.safeParse({ timeOfDay: 'noon' }).success).toBe(false);
    expect(listGamesQuery.safeParse({ weekday: '0' }).success).toBe(false);
  });
});

describe('weekly series', () => {
  it('occurrences: each listed weekday up to until, same Seoul time; at most 26; none or until before the start refused', () => {
    const starts = occurrenceStarts(seoul('2026-06-03', 19), [3, 6], '2026-06-13');
    expect(starts.map((d) => d.toISOString())).toEqual([seoul('2026-06-03', 19), seoul('2026-06-06', 19), seoul('2026-06-10', 19), seoul('2026-06-13', 19)].map((d) => d.toISOString()));
    expect(() => occurrenceStarts(seoul('2026-06-03', 19), [3], '2027-06-01')).toThrow(expect.objectContaining({ extra: { fields: { until: expect.any(Array) } } }));
    expect(() => occurrenceStarts(seoul('2026-06-03', 19), [3], '2026-06-02')).toThrow(expect.objectContaining({ extra: { fields: { until: expect.any(Array) } } }));
    expect(() => occurrenceStarts(seoul('2026-06-03', 19), [1], '2026-06-04')).toThrow(expect.objectContaining({ extra: { fields: { weekdays: expect.any(Array) } } }));
  });

  it('creates one game per occurrence with its own room; from the second on, a priority window after the previous one ends', async () => {
    const host = await createUser();
    const series = await createSeries(getDb(), host, seriesInput(), clock);
    expect(series).toMatchObject({ weekdays: [3], until: '2026-06-24', priorityHours: 24 });
    expect(series.games.map((g) => g.startsAt)).toEqual(['2026-06-03', '2026-06-10', '2026-06-17', '2026-06-24'].map((d) => seoul(d, 19).toISOString()));
    expect(new Set(series.games.map((g) => g.chatRoomId)).size).toBe(4);
    expect(series.games[0]!.priorityUntil).toBeNull();
    // Wednesday 21:00 + 24 h = Thursday 21:00, before the next deadline (Wednesday 17:00).
    expect(series.games[1]!.priorityUntil).toBe(seoul('2026-06-04', 21).toISOString());
    expect(series.games.every((g) => g.seriesId === series.id)).toBe(true);
    // A broken series creates nothing.
    const other = await createUser();
    await expect(createSeries(getDb(), other, seriesInput({ until: '2026-01-01' }), clock)).rejects.toMatchObject({ code: 'invalid' });
    expect(await getDb().select().from(games).where(eq(games.hostId, other.id))).toHaveLength(0);
  });

  it('the last occurrence’s players join first; others get 409 priority_window until it opens', async () => {
    const host = await createUser();
    const series = await createSeries(getDb(), host, seriesInput({ maxPlayers: 4, minPlayers: 1 }), clock);
    const [first, second] = series.games;
    const regular = await createUser();
    const newcomer = await createUser();
    await joinGame(getDb(), regular, first!.id, {}, clock);
    await expect(joinGame(getDb(), newcomer, second!.id, {}, clock)).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'priority_window' } });
    await expect(joinGame(getDb(), newcomer, second!.id, { waitlist: true }, clock)).rejects.toMatchObject({ extra: { reason: 'priority_window' } });
    expect((await joinGame(getDb(), regular, second!.id, {}, clock)).participation.status).toBe('joined');
    const opened = at(new Date(second!.priorityUntil!).getTime());
    expect((await joinGame(getDb(), newcomer, second!.id, {}, opened)).participation.status).toBe('joined');
    // The first occurrence has no window.
    expect((await joinGame(getDb(), newcomer, first!.id, {}, clock)).participation.status).toBe('joined');
  });

  it('editing all future occurrences: every one or none (409 naming the date), host only', async () => {
    const host = await createUser();
    const series = await createSeries(getDb(), host, seriesInput({ until: '2026-06-17', maxPlayers: 4, minPlayers: 1 }), clock);
    const updated = await updateSeries(getDb(), host, series.id, { title: '수요 풋살', level: 'intermediate', gender: 'male' }, clock);
    expect(updated.games.map((g) => [g.title, g.level, g.gender])).toEqual(Array(3).fill(['수요 풋살', 'intermediate', 'male']));
    const players = await Promise.all([createUser(), createUser(), createUser()]);
    for (const p of players) await joinGame(getDb(), p, series.games[2]!.id, {}, at(new Date(series.games[2]!.priorityUntil!).getTime()));
    await expect(updateSeries(getDb(), host, series.id, { maxPlayers: 2, title: '바뀌면 안 됨' }, clock)).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'below_joined' }, message: expect.stringContaining('6월 17일') });
    const rows = await getDb().select().from(games).where(eq(games.seriesId, series.id));
    expect(rows.map((g) => [g.title, g.maxPlayers])).toEqual(Array(3).fill(['수요 풋살', 4]));
    await expect(updateSeries(getDb(), await createUser(), series.id, { title: 'x' }, clock)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(updateSeries(getDb(), host, 999_999, { title: 'x' }, clock)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('the waitlist offer window', () => {
  it('a promoted player has the game’s offerMinutes to pay, is told the deadline, and a lapse moves the seat on', async () => {
    const host = await createUser();
    const game = await createTestGame(host, NOW, { minPlayers: 1, maxPlayers: 1, fee: 5000, offerMinutes: 120 });
    const [first, second, third] = await Promise.all([createUser(), createUser(), createUser()]);
    await paidJoin(first!, game.id);
    await joinGame(getDb(), second!, game.id, { waitlist: true }, clock);
    await joinGame(getDb(), third!, game.id, { waitlist: true }, clock);
    await cancelParticipation(getDb(), first!, game.id, clock);
    const [offer] = await getDb().select().from(payments).where(eq(payments.userId, second!.id));
    expect(offer!.expiresAt.getTime()).toBe(NOW.getTime() + 2 * HOUR);
    const [notice] = await getDb().select().from(notifications).where(eq(notifications.userId, second!.id));
    expect(notice).toMatchObject({ type: 'game_promoted', title: expect.stringContaining('2026년 6월 1일 오전 11:00까지 결제해 주세요'), body: expect.stringContaining('다음 대기자') });
    // An hour in, nothing lapses; past two hours the offer goes to the next in line.
    expect(await expireStalePayments(getDb(), new Date(NOW.getTime() + HOUR))).toBe(0);
    expect(await expireStalePayments(getDb(), new Date(NOW.getTime() + 2 * HOUR + 1000))).toBe(1);
    const types = async (u: User) => (await getDb().select().from(notifications).where(eq(notifications.userId, u.id))).map((n) => n.type);
    expect(await types(second!)).toEqual(['game_promoted', 'game_offer_lapsed']);
    expect(await types(host)).toContain('game_offer_lapsed_host');
    expect(await types(third!)).toEqual(['game_promoted']);
    // A plain join still holds its seat 15 minutes.
    const [plain] = await getDb().select().from(payments).where(eq(payments.userId, first!.id));
    expect(plain!.expiresAt.getTime() - plain!.createdAt.getTime()).toBe(15 * 60_000);
  });

  it('the window is 10 minutes to 12 hours', async () => {
    const host = await createUser();
    await expect(createTestGame(host, NOW, { offerMinutes: 5 })).rejects.toBeTruthy();
    const { createGameBody } = await import('./schema');
    const body = { ...gameInput(NOW), startsAt: NOW.toISOString(), endsAt: NOW.toISOString(), recruitUntil: undefined };
    expect(createGameBody.safeParse({ ...body, offerMinutes: 9 }).error?.issues[0]?.path).toEqual(['offerMinutes']);
    expect(createGameBody.safeParse({ ...body, offerMinutes: 721 }).error?.issues[0]?.path).toEqual(['offerMinutes']);
    expect(createGameBody.safeParse({ ...body, offerMinutes: 720 }).success).toBe(true);
  });
});

// PGlite runs one transaction at a time and would hide these races (PITFALLS.md): PostgreSQL only.
describe.runIf(process.env.DATABASE_URL)('series and offer races (PostgreSQL)', () => {
  it('concurrent joins in a priority window: the last players get seats, everyone else 409, never over capacity', async () => {
    const host = await createUser();
    const series = await createSeries(getDb(), host, seriesInput({ until: '2026-06-10', maxPlayers: 3, minPlayers: 1 }), clock);
    const [first, second] = series.games;
    const regulars = await Promise.all(Array.from({ length: 5 }, () => createUser()));
    for (const r of regulars.slice(0, 3)) await joinGame(getDb(), r, first!.id, {}, clock);
    const newcomers = await Promise.all(Array.from({ length: 5 }, () => createUser()));
    const results = await Promise.allSettled([...regulars.slice(0, 3), ...newcomers].map((u) => joinGame(getDb(), u, second!.id, {}, clock)));
    expect(results.slice(0, 3).every((r) => r.status === 'fulfilled')).toBe(true);
    expect(results.slice(3).map((r) => r.status === 'rejected' && (r.reason as { extra?: { reason?: string } }).extra?.reason)).toEqual(Array(5).fill('priority_window'));
    const [row] = await getDb().select().from(games).where(eq(games.id, second!.id));
    expect(row).toMatchObject({ joinedCount: 3, status: 'full' });
  });

  it('the offer-lapse job on several connections at once: each offer lapses once and the seat moves once', async () => {
    const host = await createUser();
    const game = await createTestGame(host, NOW, { minPlayers: 1, maxPlayers: 1, fee: 5000, offerMinutes: 10 });
    const [first, ...waiting] = await Promise.all(Array.from({ length: 3 }, () => createUser()));
    await paidJoin(first!, game.id);
    for (const w of waiting) await joinGame(getDb(), w, game.id, { waitlist: true }, clock);
    await cancelParticipation(getDb(), first!, game.id, clock);
    const due = new Date(NOW.getTime() + 11 * 60_000);
    const counts = await Promise.all([expireStalePayments(getDb(), due), expireStalePayments(getDb(), due), expireStalePayments(getDb(), due)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    const lapsed = await getDb().select().from(notifications).where(eq(notifications.type, 'game_offer_lapsed_host'));
    expect(lapsed.filter((n) => n.userId === host.id)).toHaveLength(1);
    const [row] = await getDb().select().from(games).where(eq(games.id, game.id));
    expect(row).toMatchObject({ joinedCount: 1 });
    const open = await getDb().select().from(payments).where(eq(payments.status, 'ready'));
    expect(open.map((p) => p.userId)).toEqual([waiting[1]!.id]);
  });
});
