import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import * as unknownRoute from '@/app/api/[...slug]/route';
import * as gamesRoute from '@/app/api/games/route';
import * as gameRoute from '@/app/api/games/[id]/route';
import * as reservationsRoute from '@/app/api/reservations/route';
import * as menuChatRoute from '@/app/api/menus/chat/route';
import * as postsRoute from '@/app/api/posts/route';
import * as tokensRoute from '@/app/api/tokens/route';
import * as avatarRoute from '@/app/api/users/me/avatar/route';
import * as messagesRoute from '@/app/api/chat/rooms/[id]/messages/route';
import { getDb } from '@/db/client';
import { games, mealPosts, reservations } from '@/db/schema';
import { seoulInstant } from '@/lib/core/seoul-time';
import { createTestPost } from '../support/boards';
import { bearerFor, cookieFor, createUser, PASSWORD } from '../support/factories';
import { call, expectProblem } from '../support/http';
import { imageForm, testImage } from '../support/images';
import { createTestSpace, seoulDateInDays } from '../support/spaces';

describe('text no column can hold', () => {
  it('a lone surrogate or a NUL anywhere in the input is 400 naming the field, before the database (it stored U+FFFD)', async () => {
    const headers = await bearerFor(await createUser());
    const post = (body: unknown) => call(postsRoute.POST, { method: 'POST', path: '/api/posts', headers, unchecked: body });
    const base = { title: '치킨 같이 시켜요', category: '치킨', targetNumber: 4, content: '같이 받아요' };
    expect(expectProblem(await post({ ...base, title: '치킨\uD800' }), 400).errors).toEqual({ title: [expect.stringMatching(/서로게이트/)] });
    expect(Object.keys(expectProblem(await post({ ...base, content: 'a\uDC00b', 'x\u0000': 1 }), 400).errors!).sort()).toEqual(['body', 'content']);
    const nested = call(postsRoute.POST, { method: 'POST', path: '/api/posts', headers, rawBody: '['.repeat(30_000) + ']'.repeat(30_000) });
    expectProblem(await nested, 400);
    expect(await getDb().select().from(mealPosts)).toHaveLength(0);
    // A well-formed pair (an emoji) is fine.
    expect((await post({ ...base, title: '치킨 🍗' })).status).toBe(201);
  });
});

describe('values PostgreSQL refuses', () => {
  it('a NUL byte in text is 400 problem+json, not 500', async () => {
    const me = await createUser();
    const headers = await bearerFor(me);
    expectProblem(await call(menuChatRoute.POST, { method: 'POST', path: '/api/menus/chat', headers, body: { message: '치킨\u0000' } }), 400);
    const post = await createTestPost(me);
    const path = `/api/chat/rooms/${post.chatRoomId}/messages`;
    expectProblem(await call(messagesRoute.POST, { method: 'POST', path, headers, params: { id: String(post.chatRoomId) }, body: { body: 'a\u0000b' } }), 400);
  });
});

/** A chunked body (no Content-Length) of `megabytes` MB, counting how much of it was pulled. */
function endlessBody(megabytes: number, prefix = '') {
  const chunk = new Uint8Array(1024 * 1024).fill(0x20);
  const state = { pulled: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === 0 && prefix) controller.enqueue(new TextEncoder().encode(prefix));
      if (state.pulled >= megabytes) return controller.close();
      state.pulled++;
      controller.enqueue(chunk);
    },
  });
  return { body, state };
}

const streamed = (handler: (req: Request, ctx: never) => Promise<Response>, method: string, path: string, headers: Record<string, string>, body: ReadableStream) =>
  handler(new Request(`http://localhost${path}`, { method, headers, body, duplex: 'half' } as RequestInit), { params: Promise.resolve({}) } as never);

describe('bodies are read with a byte limit', () => {
  it('a 200 MB chunked JSON body is 413 after reading little more than the limit', async () => {
    const { body, state } = endlessBody(200, '{"email":"');
    const res = await streamed(tokensRoute.POST, 'POST', '/api/tokens', { 'content-type': 'application/json' }, body);
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(state.pulled).toBeLessThanOrEqual(2);
  });

  it('a 200 MB chunked multipart upload is 413 after reading little more than the limit', async () => {
    const headers = { ...(await bearerFor(await createUser())), 'content-type': 'multipart/form-data; boundary=x' };
    const { body, state } = endlessBody(200, '--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n');
    const res = await streamed(avatarRoute.PUT, 'PUT', '/api/users/me/avatar', headers, body);
    expect(res.status).toBe(413);
    expect(state.pulled).toBeLessThanOrEqual(12);
  });

  it('a body within the limit still parses', async () => {
    const user = await createUser();
    const res = await call(tokensRoute.POST, { method: 'POST', path: '/api/tokens', body: { email: user.email, password: PASSWORD } });
    expect(res.status).toBe(201);
  });
});

describe('JSON routes take JSON only', () => {
  it('a text/plain, form or untyped body is 415 problem+json and writes nothing', async () => {
    const me = await createUser();
    const headers = await cookieFor(me);
    const path = '/api/menus/chat';
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      expectProblem(await call(menuChatRoute.POST, { method: 'POST', path, rawBody: '{"message":"치킨"}', headers: { ...headers, 'content-type': type } }), 415);
    }
    const untyped = new Request(`http://localhost${path}`, { method: 'POST', headers, body: new Blob(['{"message":"치킨"}']) });
    expect((await menuChatRoute.POST(untyped, { params: Promise.resolve({}) })).status).toBe(415);
    expect((await call(menuChatRoute.GET, { path, headers })).body.messages).toEqual([]);
    const ok = await call(menuChatRoute.POST, { method: 'POST', path, headers: { ...headers, 'content-type': 'application/json; charset=utf-8' }, rawBody: '{"message":"치킨"}' });
    expect(ok.status).toBe(200);
  });
});

describe('image bombs', () => {
  it('an avatar PNG declaring 7000×7000 pixels is 400 with a field error', async () => {
    const png = Buffer.from(await testImage(64, 64));
    png.writeUInt32BE(7000, 16);
    png.writeUInt32BE(7000, 20);
    png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
    const headers = await bearerFor(await createUser());
    const res = await call(avatarRoute.PUT, { method: 'PUT', path: '/api/users/me/avatar', headers, body: imageForm([png], 'file') });
    expect(expectProblem(res, 400).errors?.file?.[0]).toMatch(/4천만 화소/);
  });
});

describe('unknown API paths', () => {
  it('answer problem+json 404 for every method', async () => {
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      expectProblem(await call(unknownRoute[method], { method, path: '/api/nope', params: { slug: 'nope' } }), 404);
    }
  });
});

describe('dates in query strings', () => {
  it('are parsed strictly: a loose guess is 400 with the field named', async () => {
    for (const from of ["zzqx' OR '1'='1", '2001', 'Mon Jun 01 2025']) {
      const res = await call(gamesRoute.GET, { path: `/api/games?from=${encodeURIComponent(from)}` });
      expect(Object.keys(expectProblem(res, 400).errors!)).toEqual(['from']);
    }
    expect((await call(gamesRoute.GET, { path: '/api/games?from=2025-06-01&to=2025-06-01T23:00:00%2B09:00' })).status).toBe(200);
  });
});

describe('dates in bodies', () => {
  const hostile = ["zzqx' OR '1'='1", '2026-02-30', '12/05/2026', '2026-06-01T19:00:00', 1_780_000_000_000];
  const day = seoulDateInDays(5);
  const game = (overrides: Record<string, unknown>) => ({
    sport: 'futsal', title: '날짜 시험', placeName: '용담 풋살장', address: '제주시 용담로 1', neighbourhoodCode: '5011058000',
    startsAt: seoulInstant(day, 19).toISOString(), endsAt: seoulInstant(day, 21).toISOString(), minPlayers: 2, maxPlayers: 10, fee: 0, ...overrides,
  });

  it('game times are parsed strictly: a loose guess is 400 naming the field and creates nothing; YYYY-MM-DD is that Seoul day', async () => {
    const headers = await bearerFor(await createUser());
    const create = (body: unknown) => call(gamesRoute.POST, { method: 'POST', path: '/api/games', headers, unchecked: body });
    for (const field of ['startsAt', 'endsAt', 'recruitUntil']) {
      for (const value of hostile) {
        const res = await create(game({ [field]: value }));
        expect(Object.keys(expectProblem(res, 400).errors!), `${field}=${value}`).toEqual([field]);
      }
    }
    expect(await getDb().select().from(games)).toHaveLength(0);
    const byDay = await create(game({ startsAt: day, endsAt: seoulInstant(day, 2).toISOString() }));
    expect(byDay.status).toBe(201);
    expect(byDay.body.startsAt).toBe(seoulInstant(day, 0).toISOString());
    const edit = await call(gameRoute.PATCH, { method: 'PATCH', headers, params: { id: String(byDay.body.id) }, body: { startsAt: '2026-02-30' } });
    expect(Object.keys(expectProblem(edit, 400).errors!)).toEqual(['startsAt']);
  });

  it('booking times are parsed strictly too', async () => {
    const { space } = await createTestSpace();
    const headers = await bearerFor(await createUser());
    const booker = { spaceId: space.id, people: 1, bookerName: '김이웃', bookerPhone: '010-1234-5678' };
    for (const value of hostile) {
      const res = await call(reservationsRoute.POST, { method: 'POST', path: '/api/reservations', headers, unchecked: { ...booker, startsAt: value, endsAt: seoulInstant(day, 16).toISOString() } });
      expect(Object.keys(expectProblem(res, 400).errors!), String(value)).toEqual(['startsAt']);
    }
    expect(await getDb().select().from(reservations)).toHaveLength(0);
  });
});
