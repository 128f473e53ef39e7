import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import * as commentsRoute from '@/app/api/community/posts/[id]/comments/route';
import * as paymentCancelRoute from '@/app/api/payments/[id]/cancel/route';
import * as reportsRoute from '@/app/api/reports/route';
import { getDb } from '@/db/client';
import { presences } from '@/db/schema';
import { joinRoom, sendMessage } from '@/lib/chat/mutations';
import { seoulInstant } from '@/lib/core/seoul-time';
import { flushEvents } from '@/lib/events/dispatcher';
import { addFriend, expireStalePresence } from '@/lib/friends/mutations';
import { listNotifications } from '@/lib/notifications/queries';
import { createTestPost } from '../support/boards';
import { createCommunityPost } from '../support/community';
import { bearerFor, createUser } from '../support/factories';
import { call } from '../support/http';
import { createPaidReservation } from '../support/reservations';
import { next, silence, socketServerPerTest } from '../support/sockets';
import { createTestSpace } from '../support/spaces';

/** What users saw go wrong before the outbox: each effect now reaches open screens however the change was made. */
const sockets = socketServerPerTest();

it('a refund made through POST /api/payments/{id}/cancel pushes the host its notice live', async () => {
  const { host, space } = await createTestSpace(undefined, { title: '용담 스터디룸' });
  const guest = await createUser();
  const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  const booking = await createPaidReservation(guest, space.id, seoulInstant(day, 14), seoulInstant(day, 16), new Date());
  // The booking's own notice goes out first: the host's next notice must be the cancellation's.
  await flushEvents();
  const hostSocket = await sockets.client(host);
  const notice = next(hostSocket, 'notification:new');
  const res = await call(paymentCancelRoute.POST, { method: 'POST', headers: await bearerFor(guest), params: { id: String(booking.paymentId) }, body: { reason: '일정 변경' } });
  expect(res.status).toBe(200);
  expect(await notice).toMatchObject({ type: 'reservation_cancelled', title: '예약자가 예약을 취소했어요' });
});

it('a message hidden by reports disappears from open chat screens (message:hidden)', async () => {
  const author = await createUser();
  const post = await createTestPost(author);
  const reader = await createUser();
  await joinRoom(getDb(), reader, post.chatRoomId);
  const socket = await sockets.client(reader);
  expect(await socket.emitWithAck('room:join', { roomId: post.chatRoomId })).toMatchObject({ ok: true });
  const { message } = await sendMessage(getDb(), author, post.chatRoomId, { body: '광고 메시지' });
  const hidden = next(socket, 'message:hidden');
  for (let i = 0; i < 3; i++) {
    const reporter = await createUser();
    const res = await call(reportsRoute.POST, { method: 'POST', headers: await bearerFor(reporter), body: { targetType: 'message', targetId: message.id, reason: 'spam' } });
    expect(res.status).toBe(201);
  }
  expect(await hidden).toEqual({ roomId: post.chatRoomId, messageId: message.id });
});

it('a new comment or reply appears live on the open 동네생활 post and notifies the post\'s author or the comment\'s author (never oneself)', async () => {
  const author = await createUser();
  const post = await createCommunityPost(author);
  const reader = await sockets.client(await createUser());
  expect(await reader.timeout(5000).emitWithAck('community:watch', { postId: post.id })).toMatchObject({ ok: true });
  const commenter = await createUser({ username: '댓글러' });
  const live = next(reader, 'community:comment');
  const res = await call(commentsRoute.POST, { method: 'POST', headers: await bearerFor(commenter), params: { id: String(post.id) }, body: { content: '저도 가 볼게요' } });
  expect(res.status).toBe(201);
  expect(await live).toMatchObject({ id: res.body.id, postId: post.id, content: '저도 가 볼게요', author: { id: commenter.id } });
  const notices = await listNotifications(getDb(), author.id, { page: 1, size: 10 });
  expect(notices.items.map((n) => [n.type, n.title, n.link])).toEqual([['community_comment', '댓글러님이 댓글을 남겼어요', `/community/${post.id}`]]);

  // The post's author replies: the reply travels the same live event, and the commenter hears of it.
  const liveReply = next(reader, 'community:comment');
  await call(commentsRoute.POST, { method: 'POST', headers: await bearerFor(author), params: { id: String(post.id) }, body: { content: '감사해요', parentId: res.body.id } });
  expect(await liveReply).toMatchObject({ postId: post.id, parentId: res.body.id, content: '감사해요' });
  expect((await listNotifications(getDb(), author.id, { page: 1, size: 10 })).items).toHaveLength(1);
  expect((await listNotifications(getDb(), commenter.id, { page: 1, size: 10 })).items.map((n) => n.type)).toEqual(['community_reply']);
});

it('users of a process that died without closing its sockets go offline when their heartbeat expires', async () => {
  const [user, friend] = [await createUser(), await createUser()];
  await addFriend(getDb(), friend, { userId: user.id });
  const watcher = await sockets.client(friend);
  // The dead process had marked the user online and stopped beating 40 s ago.
  const beat = new Date(Date.now() - 40_000);
  await getDb().insert(presences).values({ userId: user.id, onlineSince: beat, heartbeatAt: beat });
  const quiet = silence(watcher, 'presence:changed');
  expect(await expireStalePresence(getDb(), new Date(Date.now() - 15_000))).toBe(0);
  await quiet;
  const offline = next(watcher, 'presence:changed');
  expect(await expireStalePresence(getDb(), new Date())).toBe(1);
  expect(await offline).toEqual({ userId: user.id, online: false, lastSeenAt: beat.toISOString() });
  const [row] = await getDb().select().from(presences).where(eq(presences.userId, user.id));
  expect(row).toMatchObject({ onlineSince: null, lastSeenAt: beat });
});
