import { and, countDistinct, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { reports, type Report, type User } from '@/db/schema';
import { conflict, DomainError } from '@/lib/core/domain-error';
import { contentHiddenNotice } from '@/lib/moderation/notices';
import { notify } from '@/lib/notifications/notify';
import type { CreateReportInput, ReportView } from './schema';
import { findTarget, targetResolvers } from './targets';
import { reportHideThreshold } from './threshold';

export const toReportView = (r: Report): ReportView => ({
  id: r.id,
  targetType: r.targetType,
  targetId: r.targetId,
  reason: r.reason,
  text: r.text,
  status: r.status,
  createdAt: r.createdAt.toISOString(),
  resolvedAt: r.resolvedAt?.toISOString() ?? null,
});

/**
 * Files a report. The target row is locked, so reports on one target run one at a time: the
 * report that brings the distinct open reporters to the threshold is the one that hides it,
 * in the same transaction, with the author's notice. One open report per reporter and target
 * (a partial unique index); reporting yourself or your own content is refused.
 */
export async function submitReport(db: Db, reporter: User, input: CreateReportInput, threshold = reportHideThreshold()) {
  const resolver = targetResolvers[input.targetType];
  const result = await db.transaction(async (tx) => {
    const target = await findTarget(tx, input.targetType, input.targetId, { lock: true });
    if (target.ownerId === reporter.id) {
      throw new DomainError('invalid', '자신이나 자신의 글은 신고할 수 없습니다.', { reason: 'own_content' });
    }
    const [report] = await tx
      .insert(reports)
      .values({ reporterId: reporter.id, targetType: input.targetType, targetId: input.targetId, targetUserId: target.ownerId, reason: input.reason, text: input.text ?? '' })
      .onConflictDoNothing()
      .returning();
    if (!report) throw conflict('이미 신고한 대상입니다. 운영자가 검토 중이에요.', undefined, 'already_reported');
    const [open] = await tx
      .select({ n: countDistinct(reports.reporterId) })
      .from(reports)
      .where(and(eq(reports.targetType, input.targetType), eq(reports.targetId, input.targetId), eq(reports.status, 'open')));
    const hides = Boolean(resolver.setHidden) && target.hiddenAt === null && (open?.n ?? 0) >= threshold;
    if (!hides) return { report, hidden: false };
    await resolver.setHidden!(tx, target.id, new Date());
    await resolver.visibilityChanged?.(tx, target, true);
    await notify(tx, [contentHiddenNotice(target, resolver.label)]);
    return { report, hidden: true };
  });
  return { ...toReportView(result.report), targetHidden: result.hidden };
}
