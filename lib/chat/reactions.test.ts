import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { chatMessages, chatReactions } from '@/db/schema';
import { blockUser } from '@/lib/friends/mutations';
import { createTestPost } from '@/tests/support/boards';
import { recordedEvents } from '@/tests/support/events';
import { createUser } from '@/tests/support/factories';
import { openDirectRoom } from './direct';
import { deleteMessage, joinRoom, sendMessage } from './mutations';
import { listMessages } from './queries';
import { setReaction } from './reactions';

const reactionsOn = async (messageId: number) => getDb().select().from(chatReactions).where(eq(chatReactions.messageId, messageId));

async function roomWithMessage() {
  const owner = await createUser();
  const guest = await createUser();
  const post = await createTestPost(owner, { targetNumber: 4 });
  await joinRoom(getDb(), guest, post.chatRoomId);
  const { message } = await sendMessage(getDb(), owner, post.chatRoomId, { body: '내일 족구 하실 분' });
  return { owner, guest, roomId: post.chatRoomId, message };
}

describe('a reaction, one statement that checks who may react', () => {
  it('reaches the room with its id and counts; an outsider or a message that does not exist is 404 and writes nothing', async () => {
    const { guest, roomId, message } = await roomWithMessage();
    expect(await setReaction(getDb(), guest, message.id, '👍', true)).toEqual({ roomId, messageId: message.id, reactions: [{ emoji: '👍', count: 1, mine: true }] });
    const [event] = await recordedEvents('message:reactions');
    expect(event).toEqual({ payload: { roomId, messageId: message.id, reactions: [{ emoji: '👍', count: 1, userIds: [guest.id] }] }, audience: { chatRooms: [roomId] } });
    const outsider = await createUser();
    await expect(setReaction(getDb(), outsider, message.id, '❤️', true)).rejects.toMatchObject({ code: 'not_found' });
    await expect(setReaction(getDb(), outsider, message.id, '👍', false)).rejects.toMatchObject({ code: 'not_found' });
    await expect(setReaction(getDb(), guest, 999_999, '👍', true)).rejects.toMatchObject({ code: 'not_found' });
    expect(await reactionsOn(message.id)).toHaveLength(1);
    expect(await recordedEvents('message:reactions')).toHaveLength(1);
  });

  it('a system or deleted message takes none (409); a hidden one only its author sees (404 for the rest)', async () => {
    const { owner, guest, roomId, message } = await roomWithMessage();
    const system = (await listMessages(getDb(), roomId, owner.id, { limit: 10 })).items.find((m) => m.kind === 'system')!;
    await expect(setReaction(getDb(), guest, system.id, '👍', true)).rejects.toMatchObject({ code: 'conflict' });
    await getDb().update(chatMessages).set({ hiddenAt: new Date() }).where(eq(chatMessages.id, message.id));
    await expect(setReaction(getDb(), guest, message.id, '👍', true)).rejects.toMatchObject({ code: 'not_found' });
    expect((await setReaction(getDb(), owner, message.id, '😂', true)).reactions).toEqual([{ emoji: '😂', count: 1, mine: true }]);
    await deleteMessage(getDb(), owner, roomId, message.id);
    await expect(setReaction(getDb(), owner, message.id, '😂', false)).rejects.toMatchObject({ code: 'conflict' });
    expect(await reactionsOn(message.id)).toHaveLength(1);
  });

  it('in a direct room reaches both people, and not someone the other person blocked (403)', async () => {
    const a = await createUser();
    const b = await createUser();
    const { room } = await openDirectRoom(getDb(), a, b.id);
    const { message } = await sendMessage(getDb(), a, room.id, { body: '안녕하세요' });
    await setReaction(getDb(), b, message.id, '❤️', true);
    const [event] = await recordedEvents('message:reactions');
    expect(event!.payload).toMatchObject({ roomId: room.id, messageId: message.id });
    expect(event!.audience).toEqual({ chatRooms: [room.id], users: [Math.min(a.id, b.id), Math.max(a.id, b.id)] });
    await blockUser(getDb(), a, b.id);
    await expect(setReaction(getDb(), b, message.id, '👍', true)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await reactionsOn(message.id)).toHaveLength(1);
  });
});
