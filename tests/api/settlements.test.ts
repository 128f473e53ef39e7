import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as settlementsRoute from '@/app/api/settlements/route';
import * as csvRoute from '@/app/api/settlements/export.csv/route';
import * as payoutsRoute from '@/app/api/settlements/payouts/route';
import * as adminPayoutsRoute from '@/app/api/admin/payouts/route';
import * as paidRoute from '@/app/api/admin/payouts/[id]/paid/route';
import * as rejectRoute from '@/app/api/admin/payouts/[id]/reject/route';
import { apiDocument } from '@/app/openapi';
import { getDb } from '@/db/client';
import { adminActions, type User } from '@/db/schema';
import { appendLedger } from '@/lib/settlements/ledger';
import { adminPayoutsEndpoint, markPayoutPaidEndpoint, rejectPayoutEndpoint, requestPayoutEndpoint, settlementsCsvEndpoint, settlementsEndpoint } from '@/lib/settlements/endpoints';
import { bearerFor, cookieFor, createUser } from '../support/factories';
import { call, expectProblem } from '../support/http';

async function hostWith(amounts: number[]) {
  const host = await createUser();
  await appendLedger(
    getDb(),
    amounts.map((amount, i) => ({ userId: host.id, kind: amount > 0 ? ('game_income' as const) : ('refund_debit' as const), amount, subjectType: 'game' as const, subjectId: i + 1, memo: `풋살 ${i + 1}` })),
  );
  return host;
}
const summary = async (user: User, query = '') => call(settlementsRoute.GET, { path: `/api/settlements${query}`, headers: await bearerFor(user) });
const requestPayout = async (user: User, body: unknown) => call(payoutsRoute.POST, { method: 'POST', path: '/api/settlements/payouts', headers: await bearerFor(user), unchecked: body });

describe('GET /api/settlements', () => {
  it('balance, pending payout and the user’s own entries, newest first, paged', async () => {
    const host = await hostWith([12_000, -3_000, 5_000]);
    await hostWith([99_000]);
    const res = await summary(host);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ balance: 14_000, pendingPayout: 0, page: { current: 1, total: 3, totalPages: 1 } });
    expect(res.body.items.map((e: { amount: number }) => e.amount)).toEqual([5_000, -3_000, 12_000]);
    expect(res.body.items[0]).toEqual({ id: expect.any(Number), kind: 'game_income', amount: 5_000, paymentId: null, subjectType: 'game', subjectId: 3, memo: '풋살 3', createdAt: expect.any(String) });
    const paged = await summary(host, '?page=2&size=2');
    expect(paged.body.items.map((e: { amount: number }) => e.amount)).toEqual([12_000]);
    expect(paged.body.page).toMatchObject({ current: 2, size: 2, total: 3, prev: 1, next: null });
    expectProblem(await summary(host, '?size=1000'), 400);
    expectProblem(await call(settlementsRoute.GET, { path: '/api/settlements' }), 401);
  });

  it('is empty for someone without entries', async () => {
    expect((await summary(await createUser())).body).toMatchObject({ balance: 0, pendingPayout: 0, items: [], page: { total: 0 } });
  });
});

describe('GET /api/settlements/export.csv', () => {
  it('all of the user’s entries as UTF-8 CSV with a BOM and Korean headers, oldest first with a running balance', async () => {
    const host = await hostWith([12_000, -3_000]);
    await appendLedger(getDb(), [{ userId: host.id, kind: 'game_income', amount: 1_000, subjectType: 'game', subjectId: 9, memo: '=HYPERLINK("x"), "따옴표"' }]);
    await hostWith([50_000]);
    const res = await csvRoute.GET(new Request('http://localhost/api/settlements/export.csv', { headers: await bearerFor(host) }), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="settlements-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1).split('\r\n');
    expect(lines[0]).toBe('일시,구분,내용,금액(원),잔액(원),결제 번호,대상,대상 번호');
    expect(lines.slice(1, 4).map((l) => l.replace(/^[\d-]+ [\d:]+,/, ''))).toEqual([
      '경기 참가비,풋살 1,12000,12000,,경기,1',
      '환불,풋살 2,-3000,9000,,경기,2',
      // A formula is defused with an apostrophe; quotes and commas are quoted.
      '경기 참가비,"\'=HYPERLINK(""x""), ""따옴표""",1000,10000,,경기,9',
    ]);
    expect(lines[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},/);
    expect(lines.slice(4)).toEqual(['']);
    expectProblem(await call(csvRoute.GET, { path: '/api/settlements/export.csv' }), 401);
  });

  it('pages through a long history (more than one batch)', async () => {
    const host = await hostWith(Array.from({ length: 1_100 }, () => 10));
    const res = await call(csvRoute.GET, { path: '/api/settlements/export.csv', headers: await bearerFor(host) });
    const lines = res.body.trim().split('\r\n');
    expect(lines).toHaveLength(1_101);
    expect(lines.at(-1)).toMatch(/,10,11000,,경기,1100$/);
  });
});

describe('POST /api/settlements/payouts', () => {
  it('201 with the request; 400 for bad amounts; 409 over the balance or while one is pending', async () => {
    const host = await hostWith([30_000]);
    for (const amount of [0, -5, 1.5, '1000', null]) expect(expectProblem(await requestPayout(host, { amount }), 400).errors).toHaveProperty('amount');
    expectProblem(await requestPayout(host, {}), 400);
    expectProblem(await requestPayout(host, { amount: 10, extra: 1 }), 400);
    const over = expectProblem(await requestPayout(host, { amount: 30_001 }), 409);
    expect(over).toMatchObject({ reason: 'insufficient_balance', errors: { amount: ['출금할 수 있는 금액은 최대 30,000원이에요.'] } });
    const res = await requestPayout(host, { amount: 25_000 });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(Number), amount: 25_000, status: 'requested', requestedAt: expect.any(String), paidAt: null, rejectedAt: null, rejectReason: null });
    expect(expectProblem(await requestPayout(host, { amount: 1 }), 409).reason).toBe('payout_pending');
    expect((await summary(host)).body).toMatchObject({ balance: 30_000, pendingPayout: 25_000 });
    expectProblem(await call(payoutsRoute.POST, { method: 'POST', path: '/api/settlements/payouts', body: { amount: 1 } }), 401);
  });

  it('refuses a cookie write from another origin (403)', async () => {
    const host = await hostWith([1_000]);
    const headers = { ...(await cookieFor(host)), origin: 'https://evil.example' };
    expectProblem(await call(payoutsRoute.POST, { method: 'POST', path: '/api/settlements/payouts', headers, body: { amount: 1 } }), 403);
  });
});

describe('the admin payouts queue', () => {
  const routes: { endpoint: { method: string; path: string }; handler: Parameters<typeof call>[0]; params: Record<string, string> }[] = [
    { endpoint: adminPayoutsEndpoint, handler: adminPayoutsRoute.GET, params: {} },
    { endpoint: markPayoutPaidEndpoint, handler: paidRoute.POST, params: { id: '1' } },
    { endpoint: rejectPayoutEndpoint, handler: rejectRoute.POST, params: { id: '1' } },
  ];

  it('every route is documented; 401 to anonymous, 404 to a member even with bad input', async () => {
    const doc = apiDocument();
    for (const e of [settlementsEndpoint, settlementsCsvEndpoint, requestPayoutEndpoint]) expect(doc.paths[e.path]?.[e.method.toLowerCase()], e.path).toBeTruthy();
    const member = await hostWith([10_000]);
    for (const { endpoint, handler, params } of routes) {
      expect(doc.paths[endpoint.path]?.[endpoint.method.toLowerCase()], endpoint.path).toBeTruthy();
      const body = endpoint.method === 'GET' ? undefined : { reason: '테스트' };
      expectProblem(await call(handler, { method: endpoint.method, path: endpoint.path, params, unchecked: body }), 401);
      expectProblem(await call(handler, { method: endpoint.method, path: endpoint.path, params, unchecked: body, headers: await bearerFor(member) }), 404);
      const junk = { path: `${endpoint.path}?status=zz`, params: Object.fromEntries(Object.keys(params).map((k) => [k, 'zz'])), headers: await bearerFor(member) };
      expectProblem(await call(handler, { method: endpoint.method, ...junk, ...(endpoint.method !== 'GET' && { rawBody: '{bad' }) }), 404);
    }
  });

  it('lists requests with the user’s balance; paid and rejected once each; audited; the user sees the payout', async () => {
    const [admin, host, other] = [await createUser({ role: 'admin' }), await hostWith([30_000]), await hostWith([8_000])];
    const auth = await bearerFor(admin);
    const first = (await requestPayout(host, { amount: 20_000 })).body;
    const second = (await requestPayout(other, { amount: 8_000 })).body;
    const queue = await call(adminPayoutsRoute.GET, { path: '/api/admin/payouts', headers: auth });
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((p: { id: number }) => p.id)).toEqual([first.id, second.id]);
    expect(queue.body.items[0]).toMatchObject({ amount: 20_000, status: 'requested', user: { id: host.id, username: host.username }, balance: 30_000, paidBy: null });
    expectProblem(await call(adminPayoutsRoute.GET, { path: '/api/admin/payouts?status=zz', headers: auth }), 400);

    const pay = (id: number, body: unknown = {}) => call(paidRoute.POST, { method: 'POST', path: `/api/admin/payouts/${id}/paid`, headers: auth, params: { id: String(id) }, unchecked: body });
    const reject = (id: number, body: unknown) => call(rejectRoute.POST, { method: 'POST', path: `/api/admin/payouts/${id}/reject`, headers: auth, params: { id: String(id) }, unchecked: body });
    const paid = await pay(first.id, { memo: '이체 완료' });
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({ payout: { id: first.id, status: 'paid', paidAt: expect.any(String) }, auditId: expect.any(Number) });
    expect(expectProblem(await pay(first.id), 409).reason).toBe('payout_paid');
    expectProblem(await pay(999_999), 404);
    expectProblem(await pay(first.id, { memo: 'x'.repeat(201) }), 400);
    expect(expectProblem(await reject(second.id, {}), 400).errors).toHaveProperty('reason');
    expect((await reject(second.id, { reason: '본인 확인이 필요해요' })).body.payout).toMatchObject({ status: 'rejected', rejectReason: '본인 확인이 필요해요' });

    const actions = await getDb().select().from(adminActions).where(eq(adminActions.targetType, 'payout')).orderBy(adminActions.id);
    expect(actions.map((a) => [a.action, a.targetId, a.adminId])).toEqual([
      ['payout_paid', first.id, admin.id],
      ['payout_rejected', second.id, admin.id],
    ]);
    const mine = await summary(host);
    expect(mine.body).toMatchObject({ balance: 10_000, pendingPayout: 0 });
    expect(mine.body.items[0]).toMatchObject({ kind: 'payout', amount: -20_000, subjectType: 'payout', subjectId: first.id, memo: '이체 완료' });
    expect((await summary(other)).body).toMatchObject({ balance: 8_000, pendingPayout: 0 });
    const done = await call(adminPayoutsRoute.GET, { path: '/api/admin/payouts?status=all', headers: auth });
    expect(done.body.items.map((p: { status: string }) => p.status)).toEqual(['rejected', 'paid']);
    expect(done.body.items[1]).toMatchObject({ paidBy: { id: admin.id, username: admin.username }, balance: 10_000 });
  });
});
