import type { PaymentStatus } from '@/db/constants/payments';

/** Korean status names for people (lib/payments/schema.ts keeps the API's English values). */
export const paymentStatusLabel: Record<PaymentStatus, string> = {
  ready: '결제 대기',
  approved: '결제 완료',
  failed: '결제 실패',
  expired: '시간 만료',
  cancelled: '환불 완료',
  partially_cancelled: '부분 환불',
};

export const won = (amount: number) => `${amount.toLocaleString('ko-KR')}원`;
