/** What can be reported; lib/reports/targets.ts has one resolver per type. Text, so adding one needs no migration. */
export const reportTargetTypes = ['post', 'message', 'game', 'space', 'user', 'community_post', 'community_comment'] as const;
export type ReportTargetType = (typeof reportTargetTypes)[number];

export const reportReasons = ['spam', 'abuse', 'fraud', 'inappropriate', 'other'] as const;
export type ReportReason = (typeof reportReasons)[number];

export const reportStatuses = ['open', 'dismissed', 'resolved'] as const;
export type ReportStatus = (typeof reportStatuses)[number];
