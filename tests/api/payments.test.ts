import { beforeEach, describe, expect, it } from 'vitest';
import * as paymentsRoute from '@/app/api/payments/route';
import * as paymentRoute from '@/app/api/payments/[id]/route';
import * as approveRoute from '@/app/api/payments/[id]/approve/route';
import * as failRoute from '@/app/api/payments/[id]/fail/route';
import * as cancelRoute from '@/app/api/payments/[id]/cancel/route';
import * as sandboxAuthorizeRoute from '@/app/api/payments/[id]/sandbox-authorize/route';
import { sandboxPaymentKey } from '@/lib/payments/providers/sandbox';
import { bearerFor, createUser } from '../support/factories';
import { answered, api, call, expectProblem } from '../support/http';
import { purposeCalls } from '../support/payments';

beforeEach(() => purposeCalls.reset());

async function payer() {
  const user = await createUser();
  return { user, auth: await bearerFor(user) };
}
const create = (headers: Record<string, string>, body: unknown, key?: string) =>
  call(paymentsRoute.POST, { method: 'POST', path: '/api/payments', headers: key ? { ...headers, 'idempotency-key': key } : headers, unchecked: body });

describe('POST /api/payments', () => {
  it('needs an Idempotency-Key; replays the same response for the same key and body; 409 for another body', async () => {
    const { auth } = await payer();
    expect(expectProblem(await create(auth, { purpose: 'test', subjectId: 3 }), 400).errors).toHaveProperty('idempotency-key');
    const first = await create(auth, { purpose: 'test', subjectId: 3 }, 'k-1');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ amount: 3000, status: 'ready', purpose: 'test', subjectId: 3, checkoutUrl: `/pay/${first.body.id}`, orderId: expect.any(String) });
    const again = await create(auth, { purpose: 'test', subjectId: 3 }, 'k-1');
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(expectProblem(await create(auth, { purpose: 'test', subjectId: 4 }, 'k-1'), 409).reason).toBe('idempotency_key_reused');
    // A new key for the same subject returns the open payment.
    const other = await create(auth, { purpose: 'test', subjectId: 3 }, 'k-2');
    expect(other.status).toBe(200);
    expect(other.body.id).toBe(first.body.id);
  });

  it('400 for bad bodies, unknown purposes; 404 for unknown subjects; 401 anonymous; the amount is never taken from the client', async () => {
    const { auth } = await payer();
    expectProblem(await create(auth, { purpose: 'test' }, 'a'), 400);
    expectProblem(await create(auth, { purpose: 'casino', subjectId: 1 }, 'b'), 400);
    expectProblem(await create(auth, { purpose: 'test', subjectId: 404 }, 'c'), 404);
    expectProblem(await create({}, { purpose: 'test', subjectId: 1 }, 'd'), 401);
    const res = await create(auth, { purpose: 'test', subjectId: 2, amount: 1 }, 'e');
    expect(res.body.amount).toBe(2000);
  });
});

describe('approve, fail, cancel, read', () => {
  it('runs the whole flow for the payer; everyone else gets 404', async () => {
    const { user, auth } = await payer();
    const stranger = await payer();
    const p = (await create(auth, { purpose: 'test', subjectId: 6 }, 'flow')).body;
    const params = { id: String(p.id) };
    expectProblem(await call(approveRoute.POST, { method: 'POST', headers: stranger.auth, params, body: { paymentKey: 'x' } }), 404);
    expectProblem(await call(paymentRoute.GET, { headers: stranger.auth, params }), 404);
    expectProblem(await call(approveRoute.POST, { method: 'POST', headers: auth, params, unchecked: {} }), 400);

    const approved = await call(approveRoute.POST, { method: 'POST', headers: auth, params, body: { paymentKey: sandboxPaymentKey(p.orderId, 6000) } });
    expect(approved.body).toMatchObject({ status: 'approved', approvedAt: expect.any(String) });
    const refunded = await call(cancelRoute.POST, { method: 'POST', headers: auth, params, body: { reason: '일정 변경', amount: 2000 } });
    expect(refunded.body).toMatchObject({ status: 'partially_cancelled', cancelledAmount: 2000 });
    expectProblem(await call(cancelRoute.POST, { method: 'POST', headers: auth, params, body: { reason: '과다', amount: 9000 } }), 409);
    expectProblem(await call(cancelRoute.POST, { method: 'POST', headers: auth, params, unchecked: { amount: 1000 } }), 400);

    const detail = await call(paymentRoute.GET, { headers: auth, params });
    expect(detail.body.events.map((e: { type: string }) => e.type)).toEqual(['created', 'approved', 'partially_cancelled']);
    const list = await call(paymentsRoute.GET, { headers: auth, path: '/api/payments' });
    expect(list.body.items.map((x: { id: number }) => x.id)).toEqual([p.id]);
    expect(list.body.page.total).toBe(1);
    expect((await call(paymentsRoute.GET, { headers: stranger.auth, path: '/api/payments' })).body.items).toEqual([]);
    expect(user.id).toBeGreaterThan(0);
  });

  it('an amount mismatch answers 409 and leaves the payment failed; fail releases', async () => {
    const { auth } = await payer();
    const p = (await create(auth, { purpose: 'test', subjectId: 6 }, 'mm')).body;
    const res = await call(approveRoute.POST, { method: 'POST', headers: auth, params: { id: String(p.id) }, body: { paymentKey: sandboxPaymentKey(p.orderId, 1) } });
    expect(expectProblem(res, 409).reason).toBe('AMOUNT_MISMATCH');
    expect((await call(paymentRoute.GET, { headers: auth, params: { id: String(p.id) } })).body.status).toBe('failed');

    const q = (await create(auth, { purpose: 'test', subjectId: 7 }, 'ff')).body;
    const failed = await call(failRoute.POST, { method: 'POST', headers: auth, params: { id: String(q.id) }, body: { code: 'CARD_DECLINED', message: '카드 거절' } });
    expect(failed.body).toMatchObject({ status: 'failed', failure: { code: 'CARD_DECLINED' } });
    expect(purposeCalls.released.map(([id]) => id)).toEqual([p.id, q.id]);
  });
});

describe('POST /api/payments/{id}/sandbox-authorize (through the typed client)', () => {
  const authorize = (headers: Record<string, string>, id: number, cardNumber: string) =>
    api(headers).POST('/api/payments/{id}/sandbox-authorize', { params: { path: { id } }, body: { cardNumber } });
  const approve = (headers: Record<string, string>, id: number, paymentKey: string) =>
    api(headers).POST('/api/payments/{id}/approve', { params: { path: { id } }, body: { paymentKey } });
  const newPayment = async (headers: Record<string, string>, subjectId: number, key: string) => {
    const { data } = await api(headers).POST('/api/payments', { params: { header: { 'idempotency-key': key } }, body: { purpose: 'test', subjectId } });
    return data!;
  };

  it('a script pays with the test card: authorize gives the key, approve takes it', async () => {
    const { auth } = await payer();
    const p = await newPayment(auth, 5, 'sa-1');
    const { data, response } = await authorize(auth, p.id, '4242 4242 4242 4242');
    expect(response.status).toBe(200);
    expect(data).toEqual({ paymentKey: sandboxPaymentKey(p.orderId, 5000) });
    expect((await approve(auth, p.id, data!.paymentKey)).data).toMatchObject({ status: 'approved' });
    // Once paid, the checkout is over.
    expect(expectProblem(answered(await authorize(auth, p.id, '4242424242424242')), 409).reason).toBe('approved');
  });

  it('a declined card keeps the hold: the payment stays ready and another card pays it', async () => {
    const { auth } = await payer();
    const p = await newPayment(auth, 8, 'sa-2');
    const declined = expectProblem(answered(await authorize(auth, p.id, '4000 0000 0000 0002')), 409);
    expect(declined.reason).toBe('card_declined');
    const after = (await api(auth).GET('/api/payments/{id}', { params: { path: { id: p.id } } })).data!;
    expect(after.status).toBe('ready');
    expect(after.events.map((e) => [e.type, e.toStatus])).toEqual([['created', 'ready'], ['declined', 'ready']]);
    expect(purposeCalls.released).toEqual([]);
    const { paymentKey } = (await authorize(auth, p.id, '4242424242424242')).data!;
    expect((await approve(auth, p.id, paymentKey)).data).toMatchObject({ status: 'approved' });
    expect(purposeCalls.approved).toEqual([p.id]);
  });

  it('400 for another number, 404 for strangers and unknown payments, 401 anonymous, 404 when Toss is the provider', async () => {
    const { auth } = await payer();
    const stranger = await payer();
    const p = await newPayment(auth, 9, 'sa-3');
    expect(expectProblem(answered(await authorize(auth, p.id, '1234 5678 9012 3456')), 400).errors).toHaveProperty('cardNumber');
    expect(expectProblem(await call(sandboxAuthorizeRoute.POST, { method: 'POST', headers: auth, params: { id: String(p.id) }, unchecked: { cardNumber: 42 } }), 400).errors).toHaveProperty('cardNumber');
    expectProblem(answered(await authorize(stranger.auth, p.id, '4242424242424242')), 404);
    expectProblem(answered(await authorize(auth, 999_999, '4242424242424242')), 404);
    expectProblem(answered(await authorize({}, p.id, '4242424242424242')), 401);
    const saved = process.env.TOSS_SECRET_KEY;
    process.env.TOSS_SECRET_KEY = 'test_sk_abc';
    try {
      expectProblem(answered(await authorize(auth, p.id, '4242424242424242')), 404);
    } finally {
      if (saved === undefined) delete process.env.TOSS_SECRET_KEY;
      else process.env.TOSS_SECRET_KEY = saved;
    }
  });
});
