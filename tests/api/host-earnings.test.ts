import { describe, expect, it } from 'vitest';
import * as earningsRoute from '@/app/api/host/earnings/route';
import * as csvRoute from '@/app/api/host/earnings.csv/route';
import { apiDocument } from '@/app/openapi';
import { getDb } from '@/db/client';
import type { User } from '@/db/schema';
import { createPersonalToken } from '@/lib/accounts/personal-tokens';
import { appendLedger } from '@/lib/settlements/ledger';
import { hostEarningsCsvEndpoint, hostEarningsEndpoint } from '@/lib/settlements/endpoints';
import { bearerFor, createUser } from '../support/factories';
import { call, expectProblem } from '../support/http';

async function hostWith(amounts: number[]) {
  const host = await createUser();
  await appendLedger(
    getDb(),
    amounts.map((amount, i) => ({ userId: host.id, kind: amount > 0 ? ('game_income' as const) : ('refund_debit' as const), amount, subjectType: 'game' as const, subjectId: i + 1 })),
  );
  return host;
}
const earnings = async (user: User | null, query = '') =>
  call(earningsRoute.GET, { path: `/api/host/earnings${query}`, headers: user ? await bearerFor(user) : {} });

describe('GET /api/host/earnings', () => {
  it('the caller’s own totals and months; other hosts’ entries never count', async () => {
    const host = await hostWith([12_000, -3_000]);
    await hostWith([99_000]);
    const res = await earnings(host);
    expect(res.status).toBe(200);
    expect(res.body.totals).toEqual({ earned: 12_000, refunded: 3_000, fees: 0, covered: 0, paidOut: 0, net: 9_000, upcoming: 0, balance: 9_000, pendingPayout: 0 });
    expect(res.body.months).toHaveLength(12);
    expect(res.body.months.at(-1)).toMatchObject({ month: res.body.to.slice(0, 7), earned: 12_000, refunded: 3_000, net: 9_000 });
    const empty = await earnings(await createUser());
    expect(empty.body.totals).toMatchObject({ earned: 0, balance: 0 });
  });

  it('400 with field errors for a bad period; 401 anonymous; 403 for a personal token without settlements:read', async () => {
    const host = await hostWith([1_000]);
    expect(expectProblem(await earnings(host, '?from=2026-12-31&to=2026-01-01'), 400).errors).toHaveProperty('to');
    expect(expectProblem(await earnings(host, '?from=2020-01-01&to=2026-12-31'), 400).errors).toHaveProperty('to');
    expect(expectProblem(await earnings(host, '?from=2026-02-30'), 400).errors).toHaveProperty('from');
    expectProblem(await earnings(null), 401);
    const { token } = await createPersonalToken(getDb(), host.id, { name: '게임만', scopes: ['games:read'], expiresInDays: 30 }, undefined);
    expectProblem(await call(earningsRoute.GET, { path: '/api/host/earnings', headers: { authorization: `Bearer ${token}` } }), 403);
    const reader = await createPersonalToken(getDb(), host.id, { name: '정산', scopes: ['settlements:read'], expiresInDays: 30 }, undefined);
    expect((await call(earningsRoute.GET, { path: '/api/host/earnings', headers: { authorization: `Bearer ${reader.token}` } })).status).toBe(200);
  });

  it('is documented', () => {
    const doc = apiDocument();
    for (const e of [hostEarningsEndpoint, hostEarningsCsvEndpoint]) expect(doc.paths[e.path]?.get, e.path).toBeTruthy();
  });
});

describe('GET /api/host/earnings.csv', () => {
  it('monthly CSV with a BOM, Korean headers and a total line; 400 and 401 like the JSON', async () => {
    const host = await hostWith([12_000, -3_000]);
    const res = await csvRoute.GET(new Request('http://localhost/api/host/earnings.csv', { headers: await bearerFor(host) }), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="earnings-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('월,수입(원),환불(원),수수료(원),주문자 부담(원),출금(원),순수익(원)');
    expect(lines).toHaveLength(14);
    expect(lines[12]).toMatch(/^\d{4}-\d{2},12000,3000,0,0,0,9000$/);
    expect(lines[13]).toMatch(/^합계 \d{4}-\d{2}-01~\d{4}-\d{2}-\d{2},12000,3000,0,0,0,9000$/);
    expectProblem(await call(csvRoute.GET, { path: '/api/host/earnings.csv?to=2026-13-01', headers: await bearerFor(host) }), 400);
    expectProblem(await call(csvRoute.GET, { path: '/api/host/earnings.csv' }), 401);
  });
});
