import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as postsRoute from '@/app/api/posts/route';
import * as messagesRoute from '@/app/api/chat/rooms/[id]/messages/route';
import { getDb } from '@/db/client';
import { chatMessages } from '@/db/schema';
import { actionLimits } from '@/lib/accounts/action-limits';
import { createTestPost } from '../support/boards';
import { bearerFor, createUser } from '../support/factories';
import { call, expectProblem } from '../support/http';
import { startSocketServer } from '../support/sockets';

const postBody = (i: number) => ({ title: `같이 시켜요 ${i}`, category: '치킨', targetNumber: 3, content: '저녁 7시 주문' });

describe('per-user rate limits', () => {
  it('meal posts: past the limit 429 with Retry-After and a Korean message, nothing created', async () => {
    const headers = await bearerFor(await createUser());
    for (let i = 0; i < actionLimits.mealPost.points; i++) {
      expect((await call(postsRoute.POST, { method: 'POST', path: '/api/posts', headers, unchecked: postBody(i) })).status).toBe(201);
    }
    const refused = await call(postsRoute.POST, { method: 'POST', path: '/api/posts', headers, unchecked: postBody(99) });
    expect(expectProblem(refused, 429).detail).toMatch(/너무 자주/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Someone else still may.
    expect((await call(postsRoute.POST, { method: 'POST', path: '/api/posts', headers: await bearerFor(await createUser()), unchecked: postBody(1) })).status).toBe(201);
  });

  it('chat: socket and REST sends share one budget per user and room', async () => {
    const sockets = await startSocketServer();
    try {
      const owner = await createUser();
      const post = await createTestPost(owner, { targetNumber: 4 });
      const roomId = post.chatRoomId;
      const headers = await bearerFor(owner);
      const socket = await sockets.client(owner);
      await socket.emitWithAck('room:join', { roomId });
      const budget = actionLimits.chatMessage.points + actionLimits.chatMessage.burst.points;
      for (let i = 0; i < budget; i++) {
        if (i % 2) {
          expect(await socket.emitWithAck('message:send', { roomId, body: `소켓 ${i}`, clientId: `s${i}` })).toMatchObject({ ok: true });
        } else {
          expect((await call(messagesRoute.POST, { method: 'POST', path: '/x', headers, params: { id: String(roomId) }, body: { body: `REST ${i}` } })).status).toBe(201);
        }
      }
      const ack = await socket.emitWithAck('message:send', { roomId, body: '하나 더', clientId: 'late' });
      expect(ack).toMatchObject({ ok: false, status: 429, retryAfterSeconds: expect.any(Number) });
      expect(!ack.ok && ack.error).toMatch(/초 뒤에 다시 보내 주세요/);
      const rest = await call(messagesRoute.POST, { method: 'POST', path: '/x', headers, params: { id: String(roomId) }, body: { body: '하나 더' } });
      expectProblem(rest, 429);
      expect(Number(rest.headers.get('retry-after'))).toBeGreaterThan(0);
      // A refused send stores nothing.
      const stored = await getDb().select({ body: chatMessages.body }).from(chatMessages).where(eq(chatMessages.roomId, roomId));
      expect(stored.filter((m) => m.body === '하나 더')).toEqual([]);
      expect(stored.filter((m) => /^(소켓|REST) /.test(m.body))).toHaveLength(budget);
      // Another room has its own budget.
      const other = await createTestPost(owner, { targetNumber: 4 });
      expect((await call(messagesRoute.POST, { method: 'POST', path: '/x', headers, params: { id: String(other.chatRoomId) }, body: { body: '여기는 돼요' } })).status).toBe(201);
    } finally {
      await sockets.close();
    }
  });
});
