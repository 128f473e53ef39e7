import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { createUser } from '@/tests/support/factories';
import { purposeCalls } from '@/tests/support/payments';
import { approvePayment, cancelPayment, createPayment } from '../mutations';
import { getMyPayment } from '../queries';
import { tossProvider } from './toss';

/** A small local fake of Toss Payments' confirm and cancel endpoints. */
let server: Server;
let baseUrl: string;
const seen: { path: string; auth: string | undefined; body: Record<string, unknown> }[] = [];

const readBody = (req: IncomingMessage) =>
  new Promise<Record<string, unknown>>((resolve) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(JSON.parse(data || '{}')));
  });

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await readBody(req);
    seen.push({ path: req.url!, auth: req.headers.authorization, body });
    const reply = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    if (req.url === '/v1/payments/confirm') {
      if (body.paymentKey === 'slow') return setTimeout(() => reply(200, {}), 2000);
      if (body.paymentKey === 'declined') return reply(400, { code: 'REJECT_CARD_PAYMENT', message: '한도초과 혹은 잔액부족으로 결제에 실패했습니다.' });
      if (body.paymentKey === 'broken') return reply(500, { code: 'FAILED_INTERNAL_SYSTEM_PROCESSING', message: '내부 오류' });
      const totalAmount = body.paymentKey === 'tampered' ? Number(body.amount) - 100 : body.amount;
      return reply(200, { paymentKey: body.paymentKey, orderId: body.orderId, totalAmount, status: 'DONE' });
    }
    if (req.url?.endsWith('/cancel')) {
      if (req.url.includes('not-cancelable')) return reply(403, { code: 'NOT_CANCELABLE_PAYMENT', message: '취소할 수 없는 결제입니다.' });
      return reply(200, { status: 'CANCELED' });
    }
    reply(404, { code: 'NOT_FOUND' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const toss = () => tossProvider({ secretKey: 'test_sk_abc', baseUrl, timeoutMs: 500 });

describe('Toss Payments provider', () => {
  it('confirms with Basic auth, paymentKey, orderId and amount', async () => {
    expect(await toss().confirm({ paymentKey: 'pk_1', orderId: 'DN-1', amount: 12000 })).toEqual({ ok: true, providerKey: 'pk_1' });
    const call = seen.at(-1)!;
    expect(call.auth).toBe(`Basic ${Buffer.from('test_sk_abc:').toString('base64')}`);
    expect(call.body).toEqual({ paymentKey: 'pk_1', orderId: 'DN-1', amount: 12000 });
  });

  it('reports a declined card as a failure result', async () => {
    expect(await toss().confirm({ paymentKey: 'declined', orderId: 'DN-2', amount: 1000 })).toMatchObject({ ok: false, code: 'REJECT_CARD_PAYMENT' });
  });

  it('reports an amount the provider disagrees with as a mismatch', async () => {
    expect(await toss().confirm({ paymentKey: 'tampered', orderId: 'DN-3', amount: 1000 })).toMatchObject({ ok: false, code: 'AMOUNT_MISMATCH' });
  });

  it('throws "unavailable" on a timeout or a server error, so nothing is applied', async () => {
    await expect(toss().confirm({ paymentKey: 'slow', orderId: 'DN-4', amount: 1000 })).rejects.toMatchObject({ code: 'unavailable' });
    await expect(toss().confirm({ paymentKey: 'broken', orderId: 'DN-5', amount: 1000 })).rejects.toMatchObject({ code: 'unavailable' });
    await expect(tossProvider({ secretKey: 'x', baseUrl: 'http://127.0.0.1:9', timeoutMs: 500 }).confirm({ paymentKey: 'a', orderId: 'b', amount: 1 })).rejects.toMatchObject({
      code: 'unavailable',
    });
  });

  it('cancels with cancelReason and cancelAmount, and reports refusals', async () => {
    await toss().cancel({ providerKey: 'pk_1', reason: '단순 변심', amount: 3000 });
    expect(seen.at(-1)).toMatchObject({ path: '/v1/payments/pk_1/cancel', body: { cancelReason: '단순 변심', cancelAmount: 3000 } });
    await expect(toss().cancel({ providerKey: 'not-cancelable', reason: 'x', amount: 1 })).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('payments through Toss', () => {
  it('a timeout leaves the payment ready to retry, nothing applied; a refund goes back through Toss', async () => {
    purposeCalls.reset();
    const saved = { ...process.env };
    Object.assign(process.env, { TOSS_SECRET_KEY: 'test_sk_abc', TOSS_BASE_URL: baseUrl, TOSS_TIMEOUT_MS: '500' });
    try {
      const payer = await createUser();
      const { payment } = await createPayment(getDb(), payer, { purpose: 'test', subjectId: 4 });
      expect(payment.provider).toBe('toss');
      await expect(approvePayment(getDb(), payer, payment.id, { paymentKey: 'slow' })).rejects.toMatchObject({ code: 'unavailable' });
      expect((await getMyPayment(getDb(), payer.id, payment.id)).status).toBe('ready');
      expect(purposeCalls.approved).toEqual([]);
      expect((await approvePayment(getDb(), payer, payment.id, { paymentKey: 'pk_ok' })).status).toBe('approved');
      await cancelPayment(getDb(), payer.id, payment.id, { reason: '변심', amount: 1000 });
      expect(seen.at(-1)).toMatchObject({ path: '/v1/payments/pk_ok/cancel', body: { cancelAmount: 1000 } });
    } finally {
      process.env = saved;
    }
  });
});
