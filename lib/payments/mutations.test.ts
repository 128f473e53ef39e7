import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { paymentEvents } from '@/db/schema';
import { createUser } from '@/tests/support/factories';
import { purposeCalls } from '@/tests/support/payments';
import { approvePayment, cancelPayment, createPayment, expireStalePayments, failPayment } from './mutations';
import { sandboxPaymentKey } from './providers/sandbox';
import { getMyPayment } from './queries';

beforeEach(() => purposeCalls.reset());

const MIN = 60_000;
const pay = async (subjectId = 5, clock?: () => Date) => {
  const payer = await createUser();
  const { payment } = await createPayment(getDb(), payer, { purpose: 'test', subjectId }, clock);
  return { payer, payment, key: sandboxPaymentKey(payment.orderId, payment.amount) };
};
const events = async (paymentId: number) =>
  (await getDb().select().from(paymentEvents).where(eq(paymentEvents.paymentId, paymentId))).map((e) => e.type);

describe('creating a payment', () => {
  it('is priced by the purpose, ready, with a created event', async () => {
    const { payment } = await pay(7);
    expect(payment).toMatchObject({ amount: 7000, status: 'ready', provider: 'sandbox', title: '테스트 상품 7', cancelledAmount: 0 });
    expect(payment.orderId).toMatch(/^DN\d{8}-[0-9A-F]{10}$/);
    expect(await events(payment.id)).toEqual(['created']);
  });

  it('returns the open payment for the same payer and subject', async () => {
    const payer = await createUser();
    const results = await Promise.all(Array.from({ length: 5 }, () => createPayment(getDb(), payer, { purpose: 'test', subjectId: 3 })));
    expect(new Set(results.map((r) => r.payment.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it('refuses unknown purposes and subjects', async () => {
    const payer = await createUser();
    await expect(createPayment(getDb(), payer, { purpose: 'lottery', subjectId: 1 })).rejects.toMatchObject({ code: 'invalid' });
    await expect(createPayment(getDb(), payer, { purpose: 'test', subjectId: 404 })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('approving', () => {
  it('confirms, applies the purpose once, and repeats idempotently', async () => {
    const { payer, payment, key } = await pay();
    const approved = await approvePayment(getDb(), payer, payment.id, { paymentKey: key });
    expect(approved).toMatchObject({ status: 'approved', providerKey: key });
    expect(approved.approvedAt).toBeInstanceOf(Date);
    expect((await approvePayment(getDb(), payer, payment.id, { paymentKey: key })).status).toBe('approved');
    expect(purposeCalls.approved).toEqual([payment.id]);
    expect(await events(payment.id)).toEqual(['created', 'approved']);
  });

  it('20 parallel approvals give exactly one approved event; every caller sees it approved', async () => {
    const { payer, payment, key } = await pay();
    const results = await Promise.all(Array.from({ length: 20 }, () => approvePayment(getDb(), payer, payment.id, { paymentKey: key })));
    expect(results.every((p) => p.status === 'approved')).toBe(true);
    expect((await events(payment.id)).filter((t) => t === 'approved')).toHaveLength(1);
    expect(purposeCalls.approved).toHaveLength(1);
  });

  it('fails the payment on an amount mismatch and releases the seat', async () => {
    const { payer, payment } = await pay(5);
    const result = await approvePayment(getDb(), payer, payment.id, { paymentKey: sandboxPaymentKey(payment.orderId, 4000) });
    expect(result).toMatchObject({ status: 'failed', failureCode: 'AMOUNT_MISMATCH' });
    expect(purposeCalls.released).toEqual([[payment.id, 'failed']]);
    await expect(approvePayment(getDb(), payer, payment.id, { paymentKey: sandboxPaymentKey(payment.orderId, 5000) })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('only the payer can approve (others: not found)', async () => {
    const { payment, key } = await pay();
    await expect(approvePayment(getDb(), await createUser(), payment.id, { paymentKey: key })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getMyPayment(getDb(), (await createUser()).id, payment.id)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('failing and expiring', () => {
  it('fail releases the seat once; a failed payment cannot be approved', async () => {
    const { payer, payment, key } = await pay();
    expect((await failPayment(getDb(), payer, payment.id, { code: 'USER_CANCEL', message: '취소' })).status).toBe('failed');
    expect((await failPayment(getDb(), payer, payment.id, { code: 'USER_CANCEL', message: '취소' })).status).toBe('failed');
    expect(purposeCalls.released).toEqual([[payment.id, 'failed']]);
    await expect(approvePayment(getDb(), payer, payment.id, { paymentKey: key })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('expires ready payments after 15 minutes, releasing each exactly once even with parallel sweepers', async () => {
    const now = new Date();
    const old = await pay(2, () => new Date(now.getTime() - 16 * MIN));
    const fresh = await pay(3, () => new Date(now.getTime() - 5 * MIN));
    const counts = await Promise.all([expireStalePayments(getDb(), now), expireStalePayments(getDb(), now), expireStalePayments(getDb(), now)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(purposeCalls.released).toEqual([[old.payment.id, 'expired']]);
    expect((await getMyPayment(getDb(), fresh.payer.id, fresh.payment.id)).status).toBe('ready');
    await expect(approvePayment(getDb(), old.payer, old.payment.id, { paymentKey: old.key })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('an approval arriving after 15 minutes expires the payment instead', async () => {
    const { payer, payment, key } = await pay(2, () => new Date(Date.now() - 20 * MIN));
    expect((await approvePayment(getDb(), payer, payment.id, { paymentKey: key })).status).toBe('expired');
    expect(purposeCalls.approved).toEqual([]);
  });
});

describe('refunds', () => {
  it('accumulate partial refunds up to the amount paid, then cancel', async () => {
    const { payer, payment, key } = await pay(10);
    await approvePayment(getDb(), payer, payment.id, { paymentKey: key });
    expect(await cancelPayment(getDb(), payer.id, payment.id, { reason: '일부 환불', amount: 3000 })).toMatchObject({
      status: 'partially_cancelled', cancelledAmount: 3000,
    });
    await expect(cancelPayment(getDb(), payer.id, payment.id, { reason: '너무 많이', amount: 8000 })).rejects.toMatchObject({
      code: 'conflict', extra: { reason: 'over_refundable' },
    });
    expect(await cancelPayment(getDb(), payer.id, payment.id, { reason: '나머지' })).toMatchObject({ status: 'cancelled', cancelledAmount: 10000 });
    await expect(cancelPayment(getDb(), payer.id, payment.id, { reason: '또' })).rejects.toMatchObject({ code: 'conflict' });
    expect(purposeCalls.cancelled).toEqual([
      [payment.id, 3000, false],
      [payment.id, 7000, true],
    ]);
    expect(await events(payment.id)).toEqual(['created', 'approved', 'partially_cancelled', 'cancelled']);
  });

  it('respect the purpose policy unless the feature refunds by its own rule', async () => {
    const { payer, payment, key } = await pay(10);
    await approvePayment(getDb(), payer, payment.id, { paymentKey: key });
    purposeCalls.refundLimit = 5000;
    expect((await cancelPayment(getDb(), payer.id, payment.id, { reason: '규정대로' })).cancelledAmount).toBe(5000);
    purposeCalls.refundLimit = 0;
    await expect(cancelPayment(getDb(), payer.id, payment.id, { reason: '규정 밖' })).rejects.toMatchObject({ extra: { reason: 'nothing_refundable' } });
    expect((await cancelPayment(getDb(), payer.id, payment.id, { reason: '호스트 취소', byPolicy: false })).status).toBe('cancelled');
  });

  it('cannot refund a payment that was never approved', async () => {
    const { payer, payment } = await pay();
    await expect(cancelPayment(getDb(), payer.id, payment.id, { reason: 'x' })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('never lets concurrent refunds exceed what was paid', async () => {
    const { payer, payment, key } = await pay(10);
    await approvePayment(getDb(), payer, payment.id, { paymentKey: key });
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => cancelPayment(getDb(), payer.id, payment.id, { reason: '동시', amount: 4000 })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect((await getMyPayment(getDb(), payer.id, payment.id)).cancelledAmount).toBe(8000);
  });
});

describe('the event log', () => {
  it('is append-only', async () => {
    const { payment } = await pay();
    await expect(getDb().execute(sql`update payment_events set amount = 1 where payment_id = ${payment.id}`)).rejects.toThrow();
    await expect(getDb().execute(sql`delete from payment_events where payment_id = ${payment.id}`)).rejects.toThrow();
  });
});
