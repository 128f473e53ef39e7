import { expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { listNotifications } from '@/lib/notifications/queries';
import { createTestPost } from '@/tests/support/boards';
import { createUser } from '@/tests/support/factories';
import { joinRoom as join } from './mutations';

const titles = async (userId: number) =>
  (await listNotifications(getDb(), userId, { page: 1, size: 20 })).items.map((n) => `${n.type}:${n.title}:${n.link}`);

it('the author hears of each neighbour joining, and everyone hears when the last seat is taken', async () => {
  const author = await createUser({ username: '글쓴이' });
  const post = await createTestPost(author, { targetNumber: 3 });
  const [b, c] = [await createUser({ username: '둘째' }), await createUser({ username: '셋째' })];

  await join(getDb(), b, post.chatRoomId);
  expect(await titles(author.id)).toHaveLength(1);
  expect(await titles(b.id)).toEqual([]);

  await join(getDb(), c, post.chatRoomId);
  const link = `/posts/${post.id}`;
  expect(await titles(author.id)).toEqual([
    `post_full:같이 주문 인원이 다 모였어요:${link}`,
    `post_joined:셋째님이 같이 주문에 참여했어요:${link}`,
    `post_joined:둘째님이 같이 주문에 참여했어요:${link}`,
  ]);
  expect(await titles(b.id)).toEqual([`post_full:같이 주문 인원이 다 모였어요:${link}`]);
  expect(await titles(c.id)).toEqual([`post_full:같이 주문 인원이 다 모였어요:${link}`]);
});

it('joining a room one is already in notifies nobody', async () => {
  const author = await createUser();
  const post = await createTestPost(author);
  const b = await createUser();
  await join(getDb(), b, post.chatRoomId);
  const again = await join(getDb(), b, post.chatRoomId);
  expect(again.joined).toBe(false);
  expect(await titles(author.id)).toHaveLength(1);
});
