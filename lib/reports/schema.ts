import { reportReasons, reportStatuses, reportTargetTypes } from '@/db/constants/moderation';
import { z } from '@/lib/core/zod';

export const targetType = z.enum(reportTargetTypes, { error: '신고할 대상을 골라 주세요.' });
const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const createReportBody = z
  .object({
    targetType,
    targetId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    reason: z.enum(reportReasons, { error: '신고 사유를 골라 주세요.' }),
    text: z.string().trim().max(1000, '1000자 이내로 적어 주세요.').optional(),
  })
  .strict();
export type CreateReportInput = z.infer<typeof createReportBody>;

export const targetParams = z.object({ targetType, targetId: id });

export const reportView = z.object({
  id: z.number().int(),
  targetType,
  targetId: z.number().int(),
  reason: z.enum(reportReasons),
  text: z.string(),
  status: z.enum(reportStatuses),
  createdAt: z.iso.datetime(),
  resolvedAt: z.iso.datetime().nullable(),
});
export type ReportView = z.infer<typeof reportView>;

export const createReportResult = reportView.extend({
  /** This report took the target past the threshold: it is hidden pending review. */
  targetHidden: z.boolean(),
});

export const myReports = z.object({ items: z.array(reportView) });

