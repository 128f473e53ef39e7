import { describe, expect, it } from 'vitest';
import type { ChatMessageView } from '@/lib/chat/schema';
import { catchUpAfterId, messageReducer, type MessageState } from './message-state';

const message = (id: number, clientId: string | null = null): ChatMessageView => ({
  id,
  roomId: 1,
  body: `메시지 ${id}`,
  kind: 'text',
  user: { id: 7, username: '이웃', isDeleted: false, avatarUrl: null },
  clientId,
  images: [],
  replyTo: null,
  reactions: [],
  mentions: [],
  mentionedUsers: [],
  editedAt: null,
  unreadCount: 0,
  isDeleted: false,
  hiddenAt: null,
  createdAt: new Date(2026, 0, 1, 0, 0, id).toISOString(),
});

const empty: MessageState = { messages: [], pending: [], cursor: null, loadingOlder: false, olderError: null };

describe('the open room’s messages', () => {
  it('a reconnect’s catch-up overlapping the live messages keeps each message once, in order', () => {
    const live = messageReducer(empty, { type: 'merge', messages: [message(3), message(4)] });
    const caughtUp = messageReducer(live, { type: 'merge', messages: [message(1), message(2), message(3), message(4), message(5)] });
    const again = messageReducer(caughtUp, { type: 'merge', messages: [message(5)] });
    expect(again.messages.map((m) => m.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('the confirmed copy of my message settles its pending twin', () => {
    const sending = messageReducer(empty, { type: 'send', pending: { clientId: 'c1', body: '안녕', status: 'sending', createdAt: new Date().toISOString() } });
    const settled = messageReducer(sending, { type: 'merge', messages: [message(9, 'c1')] });
    expect(settled.pending).toEqual([]);
    expect(settled.messages.map((m) => m.id)).toEqual([9]);
  });

  it('a message hidden by moderation leaves the screen; a deleted one shows its placeholder', () => {
    const state = messageReducer(empty, { type: 'merge', messages: [message(1), message(2)] });
    expect(messageReducer(state, { type: 'hidden', messageId: 1 }).messages.map((m) => m.id)).toEqual([2]);
    expect(messageReducer(state, { type: 'deleted', messageId: 2 }).messages[1]).toMatchObject({ id: 2, isDeleted: true });
  });
});

describe('a reconnect’s resync of the newest page', () => {
  const withReaction = (m: ChatMessageView): ChatMessageView => ({ ...m, reactions: [{ emoji: '👍', count: 1, mine: false }] });

  it('brings what changed on screen meanwhile, drops what was hidden, and keeps what lies outside the page', () => {
    const state = messageReducer(empty, { type: 'merge', messages: [1, 2, 3, 4, 5, 6].map((id) => message(id)) });
    // The page covers 3..5 (6 arrived live after it was read); 4 was hidden, 5 got a reaction and 3 was deleted.
    const page = [{ ...message(3), isDeleted: true }, withReaction(message(5))];
    const after = messageReducer(state, { type: 'resync', messages: page });
    expect(after.messages.map((m) => m.id)).toEqual([1, 2, 3, 5, 6]);
    expect(after.messages.find((m) => m.id === 3)?.isDeleted).toBe(true);
    expect(after.messages.find((m) => m.id === 5)?.reactions).toEqual([{ emoji: '👍', count: 1, mine: false }]);
  });

  it('never raises a read count, settles my pending twin, and an empty page changes nothing', () => {
    const read = messageReducer(empty, { type: 'merge', messages: [{ ...message(1), unreadCount: 0 }] });
    const sending = messageReducer(read, { type: 'send', pending: { clientId: 'c2', body: '안녕', status: 'sending', createdAt: new Date().toISOString() } });
    const after = messageReducer(sending, { type: 'resync', messages: [{ ...message(1), unreadCount: 2 }, message(2, 'c2')] });
    expect(after.messages.map((m) => [m.id, m.unreadCount])).toEqual([
      [1, 0],
      [2, 0],
    ]);
    expect(after.pending).toEqual([]);
    expect(messageReducer(sending, { type: 'resync', messages: [] })).toBe(sending);
  });
});

describe('a reconnect’s catch-up', () => {
  const at = (id: number, second: number): ChatMessageView => ({ ...message(id), createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString() });

  it('starts a few seconds before the newest message, so one that committed late is not skipped', () => {
    expect(catchUpAfterId([at(1, 0), at(2, 10), at(3, 20), at(5, 23), at(4, 24)].sort((a, b) => a.id - b.id))).toBe(2);
    expect(catchUpAfterId([at(7, 0), at(8, 1)])).toBe(6);
    expect(catchUpAfterId([])).toBe(0);
  });
});

describe('read counts', () => {
  it('fall by one for each member reading past a message (not for their own), and a later copy never raises them', () => {
    const withCount = (id: number, userId: number, unreadCount: number): ChatMessageView => ({ ...message(id), user: { id: userId, username: 'x', isDeleted: false, avatarUrl: null }, unreadCount });
    let state: MessageState = { messages: [withCount(1, 7, 2), withCount(2, 8, 2), withCount(3, 7, 2)], pending: [], cursor: null, loadingOlder: false, olderError: null };
    state = messageReducer(state, { type: 'read', userId: 8, from: 0, to: 2 });
    expect(state.messages.map((m) => m.unreadCount)).toEqual([1, 2, 2]);
    state = messageReducer(state, { type: 'merge', messages: [withCount(1, 7, 2)] });
    expect(state.messages[0]!.unreadCount).toBe(1);
  });
});
