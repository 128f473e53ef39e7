import type { Db } from '@/db/client';
import type { Payment, User } from '@/db/schema';
import type { Clock } from '@/lib/core/clock';
import { fieldError } from '@/lib/core/domain-error';
import { processSingleton } from '@/lib/core/process-singleton';
import type { RefundStep } from './refund-schedule';

/** `holdMs`: how long the checkout stays payable (default 15 minutes). */
export type Quote = { amount: number; title: string; returnPath: string; holdMs?: number };

/**
 * What a payment is for. Features (games, spaces) register one each; every hook runs inside
 * the transaction that changes the payment, so the seat or slot and the payment move together.
 */
export type PaymentPurpose = {
  name: string;
  /** The amount (computed here, never taken from the client) and a title; throws when not payable. */
  quote(tx: Db, payer: User, subjectId: number): Promise<Quote>;
  /** Paid: confirm the seat or slot. */
  onApproved(tx: Db, payment: Payment): Promise<void>;
  /** Failed or expired before payment: release the seat or slot. */
  onReleased(tx: Db, payment: Payment, reason: 'failed' | 'expired'): Promise<void>;
  /** The most that may be refunded now, by the feature's cancellation policy. */
  refundable(tx: Db, payment: Payment, now: Date): Promise<number>;
  /** After a refund of `amount` (the whole remaining amount when `full`). */
  onCancelled(tx: Db, payment: Payment, amount: number, full: boolean): Promise<void>;
  /**
   * The payer asks for their money back (POST /api/payments/{id}/cancel) on a payment that
   * bought something: the purpose cancels it by its own rule (the one its feature's cancel
   * route uses), which refunds `refundable(…)` in full. Without this hook a payer may refund
   * any amount up to `refundable`.
   */
  cancelByPayer?(tx: Db, payment: Payment, reason: string, clock: Clock): Promise<void>;
  /** What the payer's own cancellation of `amount` KRW refunds by time, from the tiers `refundable` uses (the checkout page). */
  refundSchedule?(db: Db, subjectId: number, amount: number): Promise<RefundStep[] | null>;
};

// server.ts registers the purposes (lib/process/register.ts); Next's route bundles use them.
const purposes = processSingleton('payment-purposes', () => new Map<string, PaymentPurpose>());

export function registerPurpose(purpose: PaymentPurpose) {
  purposes.set(purpose.name, purpose);
}

export function getPurpose(name: string): PaymentPurpose {
  const purpose = purposes.get(name);
  if (!purpose) throw fieldError('purpose', '결제할 수 없는 항목입니다.');
  return purpose;
}

/** The refund schedule of a payment's subject (null when its purpose has none or the subject is gone). */
export async function paymentRefundSchedule(db: Db, purpose: string, subjectId: number, amount: number): Promise<RefundStep[] | null> {
  return (await purposes.get(purpose)?.refundSchedule?.(db, subjectId, amount)) ?? null;
}
