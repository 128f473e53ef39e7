import { randomBytes } from 'node:crypto';
import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { paymentEvents, payments, type Payment, type PaymentStatus, type User } from '@/db/schema';
import { systemClock, type Clock } from '@/lib/core/clock';
import { conflict, fieldError, notFound } from '@/lib/core/domain-error';
import { currentProvider, providerNamed } from './providers';
import { sandboxPaymentKey, sandboxProvider } from './providers/sandbox';
import { cardDigits, SANDBOX_CARDS } from './sandbox-cards';
import { getPurpose, type Quote } from './purposes';
import { PAYMENT_TTL_MS } from './queries';

const statusLabel: Record<PaymentStatus, string> = {
  ready: '결제 대기 중인',
  approved: '이미 결제된',
  failed: '실패한',
  expired: '만료된',
  cancelled: '취소된',
  partially_cancelled: '부분 환불된',
};

const newOrderId = (now: Date) =>
  `DN${now.toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(5).toString('hex').toUpperCase()}`;

async function transition(
  tx: Db,
  payment: Payment,
  to: PaymentStatus,
  fields: Partial<typeof payments.$inferInsert>,
  event: { type: string; amount: number; reason?: string | null },
  now: Date,
) {
  const [updated] = await tx
    .update(payments)
    .set({ ...fields, status: to, updatedAt: now })
    .where(eq(payments.id, payment.id))
    .returning();
  await tx.insert(paymentEvents).values({
    paymentId: payment.id,
    type: event.type,
    fromStatus: payment.status,
    toStatus: to,
    amount: event.amount,
    reason: event.reason ?? null,
    createdAt: now,
  });
  return updated!;
}

/**
 * A checkout for (purpose, subject), priced by the purpose. If the payer already has an open
 * one for that subject it is returned instead (created: false); a partial unique index makes
 * that hold under concurrency.
 */
export async function createPayment(
  db: Db,
  payer: User,
  input: { purpose: string; subjectId: number },
  clock: Clock = systemClock,
  /** The price when the subject is being created in this very transaction and can't be quoted yet. */
  known?: Quote,
) {
  const purpose = getPurpose(input.purpose);
  const now = clock();
  return db.transaction(async (tx) => {
    const quote = known ?? (await purpose.quote(tx, payer, input.subjectId));
    const [created] = await tx
      .insert(payments)
      .values({
        orderId: newOrderId(now),
        userId: payer.id,
        purpose: purpose.name,
        subjectId: input.subjectId,
        title: quote.title,
        returnPath: quote.returnPath,
        amount: quote.amount,
        provider: currentProvider().name,
        expiresAt: new Date(now.getTime() + (quote.holdMs ?? PAYMENT_TTL_MS)),
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (created) {
      await tx.insert(paymentEvents).values({ paymentId: created.id, type: 'created', toStatus: 'ready', amount: created.amount, createdAt: now });
      return { payment: created, created: true };
    }
    const [open] = await tx
      .select()
      .from(payments)
      .where(and(eq(payments.userId, payer.id), eq(payments.purpose, purpose.name), eq(payments.subjectId, input.subjectId), eq(payments.status, 'ready')));
    return { payment: open!, created: false };
  });
}

async function lockPayersPayment(tx: Db, payerId: number, id: number) {
  const [payment] = await tx
    .select()
    .from(payments)
    .where(and(eq(payments.id, id), eq(payments.userId, payerId)))
    .for('update');
  if (!payment) throw notFound('결제를 찾을 수 없습니다.');
  return payment;
}

const isStale = (payment: Payment, now: Date) => now > payment.expiresAt;

async function release(tx: Db, payment: Payment, to: 'failed' | 'expired', now: Date, failure?: { code: string; message: string }) {
  const updated = await transition(
    tx,
    payment,
    to,
    failure ? { failureCode: failure.code, failureMessage: failure.message } : {},
    { type: to, amount: payment.amount, reason: failure ? `${failure.code}: ${failure.message}` : '결제 시간 안에 결제하지 않음' },
    now,
  );
  await getPurpose(payment.purpose).onReleased(tx, updated, to);
  return updated;
}

/**
 * Confirms with the provider and applies the purpose's effect, under the payment's row lock:
 * of concurrent approvals exactly one confirms and the others, waiting on the lock, find it
 * approved. A provider decline or amount mismatch fails the payment (and releases the seat); a
 * provider timeout throws, rolling back, so the payment stays ready and can be retried.
 */
export async function approvePayment(db: Db, payer: User, id: number, { paymentKey }: { paymentKey: string }, clock: Clock = systemClock) {
  return db.transaction(async (tx) => {
    const payment = await lockPayersPayment(tx, payer.id, id);
    const now = clock();
    if (payment.status !== 'ready') {
      if (payment.providerKey === paymentKey || payment.status === 'approved') return payment;
      throw conflict(`${statusLabel[payment.status]} 결제입니다.`, undefined, payment.status);
    }
    if (isStale(payment, now)) return release(tx, payment, 'expired', now);
    const result = await providerNamed(payment.provider).confirm({ paymentKey, orderId: payment.orderId, amount: payment.amount });
    if (!result.ok) return release(tx, payment, 'failed', now, result);
    const approved = await transition(
      tx,
      payment,
      'approved',
      { providerKey: result.providerKey, approvedAt: now },
      { type: 'approved', amount: payment.amount },
      now,
    );
    await getPurpose(payment.purpose).onApproved(tx, approved);
    return approved;
  });
}

/**
 * The sandbox's checkout as a server-side step, for the page and for scripts: a test card gives
 * the paymentKey to approve with; the declined card is recorded (a `declined` event) and leaves
 * the payment ready, payable with another card until it expires, as a real checkout allows a
 * retry. Only for payments made with the sandbox, and only while it is the active provider.
 */
export async function authorizeSandboxCard(db: Db, payer: User, id: number, { cardNumber }: { cardNumber: string }, clock: Clock = systemClock) {
  return db.transaction(async (tx) => {
    const payment = await lockPayersPayment(tx, payer.id, id);
    if (payment.provider !== sandboxProvider.name || currentProvider().name !== sandboxProvider.name) throw notFound('샌드박스 결제가 아닙니다.');
    if (payment.status !== 'ready') throw conflict(`${statusLabel[payment.status]} 결제입니다.`, undefined, payment.status);
    const now = clock();
    if (isStale(payment, now)) throw conflict('결제 시간이 지나 만료되었습니다.', undefined, 'expired');
    const card = cardDigits(cardNumber);
    if (card === SANDBOX_CARDS.approved) return { paymentKey: sandboxPaymentKey(payment.orderId, payment.amount) } as const;
    if (card !== SANDBOX_CARDS.declined) throw fieldError('cardNumber', '테스트 카드 번호(4242 4242 4242 4242 또는 4000 0000 0000 0002)를 입력해 주세요.');
    const declined = { code: 'CARD_DECLINED', message: '카드사에서 결제를 거절했습니다. 다른 카드로 다시 결제해 주세요.' } as const;
    await tx.insert(paymentEvents).values({
      paymentId: payment.id, type: 'declined', fromStatus: 'ready', toStatus: 'ready', amount: payment.amount, reason: `${declined.code}: ${declined.message}`, createdAt: now,
    });
    return { declined } as const;
  });
}

/** The checkout reports a failure (declined card, customer gave up): release the seat. */
export async function failPayment(db: Db, payer: User, id: number, failure: { code: string; message: string }, clock: Clock = systemClock) {
  return db.transaction(async (tx) => {
    const payment = await lockPayersPayment(tx, payer.id, id);
    if (payment.status === 'failed') return payment;
    if (payment.status !== 'ready') throw conflict(`${statusLabel[payment.status]} 결제입니다.`, undefined, payment.status);
    return release(tx, payment, 'failed', clock(), failure);
  });
}

/**
 * Sweeper job: ready payments past their expiresAt (15 minutes, or a game's offer window) expire and release their seat or slot.
 * SKIP LOCKED lets several processes run it at once without touching the same payment twice.
 */
export async function expireStalePayments(db: Db, now: Date, batch = 100) {
  return db.transaction(async (tx) => {
    const stale = await tx
      .select()
      .from(payments)
      .where(and(eq(payments.status, 'ready'), lt(payments.expiresAt, now)))
      .orderBy(asc(payments.expiresAt))
      .limit(batch)
      .for('update', { skipLocked: true });
    for (const payment of stale) await release(tx, payment, 'expired', now);
    return stale.length;
  });
}

/**
 * Refund all or part of an approved payment. The purpose's policy caps the amount unless a
 * feature flow refunds by its own rule (`byPolicy: false`, e.g. the host cancelled the game).
 * Refunds accumulate and never exceed what was paid.
 * A payer's own refund (`byPolicy`) of a payment whose purpose has `cancelByPayer` (a booking,
 * a game seat) is that purpose's cancellation: what was bought is cancelled and its policy
 * amount refunded whole, exactly as the feature's cancel route does; a smaller `amount` is 409
 * (`partial_refund`), since a partial refund would leave the booking in limbo.
 */
export async function cancelPayment(
  db: Db,
  payerId: number,
  id: number,
  { reason, amount, byPolicy = true }: { reason: string; amount?: number; byPolicy?: boolean },
  clock: Clock = systemClock,
) {
  return db.transaction(async (tx) => {
    const payment = await lockPayersPayment(tx, payerId, id);
    const now = clock();
    if (payment.status !== 'approved' && payment.status !== 'partially_cancelled') {
      throw conflict(`${statusLabel[payment.status]} 결제는 환불할 수 없습니다.`, undefined, payment.status);
    }
    const purpose = getPurpose(payment.purpose);
    const remaining = payment.amount - payment.cancelledAmount;
    const allowed = byPolicy ? Math.min(remaining, await purpose.refundable(tx, payment, now)) : remaining;
    const refund = amount ?? allowed;
    if (refund <= 0) throw conflict('지금은 환불받을 수 있는 금액이 없습니다.', undefined, 'nothing_refundable');
    if (refund > allowed) {
      throw conflict(`최대 ${allowed.toLocaleString('ko-KR')}원까지 환불할 수 있습니다.`, { amount: [`최대 ${allowed.toLocaleString('ko-KR')}원까지 환불할 수 있습니다.`] }, 'over_refundable');
    }
    if (byPolicy && purpose.cancelByPayer) {
      if (refund < allowed) {
        const whole = `취소 규정에 따른 ${allowed.toLocaleString('ko-KR')}원 전액으로만 환불할 수 있습니다(예약·참가가 함께 취소됩니다).`;
        throw conflict(whole, { amount: [whole] }, 'partial_refund');
      }
      await purpose.cancelByPayer(tx, payment, reason, () => now);
      const [after] = await tx.select().from(payments).where(eq(payments.id, payment.id));
      return after!;
    }
    await providerNamed(payment.provider).cancel({ providerKey: payment.providerKey ?? payment.orderId, reason, amount: refund });
    const full = refund === remaining;
    const updated = await transition(
      tx,
      payment,
      full ? 'cancelled' : 'partially_cancelled',
      { cancelledAmount: sql`${payments.cancelledAmount} + ${refund}` as unknown as number },
      { type: full ? 'cancelled' : 'partially_cancelled', amount: refund, reason },
      now,
    );
    await purpose.onCancelled(tx, updated, refund, full);
    return updated;
  });
}
