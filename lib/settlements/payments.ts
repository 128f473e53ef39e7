import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { settlementEntries, settlementIncomeKinds, type Payment, type SettlementSubject } from '@/db/schema';
import { platformFee, refundEntries, type FeePurpose } from './fees';
import { appendLedger } from './ledger';

type IncomeKind = (typeof settlementIncomeKinds)[number];
const isIncome = (kind: string): kind is IncomeKind => (settlementIncomeKinds as readonly string[]).includes(kind);

export type Payee = { userId: number; kind: IncomeKind; subjectType: SettlementSubject; subjectId: number; feePurpose: FeePurpose };

/**
 * Credits a payment to its payee (the game's or space's host, the order's organizer) inside the
 * payment's transaction: the income is what the payer has paid and not been refunded, and a
 * platform fee entry (negative, by the purpose's rate, rounded down) goes with it. At most once
 * per payment: a unique index refuses a second income or fee charge for the same payment.
 */
export async function creditPayment(tx: Db, payment: Payment, payee: Payee) {
  const credited = payment.amount - payment.cancelledAmount;
  if (credited <= 0) return;
  const base = { userId: payee.userId, paymentId: payment.id, subjectType: payee.subjectType, subjectId: payee.subjectId };
  await appendLedger(tx, [
    { ...base, kind: payee.kind, amount: credited, memo: payment.title },
    { ...base, kind: 'platform_fee', amount: -platformFee(payee.feePurpose, credited), memo: '플랫폼 수수료' },
  ]);
}

/**
 * A refund of `refund` KRW on a payment: the payee it was credited to is debited, and the fee
 * scales down with what they keep (all of it comes back on a full refund), so their entries for
 * the payment never sum below zero. A payment that was never credited (a meal order refunded
 * before delivery, or one approved before the ledger existed) writes nothing. Runs under the
 * payment's row lock (lib/payments/mutations.ts cancelPayment), so refunds of one payment queue.
 */
export async function debitRefund(tx: Db, payment: Payment, refund: number) {
  const rows = await tx.select().from(settlementEntries).where(eq(settlementEntries.paymentId, payment.id));
  const income = rows.find((r) => isIncome(r.kind));
  if (!income) return;
  const sum = (pick: (r: (typeof rows)[number]) => boolean) => rows.filter(pick).reduce((total, r) => total + r.amount, 0);
  const { debit, feeReturn } = refundEntries(
    {
      credited: income.amount,
      charged: -sum((r) => r.kind === 'platform_fee' && r.amount < 0),
      refunded: -sum((r) => r.kind === 'refund_debit'),
      feeHeld: -sum((r) => r.kind === 'platform_fee'),
    },
    refund,
  );
  const base = { userId: income.userId, paymentId: payment.id, subjectType: income.subjectType, subjectId: income.subjectId };
  await appendLedger(tx, [
    { ...base, kind: 'refund_debit', amount: -debit, memo: `환불 · ${payment.title}` },
    { ...base, kind: 'platform_fee', amount: feeReturn, memo: '수수료 환급' },
  ]);
}
