import { notFound } from '../../lib/core/domain-error';
import { registerPurpose } from '../../lib/payments/purposes';

/** A purpose for tests: subject n costs n × 1,000 KRW; hooks record what they were asked to do. */
export const purposeCalls = {
  approved: [] as number[],
  released: [] as [number, string][],
  cancelled: [] as [number, number, boolean][],
  refundLimit: Number.POSITIVE_INFINITY,
  reset() {
    this.approved = [];
    this.released = [];
    this.cancelled = [];
    this.refundLimit = Number.POSITIVE_INFINITY;
  },
};

registerPurpose({
  name: 'test',
  async quote(_tx, _payer, subjectId) {
    if (subjectId === 404) throw notFound('결제 대상을 찾을 수 없습니다.');
    return { amount: subjectId * 1000, title: `테스트 상품 ${subjectId}`, returnPath: `/test/${subjectId}` };
  },
  async onApproved(_tx, payment) {
    purposeCalls.approved.push(payment.id);
  },
  async onReleased(_tx, payment, reason) {
    purposeCalls.released.push([payment.id, reason]);
  },
  async refundable(_tx, payment) {
    return Math.min(purposeCalls.refundLimit, payment.amount - payment.cancelledAmount);
  },
  async onCancelled(_tx, payment, amount, full) {
    purposeCalls.cancelled.push([payment.id, amount, full]);
  },
});
