import { sql } from 'drizzle-orm';
import pLimit from 'p-limit';
import { describe, expect, it } from 'vitest';
import * as openApiRoute from '@/app/api/openapi.json/route';
import * as venuesRoute from '@/app/api/venues/route';
import { getDb } from '@/db/client';
import { sendMessage } from '@/lib/chat/mutations';
import { addComment } from '@/lib/community/mutations';
import { createTestPost } from '../support/boards';
import { startFakeKma } from '../support/fake-kma';
import { createCommunityPost } from '../support/community';
import { bearerFor, cookieFor, createUser, YONGDAM2 } from '../support/factories';
import { createTestGame } from '../support/games';
import {
  absurdIds, bodyText, exampleFor, fieldsOf, hostileNumbers, hostileQueryValues, hostileStrings, malformedBodies, setAt, withPollutingKeys, wrongTypes, type Json, type Raw,
} from '../support/hostile';
import { call } from '../support/http';
import { routeHandler } from '../support/routes';
import { createPaidReservation } from '../support/reservations';
import { createTestSpace, seoulDateInDays } from '../support/spaces';
import { seoulInstant } from '@/lib/core/seoul-time';

/**
 * Every operation of the generated /api/openapi.json, called in-process through its route
 * handler with hostile input — malformed JSON, wrong types, missing fields, NUL bytes, lone
 * surrogates, 100 kB strings, huge / negative / fractional / infinite / NaN numbers, absurd path
 * ids and page params — anonymously, as a member (session cookie) and, where a fixture exists,
 * as the owner of the resource (access token) or an admin: never a 5xx, every 4xx is
 * problem+json, no write succeeds and no table changes. A route added to an endpoints module
 * is covered without touching this file.
 *
 * Exceptions, by design:
 * - An operation that takes no input at all (no path, query or body) has nothing hostile to
 *   send signed in: it gets junk query and body anonymously, and signed in only if it is a GET
 *   (signed in, `DELETE /api/users/me/sessions` would simply log the member out).
 * - Multipart uploads get JSON, text, empty forms, text parts and non-image files; a valid image
 *   would be a valid write (image bombs and streamed size limits: hostile-input.test.ts).
 * - Idempotency-Key is sent valid with every body change, and missing or oversized on its own.
 * - Table contents are compared by checksum except `rate_limits` (counters every attempt may
 *   move), `weather_cache` (a signed-in GET /api/weather fills it from the fake KMA),
 *   `outbox_events` (row count only: the dispatcher stamps deliveries whenever it runs) and
 *   `neighbourhoods` (reference data no route writes).
 * - The weather route talks to a local fake KMA: unconfigured it answers 503 by design.
 *
 * PostgreSQL pass only (like e2e/races.spec.ts): it is the engine that matters for what the
 * database refuses, and it keeps the PGlite pass short.
 */
type Identity = 'anonymous' | 'member' | 'owner' | 'admin';
type Op = { method: string; path: string; op: Record<string, any> };
type Req = { label: string; params: Record<string, string>; query: string; headers: Record<string, string>; body?: string | FormData };

const onPostgres = Boolean(process.env.DATABASE_URL);

async function snapshot() {
  const db = getDb();
  const rows = (await db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`)) as unknown as { tablename: string }[];
  const tables = rows.map((r) => r.tablename).filter((t) => !['rate_limits', 'neighbourhoods', 'weather_cache'].includes(t));
  const parts = tables.map((t) =>
    t === 'outbox_events'
      ? `select '${t}' as t, count(*)::text as h from "${t}"`
      : `select '${t}' as t, count(*)::text || ':' || md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from "${t}" x`,
  );
  const result = (await db.execute(sql.raw(parts.join(' union all ')))) as unknown as { t: string; h: string }[];
  return new Map(result.map((r) => [r.t, r.h]));
}

const changedTables = (a: Map<string, string>, b: Map<string, string>) => [...a.keys()].filter((t) => a.get(t) !== b.get(t));

async function fixtures() {
  const db = getDb();
  const owner = await createUser();
  const member = await createUser();
  const admin = await createUser({ role: 'admin' });
  const post = (await createTestPost(owner)) as unknown as { id: number; chatRoomId: number };
  const { message } = await sendMessage(db, owner, post.chatRoomId, { body: '안녕하세요', clientId: 'hostile-1' });
  const communityPost = (await createCommunityPost(owner)) as unknown as { id: number };
  const comment = (await addComment(db, owner, communityPost.id, { content: '좋아요' })) as unknown as { id: number };
  const game = (await createTestGame(owner, new Date())) as unknown as { id: number };
  const ownerAuth = await bearerFor(owner);
  const venue = await call(venuesRoute.POST, { method: 'POST', headers: ownerAuth, body: { name: '용담 풋살장', address: '제주시 용담로 10', isIndoor: false, sports: ['futsal'], neighbourhoodCode: YONGDAM2 } });
  expect(venue.status).toBe(201);
  const { space } = await createTestSpace(owner);
  // The owner's booking (and its payment) of someone else's space.
  const { space: other } = await createTestSpace();
  const date = seoulDateInDays(10);
  const reservation = await createPaidReservation(owner, other.id, seoulInstant(date, 14), seoulInstant(date, 16), new Date());
  const ids: [RegExp, Record<string, number>][] = [
    [/^\/api\/posts\/\{id\}/, { id: post.id }],
    [/^\/api\/community\/posts\/\{id\}/, { id: communityPost.id }],
    [/^\/api\/community\/comments\/\{id\}/, { id: comment.id }],
    [/^\/api\/chat\/rooms\/\{id\}/, { id: post.chatRoomId, messageId: message.id }],
    [/^\/api\/venues\/\{id\}/, { id: venue.body.id }],
    [/^\/api\/games\/\{id\}/, { id: game.id, userId: owner.id }],
    [/^\/api\/payments\/\{id\}/, { id: reservation.paymentId }],
    [/^\/api\/spaces\/\{id\}/, { id: space.id, imageId: 1 }],
    [/^\/api\/reservations\/\{id\}/, { id: reservation.id }],
    [/^\/api\/admin\/users\/\{id\}/, { id: member.id }],
    [/^\/api\/admin\/reports\//, { targetId: post.id }],
    [/^\/api\/users\/\{id\}/, { id: owner.id }],
    [/^\/api\/friends\/\{userId\}/, { userId: member.id }],
  ];
  return {
    auth: { anonymous: {}, member: await cookieFor(member), owner: ownerAuth, admin: await bearerFor(admin) } satisfies Record<Identity, Record<string, string>>,
    /** A real value for a path parameter (the owner's resource), else the schema's example. */
    param(docPath: string, name: string, schema: Record<string, any>) {
      const known = ids.find(([re, values]) => re.test(docPath) && values[name] !== undefined)?.[1][name];
      if (known !== undefined) return String(known);
      if (name === 'key') return 'spaces/1/hostile.webp';
      if (name === 'token') return 'a'.repeat(43);
      return String(exampleFor(schema, name));
    },
  };
}

type Fixtures = Awaited<ReturnType<typeof fixtures>>;

/** Every hostile request for one operation, as seen by one identity. */
function hostileRequests({ method, path: docPath, op }: Op, f: Fixtures, identity: Identity): Req[] {
  const parameters: { name: string; in: string; required: boolean; schema: Record<string, any> }[] = op.parameters ?? [];
  const pathParams = parameters.filter((p) => p.in === 'path');
  const queryParams = parameters.filter((p) => p.in === 'query');
  const headerParams = parameters.filter((p) => p.in === 'header');
  const jsonSchema = op.requestBody?.content?.['application/json']?.schema;
  const upload = op.requestBody?.content?.['multipart/form-data']?.schema;

  const params = Object.fromEntries(pathParams.map((p) => [p.name, f.param(docPath, p.name, p.schema)]));
  const baseQuery = queryParams.filter((p) => p.required).map((p) => `${p.name}=${encodeURIComponent(String(exampleFor(p.schema, p.name)))}`);
  const headers: Record<string, string> = { ...f.auth[identity] };
  for (const h of headerParams.filter((p) => p.required)) headers[h.name] = `hostile-${h.name}-1`;
  const baseBody = jsonSchema ? (exampleFor(jsonSchema) as Json) : undefined;
  const json = (body: string, type = 'application/json') => ({ body, headers: { ...headers, 'content-type': type } });
  const base = (): Req => ({ label: '', params: { ...params }, query: baseQuery.join('&'), headers: { ...headers }, ...(baseBody !== undefined && json(JSON.stringify(baseBody))) });
  const out: Req[] = [];
  const add = (label: string, change: Partial<Req>) => out.push({ ...base(), ...change, label });

  for (const p of pathParams) for (const v of absurdIds) add(`path ${p.name}=${JSON.stringify(v.slice(0, 24))}`, { params: { ...params, [p.name]: v } });
  for (const q of queryParams) {
    for (const v of hostileQueryValues) add(`query ${q.name}=${v.slice(0, 24)}`, { query: [...baseQuery.filter((b) => !b.startsWith(`${q.name}=`)), `${q.name}=${v}`].join('&') });
  }
  for (const h of headerParams) {
    const { [h.name]: _dropped, ...without } = headers;
    add(`header ${h.name} missing`, { headers: without });
    add(`header ${h.name} oversized`, { headers: { ...headers, [h.name]: 'k'.repeat(300) } });
  }
  if (jsonSchema) {
    for (const raw of malformedBodies) add(`body ${raw.slice(0, 24)}`, json(raw));
    const valid = JSON.stringify(baseBody);
    add('content-type text/plain', json(valid, 'text/plain'));
    add('content-type form', json(valid, 'application/x-www-form-urlencoded'));
    for (const [fieldPath, fieldSchema, required] of fieldsOf(jsonSchema)) {
      const name = fieldPath.join('.');
      const put = (label: string, value: Json | Raw | undefined) => add(`${name} ${label}`, json(bodyText(setAt(baseBody!, fieldPath, value, jsonSchema))));
      if (required) put('missing', undefined);
      for (const v of wrongTypes(fieldSchema)) put(`type ${JSON.stringify(v)}`, v);
      const [wrong] = wrongTypes(fieldSchema);
      if (wrong !== undefined) add(`${name} type ${JSON.stringify(wrong)} after __proto__`, json(withPollutingKeys(bodyText(setAt(baseBody!, fieldPath, wrong, jsonSchema)))));
      for (const v of hostileNumbers(fieldSchema)) put(`number ${typeof v === 'number' ? v : v.raw}`, v);
      if (!wrongTypes(fieldSchema).some((v) => typeof v === 'string')) for (const v of hostileStrings) put(`string ${JSON.stringify(v).slice(0, 12)}`, v);
    }
  }
  if (upload) {
    const field = Object.keys(upload.properties ?? { file: 1 })[0]!;
    const form = (fill: (fd: FormData) => void) => {
      const fd = new FormData();
      fill(fd);
      return { body: fd, headers: { ...headers } };
    };
    add('upload as JSON', json('{}'));
    add('upload as text', json('hello', 'text/plain'));
    add('upload empty form', form(() => {}));
    add('upload text part', form((fd) => fd.append(field, 'not a file')));
    add('upload not an image', form((fd) => fd.append(field, new Blob(['\u0000not an image']), 'a.png')));
    add('upload empty file', form((fd) => fd.append(field, new Blob([]), 'empty.png')));
    add('upload NUL file name', form((fd) => fd.append(field, new Blob(['GIF89a']), 'a\u0000.png')));
  }
  const inputless = !pathParams.length && !queryParams.length && !jsonSchema && !upload && !headerParams.length;
  if (inputless && (identity === 'anonymous' || method === 'GET')) {
    add('junk query and body', { query: 'page=-1&size=1e9&cursor=%00&__proto__=x', ...(method !== 'GET' && { body: '{', headers: { ...headers, 'content-type': 'application/json' } }) });
  }
  return out;
}

/** Who calls an operation: anonymous always; members, owners and admins where the route reads them. */
function identitiesFor({ path: docPath, op }: Op): Identity[] {
  const auth = op.security.length === 0 ? 'none' : op.security.some((s: object) => Object.keys(s).length === 0) ? 'optional' : 'required';
  if (auth === 'none') return ['anonymous'];
  const hasPath = (op.parameters ?? []).some((p: { in: string }) => p.in === 'path');
  if (docPath.startsWith('/api/admin/')) return ['anonymous', 'member', 'admin'];
  return hasPath ? ['anonymous', 'member', 'owner'] : ['anonymous', 'member'];
}

function toRequest(r: Req, method: string, docPath: string) {
  // Handlers read path parameters from the route context, as Next passes them; the URL only carries the query.
  const url = docPath.replace(/\{\w+\}/g, '_');
  const body = method === 'GET' ? undefined : r.body;
  return new Request(`http://localhost${url}${r.query ? `?${r.query}` : ''}`, { method, headers: r.headers, body });
}

describe.skipIf(!onPostgres)('hostile input on every operation of /api/openapi.json (PostgreSQL)', () => {
  it('never 5xx, every 4xx problem+json, nothing accepted, nothing written', async () => {
    const kma = await startFakeKma();
    Object.assign(process.env, { KMA_SERVICE_KEY: 'key', KMA_BASE_URL: kma.baseUrl });
    try {
      await run();
    } finally {
      delete process.env.KMA_SERVICE_KEY;
      await kma.close();
    }
  }, 900_000);
});

async function run() {
  {
    const doc = (await call(openApiRoute.GET, { path: '/api/openapi.json' })).body as unknown as { paths: Record<string, Record<string, Record<string, any>>> };
    const ops: Op[] = Object.entries(doc.paths).flatMap(([p, methods]) => Object.entries(methods).map(([m, op]) => ({ method: m.toUpperCase(), path: p, op })));
    const f = await fixtures();
    const limit = pLimit(4);
    const stats = { requests: 0, byStatus: {} as Record<number, number>, exercised: new Set<string>() };
    const failures: string[] = [];

    for (const o of ops) {
      const name = `${o.method} ${o.path}`;
      const handler = await routeHandler(o.path, o.method);
      if (!handler) {
        failures.push(`${name}: no route handler in app/api`);
        continue;
      }
      const before = await snapshot();
      for (const identity of identitiesFor(o)) {
        let requests = hostileRequests(o, f, identity);
        // Anonymous on a route that needs a login, or a member on an admin route: the answer comes
        // before any input is read, so a sample is enough.
        const gate = identity === 'anonymous' && o.op.security.length > 0 && !o.op.security.some((s: object) => !Object.keys(s).length)
          ? 401
          : identity === 'member' && o.path.startsWith('/api/admin/') ? 404 : undefined;
        if (gate) requests = requests.filter((_, i) => i % Math.max(1, Math.floor(requests.length / 4)) === 0);
        if (!requests.length) continue;
        await Promise.all(
          requests.map((r) =>
            limit(async () => {
              const res = await handler(toRequest(r, o.method, o.path), { params: Promise.resolve(o.path.includes('{key}') ? { ...r.params, key: [r.params.key!] } as never : r.params) });
              const text = await res.text();
              stats.requests++;
              stats.byStatus[res.status] = (stats.byStatus[res.status] ?? 0) + 1;
              stats.exercised.add(name);
              const where = `${name} as ${identity}, ${r.label}`;
              if (res.status >= 500) failures.push(`${where}: ${res.status} ${text.slice(0, 200)}`);
              else if (res.status >= 400) {
                let problem: { type?: string; title?: string; status?: number; detail?: string } = {};
                try {
                  problem = JSON.parse(text);
                } catch {
                  /* reported below */
                }
                if (res.headers.get('content-type') !== 'application/problem+json' || problem.status !== res.status || !problem.title || !problem.detail) {
                  failures.push(`${where}: ${res.status} not problem+json (${res.headers.get('content-type')}) ${text.slice(0, 120)}`);
                }
              } else if (o.method !== 'GET') failures.push(`${where}: hostile input accepted (${res.status})`);
              if (gate && res.status !== gate) failures.push(`${where}: ${res.status}, expected ${gate}`);
            }),
          ),
        );
      }
      const changed = changedTables(before, await snapshot());
      if (changed.length) failures.push(`${name}: wrote to ${changed.join(', ')}`);
    }

    const missed = ops.map((o) => `${o.method} ${o.path}`).filter((n) => !stats.exercised.has(n));
    const summary = {
      operations: ops.length,
      covered: stats.exercised.size,
      requests: stats.requests,
      byStatus: stats.byStatus,
      '5xx': Object.entries(stats.byStatus).reduce((n, [status, count]) => n + (Number(status) >= 500 ? count : 0), 0),
      failures: failures.length,
    };
    console.log(`hostile input: ${JSON.stringify(summary)}`);
    if (failures.length) console.log(failures.slice(0, 80).join('\n'));
    expect(missed, 'operations in the document that were not exercised').toEqual([]);
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').toBeUndefined();
    expect(failures.slice(0, 30)).toEqual([]);
  }
}
