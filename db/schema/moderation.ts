import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, timestamptz, timestampNow } from './columns';
import { userRef, users } from './accounts';
import { reportReasons, reportStatuses, type ReportTargetType, type ReportReason, type ReportStatus } from '../constants/moderation';
import { inList } from './in-list';


export const reports = pgTable(
  'reports',
  {
    id: id(),
    reporterId: userRef('cascade'),
    targetType: text().$type<ReportTargetType>().notNull(),
    // Chat message ids are bigints; every other target fits.
    targetId: bigint({ mode: 'number' }).notNull(),
    /** Whose content it is (or the reported user): the "reports against" count and the notice go to them. */
    targetUserId: userRef('cascade'),
    reason: text().$type<ReportReason>().notNull(),
    text: text().notNull().default(''),
    status: text().$type<ReportStatus>().notNull().default('open'),
    resolvedBy: integer().references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: timestamptz(),
    createdAt: timestampNow(),
  },
  (t) => [
    // One open report per reporter and target: a second is 409, even when two arrive at once.
    uniqueIndex('reports_open_reporter_target_idx').on(t.reporterId, t.targetType, t.targetId).where(sql`${t.status} = 'open'`),
    index('reports_open_target_idx').on(t.targetType, t.targetId).where(sql`${t.status} = 'open'`),
    index('reports_reporter_id_created_idx').on(t.reporterId, t.createdAt.desc()),
    index('reports_target_user_id_idx').on(t.targetUserId),
    check('reports_reason_check', inList('reason', reportReasons)),
    check('reports_status_check', inList('status', reportStatuses)),
    check('reports_text_check', sql`length(${t.text}) <= 1000`),
  ],
);

/** Every admin action, append-only (a trigger refuses UPDATE and DELETE): who, what, on what, when, why. */
export const adminActions = pgTable(
  'admin_actions',
  {
    id: id(),
    adminId: userRef('restrict'),
    action: text().notNull(),
    targetType: text().notNull(),
    targetId: bigint({ mode: 'number' }).notNull(),
    reason: text().notNull(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestampNow(),
  },
  (t) => [
    index('admin_actions_created_idx').on(t.createdAt.desc(), t.id.desc()),
    index('admin_actions_target_idx').on(t.targetType, t.targetId),
  ],
);

export type Report = typeof reports.$inferSelect;
export type AdminAction = typeof adminActions.$inferSelect;
