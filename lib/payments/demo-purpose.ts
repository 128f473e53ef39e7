import { notFound } from '@/lib/core/domain-error';
import type { PaymentPurpose } from './purposes';

/**
 * A purpose with nothing behind it, for the browser tests of the checkout (server.ts registers
 * it only when PAYMENTS_DEMO_PURPOSE=1): subject n costs n × 1,000 KRW, refundable in full.
 */
export const demoPurpose: PaymentPurpose = {
  name: 'demo',
  async quote(_tx, _payer, subjectId) {
    if (subjectId > 1000) throw notFound('결제 대상을 찾을 수 없습니다.');
    return { amount: subjectId * 1000, title: `테스트 결제 ${subjectId}`, returnPath: '/payments' };
  },
  async onApproved() {},
  async onReleased() {},
  async refundable(_tx, payment) {
    return payment.amount - payment.cancelledAmount;
  },
  async onCancelled() {},
};
