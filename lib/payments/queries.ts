import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { paymentEvents, payments, type Payment } from '@/db/schema';
import { notFound } from '@/lib/core/domain-error';
import { pageInfo } from '@/lib/core/pagination';
import type { PaymentView } from './schema';

/** Unpaid checkouts expire after this long (unless the purpose quotes another hold) and release their seat or slot. */
export const PAYMENT_TTL_MS = 15 * 60_000;

export const toPaymentView = (p: Payment): PaymentView => ({
  id: p.id,
  orderId: p.orderId,
  purpose: p.purpose,
  subjectId: p.subjectId,
  title: p.title,
  amount: p.amount,
  cancelledAmount: p.cancelledAmount,
  status: p.status,
  provider: p.provider,
  checkoutUrl: `/pay/${p.id}`,
  returnPath: p.returnPath,
  failure: p.failureCode ? { code: p.failureCode, message: p.failureMessage ?? '' } : null,
  createdAt: p.createdAt.toISOString(),
  approvedAt: p.approvedAt?.toISOString() ?? null,
  expiresAt: p.expiresAt.toISOString(),
});

export async function listMyPayments(db: Db, userId: number, { page, size }: { page: number; size: number }) {
  const where = eq(payments.userId, userId);
  const [rows, [total]] = await Promise.all([
    db.select().from(payments).where(where).orderBy(desc(payments.createdAt), desc(payments.id)).limit(size).offset((page - 1) * size),
    db.select({ n: count() }).from(payments).where(where),
  ]);
  return { items: rows.map(toPaymentView), page: pageInfo(page, size, total?.n ?? 0) };
}

/** The payer's payment with its event log; anyone else gets 404. */
export async function getMyPayment(db: Db, userId: number, id: number) {
  const [row] = await db.select().from(payments).where(and(eq(payments.id, id), eq(payments.userId, userId)));
  if (!row) throw notFound('결제를 찾을 수 없습니다.');
  const events = await db.select().from(paymentEvents).where(eq(paymentEvents.paymentId, id)).orderBy(asc(paymentEvents.id));
  return {
    ...toPaymentView(row),
    events: events.map((e) => ({
      type: e.type,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      amount: e.amount,
      reason: e.reason,
      createdAt: e.createdAt.toISOString(),
    })),
  };
}
