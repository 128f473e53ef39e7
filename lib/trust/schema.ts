import { noShowDecisions, noShowSubjects } from '@/db/constants/trust';
import { userRef } from '@/lib/accounts/user-ref';
import { z } from '@/lib/core/zod';
import { MAX_ACCURACY_METRES } from './rules';

export const verificationBody = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  /** The browser's `coords.accuracy`, metres. */
  accuracy: z
    .number()
    .nonnegative()
    .max(MAX_ACCURACY_METRES, '위치 정확도가 1km보다 낮아 인증할 수 없어요. 밖이나 창가에서 다시 시도해 주세요.'),
});
export type VerificationInput = z.infer<typeof verificationBody>;

export const verificationResult = z.object({
  verified: z.literal(true),
  verifiedUntil: z.iso.datetime(),
  /** The dong's name, e.g. 용담2동, and its code. */
  dong: z.string(),
  code: z.string(),
  method: z.enum(['boundary', 'nearest']),
});
export type VerificationResult = z.infer<typeof verificationResult>;

export const noShowView = z.object({
  id: z.number().int(),
  subjectType: z.enum(noShowSubjects),
  /** The game id or the reservation id. */
  subjectId: z.number().int(),
  user: userRef,
  markedAt: z.iso.datetime(),
  disputeText: z.string().nullable(),
  disputedAt: z.iso.datetime().nullable(),
  /** accepted: the mark is void; rejected: it stands; null: not decided (or not disputed). */
  decision: z.enum(noShowDecisions).nullable(),
  decidedAt: z.iso.datetime().nullable(),
});
export type NoShowView = z.infer<typeof noShowView>;
export const noShowList = z.object({ items: z.array(noShowView) });

export const disputeBody = z.object({ text: z.string().trim().min(1, '이유를 적어 주세요.').max(1000, '1000자 이하로 적어 주세요.') });
export const decisionBody = z.object({
  decision: z.enum(noShowDecisions),
  reason: z.string().trim().min(1, '이유를 적어 주세요.').max(500),
});

const id = z.coerce.number().int().positive().max(2_147_483_647);
export const noShowIdParams = z.object({ id });
export const gamePlayerParams = z.object({ id, userId: id });
export const reservationIdParams = z.object({ id });
