import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import * as friendsRoute from '@/app/api/friends/route';
import { getDb } from '@/db/client';
import { notifications, type User } from '@/db/schema';
import { openDirectRoom } from '@/lib/chat/direct';
import { sendMessage } from '@/lib/chat/mutations';
import { bearerFor, createUser } from '../support/factories';
import { call } from '../support/http';

const noticesOf = async (user: User) => getDb().select().from(notifications).where(eq(notifications.userId, user.id)).orderBy(notifications.id);

it('adding someone as a friend tells them who did (once)', async () => {
  const [me, friend] = [await createUser(), await createUser()];
  const add = async () => call(friendsRoute.POST, { method: 'POST', path: '/api/friends', headers: await bearerFor(me), body: { email: friend.email } });
  expect((await add()).status).toBe(201);
  expect((await add()).status).toBe(409);
  expect((await noticesOf(friend)).map((n) => ({ type: n.type, title: n.title, link: n.link }))).toEqual([
    { type: 'friend_added', title: `${me.username}님이 나를 친구로 추가했어요`, link: `/users/${me.id}` },
  ]);
  expect(await noticesOf(me)).toEqual([]);
});

it('a first direct message is a notice once per sender; later messages and replies are not', async () => {
  const [me, peer] = [await createUser(), await createUser()];
  const { room } = await openDirectRoom(getDb(), me, peer.id);
  await sendMessage(getDb(), me, room.id, { body: '처음 인사드려요' });
  await sendMessage(getDb(), me, room.id, { body: '두 번째' });
  expect((await noticesOf(peer)).map((n) => ({ type: n.type, title: n.title, body: n.body, link: n.link }))).toEqual([
    { type: 'direct_first_message', title: `${me.username}님이 메시지를 보냈어요`, body: '처음 인사드려요', link: `/chat/${room.id}` },
  ]);
  await sendMessage(getDb(), peer, room.id, { body: '반가워요' });
  await sendMessage(getDb(), peer, room.id, { body: '또 봬요' });
  expect((await noticesOf(me)).map((n) => n.type)).toEqual(['direct_first_message']);
});
