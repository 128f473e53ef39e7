import { reportReasons, reportStatuses, reportTargetTypes, type ReportReason } from '@/db/constants/moderation';
import { z } from '@/lib/core/zod';

export const reasonLabels: Record<ReportReason, string> = {
  spam: '스팸/광고',
  abuse: '욕설/비하',
  fraud: '사기 의심',
  inappropriate: '부적절한 내용',
  other: '기타',
};

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

/** For client components, which don't import db/. */
export type TargetType = z.infer<typeof targetType>;
export type Reason = keyof typeof reasonLabels;
