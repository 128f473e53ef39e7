import type { NewNotification } from '@/lib/notifications/notify';
import type { ReportTarget } from '@/lib/reports/targets';

/** The author's notice that reports hid their content pending review. */
export const contentHiddenNotice = (target: ReportTarget, label: string): NewNotification => ({
  userId: target.ownerId,
  type: 'content_hidden',
  title: `신고로 숨겨졌어요: ${label}`,
  body: `"${target.title}" — 운영자가 검토할 때까지 다른 이웃에게 보이지 않아요.`,
  link: target.link ?? undefined,
});

/** A moderation decision about the user or their content (warning, deletion, suspension). */
export const moderationNotice = (userId: number, title: string, reason: string, link?: string | null): NewNotification => ({
  userId,
  type: 'moderation',
  title,
  body: `사유: ${reason}`,
  link: link ?? undefined,
});
