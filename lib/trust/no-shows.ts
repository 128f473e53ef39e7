import { and, asc, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { adminActions, gamePlayers, games, noShows, reservations, spaces, users, type NoShow, type NoShowDecision, type NoShowSubject, type User } from '@/db/schema';
import { toUserRef } from '@/lib/accounts/user-ref';
import { systemClock, type Clock } from '@/lib/core/clock';
import { conflict, forbidden, notFound } from '@/lib/core/domain-error';
import { isUniqueViolation } from '@/lib/core/pg-errors';
import { recordEvent } from '@/lib/events/record';
import { trustInputChanged } from './events';
import { NO_SHOW_WINDOW_HOURS, inNoShowWindow } from './rules';
import type { NoShowView } from './schema';

export const toNoShowView = (n: NoShow, user: Parameters<typeof toUserRef>[0]): NoShowView => ({
  id: n.id,
  subjectType: n.subjectType,
  subjectId: n.subjectId,
  user: toUserRef(user),
  markedAt: n.markedAt.toISOString(),
  disputeText: n.disputeText,
  disputedAt: n.disputedAt?.toISOString() ?? null,
  decision: n.decision,
  decidedAt: n.decidedAt?.toISOString() ?? null,
});

function assertWindow(endsAt: Date, now: Date) {
  if (now < endsAt) throw conflict('끝난 뒤에 노쇼를 표시할 수 있어요.', undefined, 'not_ended');
  if (!inNoShowWindow(endsAt, now)) throw conflict(`끝나고 ${NO_SHOW_WINDOW_HOURS}시간이 지나 노쇼를 표시할 수 없어요.`, undefined, 'window_closed');
}

async function insertMark(tx: Db, subjectType: NoShowSubject, subjectId: number, userId: number, host: User, now: Date) {
  try {
    const [row] = await tx.insert(noShows).values({ subjectType, subjectId, userId, markedBy: host.id, markedAt: now }).returning();
    await recordEvent(tx, trustInputChanged(userId));
    const [user] = await tx.select().from(users).where(eq(users.id, userId));
    return toNoShowView(row!, user!);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('이미 노쇼로 표시했어요.', undefined, 'already_marked');
    throw error;
  }
}

/** The game's host marks a joined player who did not come, within 24 h after the game. */
export async function markGameNoShow(db: Db, host: User, gameId: number, userId: number, clock: Clock = systemClock) {
  return db.transaction(async (tx) => {
    const now = clock();
    const [game] = await tx.select().from(games).where(eq(games.id, gameId));
    if (!game) throw notFound('경기를 찾을 수 없습니다.');
    if (game.hostId !== host.id) throw forbidden('경기를 연 호스트만 할 수 있습니다.');
    const [player] = await tx
      .select({ id: gamePlayers.id })
      .from(gamePlayers)
      .where(and(eq(gamePlayers.gameId, gameId), eq(gamePlayers.userId, userId), eq(gamePlayers.status, 'joined')));
    if (!player) throw notFound('이 경기에 참가한 사람이 아니에요.');
    assertWindow(game.endsAt, now);
    return insertMark(tx, 'game', gameId, userId, host, now);
  });
}

/** The space's host marks the guest of a paid booking who did not come, within 24 h after it. */
export async function markReservationNoShow(db: Db, host: User, reservationId: number, clock: Clock = systemClock) {
  return db.transaction(async (tx) => {
    const now = clock();
    const [row] = await tx
      .select({ reservation: reservations, hostId: spaces.hostId })
      .from(reservations)
      .innerJoin(spaces, eq(spaces.id, reservations.spaceId))
      .where(eq(reservations.id, reservationId));
    if (!row) throw notFound('예약을 찾을 수 없습니다.');
    if (row.hostId !== host.id) throw forbidden('공간 호스트만 할 수 있습니다.');
    if (!['confirmed', 'completed'].includes(row.reservation.status)) throw conflict('확정된 예약에만 노쇼를 표시할 수 있어요.', undefined, 'not_confirmed');
    assertWindow(row.reservation.endsAt, now);
    return insertMark(tx, 'reservation', reservationId, row.reservation.guestId, host, now);
  });
}

/** The marked person disputes, once (409 after that); it joins the admin queue. */
export async function disputeNoShow(db: Db, user: User, id: number, text: string, clock: Clock = systemClock) {
  const [row] = await db
    .update(noShows)
    .set({ disputeText: text, disputedAt: clock() })
    .where(and(eq(noShows.id, id), eq(noShows.userId, user.id), isNull(noShows.disputedAt)))
    .returning();
  if (row) return toNoShowView(row, user);
  const [existing] = await db.select({ id: noShows.id }).from(noShows).where(and(eq(noShows.id, id), eq(noShows.userId, user.id)));
  if (!existing) throw notFound('노쇼 기록을 찾을 수 없습니다.');
  throw conflict('이의 제기는 한 번만 할 수 있어요.', undefined, 'already_disputed');
}

/** An admin decides a dispute, once, audit-logged; accepting voids the mark and the temperature follows. */
export async function decideNoShowDispute(db: Db, admin: User, id: number, input: { decision: NoShowDecision; reason: string }, clock: Clock = systemClock) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(noShows)
      .set({ decision: input.decision, decidedBy: admin.id, decidedAt: clock() })
      .where(and(eq(noShows.id, id), isNotNull(noShows.disputedAt), isNull(noShows.decision)))
      .returning();
    if (!row) {
      const [existing] = await tx.select({ id: noShows.id }).from(noShows).where(eq(noShows.id, id));
      if (!existing) throw notFound('노쇼 기록을 찾을 수 없습니다.');
      throw conflict('이의 제기가 없거나 이미 결정했어요.', undefined, 'not_open');
    }
    // The admin audit log (lib/admin writes the same rows); trust sits below admin, so it inserts directly.
    await tx.insert(adminActions).values({ adminId: admin.id, action: `no_show_${input.decision}`, targetType: 'no_show', targetId: id, reason: input.reason, details: { userId: row.userId } });
    await recordEvent(tx, trustInputChanged(row.userId));
    const [user] = await tx.select().from(users).where(eq(users.id, row.userId));
    return toNoShowView(row, user!);
  });
}

export async function listMyNoShows(db: Db, user: User) {
  const rows = await db.select().from(noShows).where(eq(noShows.userId, user.id)).orderBy(desc(noShows.markedAt)).limit(100);
  return { items: rows.map((r) => toNoShowView(r, user)) };
}

/** The admin queue: disputed and undecided, oldest dispute first. */
export async function listOpenDisputes(db: Db) {
  const rows = await db
    .select({ noShow: noShows, user: users })
    .from(noShows)
    .innerJoin(users, eq(users.id, noShows.userId))
    .where(and(isNotNull(noShows.disputedAt), isNull(noShows.decision)))
    .orderBy(asc(noShows.disputedAt))
    .limit(100);
  return { items: rows.map((r) => toNoShowView(r.noShow, r.user)) };
}
