import type { ReportReason, ReportTargetType } from '@/db/constants/moderation';

/** For client components, which import neither db/ nor zod. */
export const reasonLabels: Record<ReportReason, string> = {
  spam: '스팸/광고',
  abuse: '욕설/비하',
  fraud: '사기 의심',
  inappropriate: '부적절한 내용',
  other: '기타',
};

export type TargetType = ReportTargetType;
export type Reason = keyof typeof reasonLabels;
