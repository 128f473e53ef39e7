import { userRoles } from '@/db/constants/accounts';
import { reportReasons, reportTargetTypes } from '@/db/constants/moderation';
import { z } from '@/lib/core/zod';
import { pageInfoSchema, pageQuery } from '@/lib/core/pagination';
import { contentTypes } from './content-types';
import { targetType } from '@/lib/reports/schema';

const reason = z.string({ error: '사유를 적어 주세요.' }).trim().min(1, '사유를 적어 주세요.').max(500, '500자 이내로 적어 주세요.');
const days = z.number({ error: '정지 기간(일)을 적어 주세요.' }).int('정지 기간은 일 단위입니다.').min(1, '1일 이상이어야 합니다.').max(3650, '10년 이내로 정해 주세요.');

export const targetActions = ['dismiss', 'hide', 'unhide', 'delete', 'warn', 'suspend', 'ban'] as const;
export type TargetAction = (typeof targetActions)[number];

/** Every action needs a reason (it goes to the audit log); suspending needs the number of days. */
export const targetActionBody = z
  .object({ action: z.enum(targetActions, { error: '조치를 골라 주세요.' }), reason, days: days.optional() })
  .strict()
  .refine((b) => b.action !== 'suspend' || b.days !== undefined, { message: '정지 기간(일)을 적어 주세요.', path: ['days'] });
export type TargetActionInput = z.infer<typeof targetActionBody>;

export const userActions = ['warn', 'suspend', 'unsuspend', 'ban', 'unban', 'restore', 'grant_admin', 'revoke_admin'] as const;
export type UserAction = (typeof userActions)[number];

export const userActionBody = z
  .object({ action: z.enum(userActions, { error: '조치를 골라 주세요.' }), reason, days: days.optional() })
  .strict()
  .refine((b) => b.action !== 'suspend' || b.days !== undefined, { message: '정지 기간(일)을 적어 주세요.', path: ['days'] });
export type UserActionInput = z.infer<typeof userActionBody>;

export const actionResult = z.object({ auditId: z.number().int() });

const targetSummary = z.object({
  type: targetType,
  id: z.number().int(),
  /** False when the content is already gone (deleted by its author or an admin). */
  exists: z.boolean(),
  title: z.string(),
  excerpt: z.string(),
  link: z.string().nullable(),
  hiddenAt: z.iso.datetime().nullable(),
  owner: z.object({ id: z.number().int(), username: z.string() }).nullable(),
});

export const reportQueueQuery = z.object({
  sort: z.enum(['newest', 'most']).default('newest'),
  status: z.enum(['open', 'all']).default('open'),
  type: z.enum(reportTargetTypes).optional(),
  ...pageQuery,
});
export type ReportQueueQuery = z.infer<typeof reportQueueQuery>;

export const reportQueue = z.object({
  items: z.array(
    z.object({
      target: targetSummary,
      openReports: z.number().int(),
      reporters: z.number().int(),
      lastReportedAt: z.iso.datetime(),
      reports: z.array(
        z.object({
          id: z.number().int(),
          reporter: z.object({ id: z.number().int(), username: z.string() }),
          reason: z.enum(reportReasons),
          text: z.string(),
          status: z.string(),
          createdAt: z.iso.datetime(),
        }),
      ),
    }),
  ),
  page: pageInfoSchema,
});

export const adminUsersQuery = z.object({
  q: z.string().trim().max(100).optional(),
  status: z.enum(['all', 'suspended', 'banned', 'deleted', 'admin']).default('all'),
  ...pageQuery,
});
export type AdminUsersQuery = z.infer<typeof adminUsersQuery>;

export const adminUser = z.object({
  id: z.number().int(),
  email: z.string(),
  username: z.string(),
  role: z.enum(userRoles),
  isActive: z.boolean(),
  deletedAt: z.iso.datetime().nullable(),
  suspendedUntil: z.iso.datetime().nullable(),
  suspensionReason: z.string().nullable(),
  bannedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  counts: z.object({ posts: z.number().int(), messages: z.number().int(), games: z.number().int(), spaces: z.number().int(), reportsAgainst: z.number().int() }),
});
export const adminUsers = z.object({ items: z.array(adminUser), page: pageInfoSchema });

export const adminContentQuery = z.object({
  type: z.enum(contentTypes).default('post'),
  hidden: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  ...pageQuery,
});
export type AdminContentQuery = z.infer<typeof adminContentQuery>;
export const adminContent = z.object({
  items: z.array(targetSummary.extend({ createdAt: z.iso.datetime(), openReports: z.number().int() })),
  page: pageInfoSchema,
});

export const auditQuery = z.object({ ...pageQuery });
export const auditLog = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      admin: z.object({ id: z.number().int(), username: z.string() }),
      action: z.string(),
      targetType: z.string(),
      targetId: z.number().int(),
      reason: z.string(),
      details: z.record(z.string(), z.unknown()),
      createdAt: z.iso.datetime(),
    }),
  ),
  page: pageInfoSchema,
});

export const userIdParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

export type ReportQueueView = z.infer<typeof reportQueue>;
export type AdminUserView = z.infer<typeof adminUser>;
export type AdminContentView = z.infer<typeof adminContent>;
export type AuditLogView = z.infer<typeof auditLog>;
