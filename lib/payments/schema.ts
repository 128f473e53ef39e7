import { paymentStatuses } from '@/db/constants/payments';
import { z } from '@/lib/core/zod';

export const createPaymentBody = z.object({
  /** A registered purpose: "game" or "reservation". */
  purpose: z.string({ error: '결제 항목을 골라 주세요.' }).trim().min(1).max(40),
  subjectId: z.number({ error: '결제 대상을 골라 주세요.' }).int().positive().max(2_147_483_647),
});

export const approveBody = z.object({ paymentKey: z.string({ error: 'paymentKey가 필요합니다.' }).trim().min(1).max(200) });
export const sandboxAuthorizeBody = z.object({
  cardNumber: z
    .string({ error: '카드 번호를 입력해 주세요.' })
    .trim()
    .min(1, '카드 번호를 입력해 주세요.')
    .max(32)
    .meta({ description: '테스트 카드: 4242 4242 4242 4242 (승인), 4000 0000 0000 0002 (거절)', examples: ['4242 4242 4242 4242'] }),
});
export const sandboxAuthorization = z.object({
  paymentKey: z.string().meta({ description: 'POST /api/payments/{id}/approve 에 보낼 키', examples: ['sandbox_DN20261205-1A2B3C4D5E_12000'] }),
});
export const failBody = z.object({
  code: z.string().trim().min(1).max(100),
  message: z.string().trim().max(500).default(''),
});
export const cancelBody = z.object({
  reason: z.string({ error: '취소 사유를 입력해 주세요.' }).trim().min(1, '취소 사유를 입력해 주세요.').max(200),
  amount: z.number().int().positive('환불 금액은 0보다 커야 합니다.').optional(),
});

export const paymentIdParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
export const listPaymentsQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  size: z.coerce.number().int().min(1).max(50).default(20),
});

export const paymentEvent = z.object({
  type: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  amount: z.number().int(),
  reason: z.string().nullable(),
  createdAt: z.iso.datetime(),
});

export const payment = z.object({
  id: z.number().int(),
  orderId: z.string().meta({ examples: ['DN20261205-1A2B3C4D5E'] }),
  purpose: z.string().meta({ examples: ['game'] }),
  subjectId: z.number().int(),
  title: z.string().meta({ examples: ['토요일 아침 망원 풋살 6:6'] }),
  amount: z.number().int().meta({ description: '원 (KRW)', examples: [12000] }),
  cancelledAmount: z.number().int().meta({ examples: [0] }),
  status: z.enum(paymentStatuses),
  provider: z.string().meta({ examples: ['sandbox'] }),
  checkoutUrl: z.string().meta({ examples: ['/pay/15'] }),
  returnPath: z.string().meta({ examples: ['/games/42'] }),
  failure: z.object({ code: z.string(), message: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
  approvedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime(),
});
export type PaymentView = z.infer<typeof payment>;

/** A payment as other resources embed it (a join, a booking): enough to pay it from a script or the page. */
export const paymentRef = payment.pick({ id: true, orderId: true, status: true, amount: true, checkoutUrl: true });
export type PaymentRef = z.infer<typeof paymentRef>;

export const paymentDetail = payment.extend({ events: z.array(paymentEvent) });
