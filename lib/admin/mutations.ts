import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { adminActions, reports, users, type ReportStatus, type ReportTargetType, type User } from '@/db/schema';
import { revokeAllRefreshTokens } from '@/lib/accounts/tokens';
import { userChanged, userRevoked } from '@/lib/accounts/events';
import { conflict, invalid, notFound } from '@/lib/core/domain-error';
import { moderationNotice } from '@/lib/moderation/notices';
import { recordEvent, recordEvents } from '@/lib/events/record';
import { trustInputChanged } from '@/lib/trust/events';
import { notify, type NewNotification } from '@/lib/notifications/notify';
import { requireHideable, targetResolvers, type ReportTarget } from '@/lib/reports/targets';
import type { TargetActionInput, UserAction, UserActionInput } from './schema';

/** One row of the append-only audit log, in the action's transaction. */
export async function audit(tx: Db, admin: User, entry: { action: string; targetType: string; targetId: number; reason: string; details?: Record<string, unknown> }) {
  const [row] = await tx.insert(adminActions).values({ adminId: admin.id, ...entry, details: entry.details ?? {} }).returning({ id: adminActions.id });
  return row!.id;
}

async function closeReports(tx: Db, admin: User, type: ReportTargetType, id: number, status: Exclude<ReportStatus, 'open'>) {
  const closed = await tx
    .update(reports)
    .set({ status, resolvedBy: admin.id, resolvedAt: new Date() })
    .where(and(eq(reports.targetType, type), eq(reports.targetId, id), eq(reports.status, 'open')))
    .returning({ id: reports.id, targetUserId: reports.targetUserId });
  // An upheld report weighs on its target's temperature.
  if (status === 'resolved') {
    const targets = new Set(closed.map((r) => r.targetUserId));
    await recordEvents(tx, [...targets].map(trustInputChanged));
  }
  return closed.length;
}

async function lockUser(tx: Db, id: number) {
  const [user] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  if (!user) throw notFound('사용자를 찾을 수 없습니다.');
  return user;
}

/**
 * Changes a user's standing. Suspension and ban also bump tokenVersion and revoke refresh
 * tokens: every session, token and socket of theirs ends at once (`user:revoked`).
 */
async function applyUserAction(tx: Db, admin: User, userId: number, action: Exclude<UserAction, 'warn'>, input: { reason: string; days?: number }, notices: NewNotification[]) {
  const user = await lockUser(tx, userId);
  if (user.id === admin.id && ['suspend', 'ban', 'revoke_admin'].includes(action)) {
    throw invalid('자기 자신에게는 할 수 없습니다.');
  }
  const now = new Date();
  const revoke = { tokenVersion: sql`${users.tokenVersion} + 1`, updatedAt: now };
  switch (action) {
    case 'suspend': {
      const until = new Date(now.getTime() + input.days! * 86_400_000);
      await tx.update(users).set({ suspendedUntil: until, suspensionReason: input.reason, ...revoke }).where(eq(users.id, userId));
      await revokeAllRefreshTokens(tx, userId, now);
      await recordEvent(tx, userRevoked(userId));
      notices.push(moderationNotice(userId, `${input.days}일 동안 이용이 정지되었어요`, input.reason));
      // The audit row (written by the caller after this) is the suspension's record for the temperature: details.userId names whom.
      await recordEvent(tx, trustInputChanged(userId));
      return { suspendedUntil: until.toISOString(), userId };
    }
    case 'ban':
      await tx.update(users).set({ bannedAt: now, ...revoke }).where(eq(users.id, userId));
      await revokeAllRefreshTokens(tx, userId, now);
      await recordEvent(tx, userRevoked(userId));
      return {};
    case 'unsuspend':
      if (!user.suspendedUntil) throw conflict('정지된 사용자가 아닙니다.', undefined, 'not_suspended');
      await tx.update(users).set({ suspendedUntil: null, suspensionReason: null, updatedAt: now }).where(eq(users.id, userId));
      notices.push(moderationNotice(userId, '이용 정지가 해제되었어요', input.reason));
      await recordEvent(tx, userChanged(userId));
      return {};
    case 'unban':
      if (!user.bannedAt) throw conflict('차단된 사용자가 아닙니다.', undefined, 'not_banned');
      await tx.update(users).set({ bannedAt: null, updatedAt: now }).where(eq(users.id, userId));
      await recordEvent(tx, userChanged(userId));
      return {};
    case 'restore':
      if (user.isActive) throw conflict('탈퇴하지 않은 계정입니다.', undefined, 'account_active');
      await tx.update(users).set({ isActive: true, deletedAt: null, updatedAt: now }).where(eq(users.id, userId));
      await recordEvent(tx, userChanged(userId));
      return {};
    case 'grant_admin':
    case 'revoke_admin':
      await tx.update(users).set({ role: action === 'grant_admin' ? 'admin' : 'member', updatedAt: now }).where(eq(users.id, userId));
      await recordEvent(tx, userChanged(userId));
      return {};
  }
}

/** A decision on reported (or any) content, from the queue or the content lists; always audited. */
export async function moderateTarget(db: Db, admin: User, type: ReportTargetType, id: number, input: TargetActionInput) {
  const resolver = targetResolvers[type];
  return db.transaction(async (tx) => {
    const notices: NewNotification[] = [];
    const target: ReportTarget | null = await resolver.find(tx, id, { lock: true });
    // Reports on content that is already gone can still be dismissed or closed.
    if (!target && input.action !== 'dismiss') throw notFound('대상을 찾을 수 없습니다.');
    const details: Record<string, unknown> = { title: target?.title, ownerId: target?.ownerId };
    const setHidden = async (hidden: boolean) => {
      const hideable = requireHideable(type);
      if ((target!.hiddenAt !== null) === hidden) return;
      await hideable.setHidden(tx, id, hidden ? new Date() : null);
      await resolver.visibilityChanged?.(tx, target!, hidden);
    };
    switch (input.action) {
      case 'dismiss':
        if (target?.hiddenAt) await setHidden(false);
        details.reports = await closeReports(tx, admin, type, id, 'dismissed');
        // Nothing there and nothing reported: no audit entry for an id that never existed.
        if (!target && details.reports === 0) throw notFound('대상을 찾을 수 없습니다.');
        break;
      case 'hide':
        await setHidden(true);
        details.reports = await closeReports(tx, admin, type, id, 'resolved');
        notices.push(moderationNotice(target!.ownerId, `운영 정책에 따라 숨겨졌어요: ${resolver.label}`, input.reason, target!.link));
        break;
      case 'unhide':
        await setHidden(false);
        details.reports = await closeReports(tx, admin, type, id, 'dismissed');
        break;
      case 'delete': {
        if (!resolver.remove) throw invalid('사용자는 삭제할 수 없습니다. 차단을 이용하세요.');
        await resolver.remove(tx, target!);
        details.reports = await closeReports(tx, admin, type, id, 'resolved');
        notices.push(moderationNotice(target!.ownerId, `운영 정책에 따라 삭제되었어요: ${resolver.label}`, input.reason));
        break;
      }
      case 'warn':
        details.reports = await closeReports(tx, admin, type, id, 'resolved');
        notices.push(moderationNotice(target!.ownerId, '운영자의 경고가 도착했어요', input.reason, target!.link));
        break;
      case 'suspend':
      case 'ban':
        Object.assign(details, await applyUserAction(tx, admin, target!.ownerId, input.action, input, notices));
        details.reports = await closeReports(tx, admin, type, id, 'resolved');
        break;
    }
    const auditId = await audit(tx, admin, { action: input.action, targetType: type, targetId: id, reason: input.reason, details: { ...details, days: input.days } });
    await notify(tx, notices);
    return { auditId };
  });
}

/** A decision about a user from the users list; always audited. */
export async function moderateUser(db: Db, admin: User, userId: number, input: UserActionInput) {
  return db.transaction(async (tx) => {
    const notices: NewNotification[] = [];
    let details: Record<string, unknown> = {};
    if (input.action === 'warn') {
      await lockUser(tx, userId);
      notices.push(moderationNotice(userId, '운영자의 경고가 도착했어요', input.reason));
    } else {
      details = await applyUserAction(tx, admin, userId, input.action, input, notices);
    }
    const auditId = await audit(tx, admin, { action: input.action, targetType: 'user', targetId: userId, reason: input.reason, details: { ...details, days: input.days } });
    await notify(tx, notices);
    return { auditId };
  });
}
