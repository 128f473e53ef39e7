import { DELETED_MESSAGE_BODY } from '@/lib/chat/deleted';
import type { ChatMessageView, MessageUpdate, ReactionCount } from '@/lib/chat/schema';

/**
 * A message of mine the server hasn't confirmed yet; a retry sends the same clientId again. A
 * photo message carries its files and how much of them has gone up (0..1).
 */
export type PendingMessage = {
  clientId: string;
  body: string;
  status: 'sending' | 'failed';
  error?: string;
  createdAt: string;
  replyToId?: number;
  files?: File[];
  progress?: number;
};

export type MessageState = {
  /** Confirmed messages, oldest first, unique by id. */
  messages: ChatMessageView[];
  pending: PendingMessage[];
  /** `before` for the next older page; null when the start of the room is loaded. */
  cursor: number | null;
  loadingOlder: boolean;
  olderError: string | null;
};

export type MessageAction =
  | { type: 'merge'; messages: ChatMessageView[] }
  /** The newest page as the server has it now, fetched after a reconnect. */
  | { type: 'resync'; messages: ChatMessageView[] }
  | { type: 'older:start' }
  | { type: 'older:done'; messages: ChatMessageView[]; cursor: number | null }
  | { type: 'older:fail'; error: string }
  | { type: 'send'; pending: PendingMessage }
  | { type: 'retry'; clientId: string }
  | { type: 'fail'; clientId: string; error: string }
  | { type: 'discard'; clientId: string }
  | { type: 'deleted'; messageId: number }
  | { type: 'hidden'; messageId: number }
  | { type: 'progress'; clientId: string; progress: number }
  | { type: 'updated'; update: MessageUpdate }
  | { type: 'reactions'; messageId: number; reactions: ReactionCount[] }
  /** A member read from `from` (exclusive) to `to`: those messages have one reader more. */
  | { type: 'read'; userId: number; from: number; to: number };

/**
 * Later copies win, except that a message's unread count only ever falls: a copy written before
 * some reads (the send's ack, a broadcast) must not undo them.
 */
function mergeById(a: ChatMessageView[], b: ChatMessageView[]) {
  const byId = new Map<number, ChatMessageView>();
  for (const m of a) byId.set(m.id, m);
  for (const m of b) {
    const known = byId.get(m.id);
    byId.set(m.id, known ? { ...m, unreadCount: Math.min(known.unreadCount, m.unreadCount) } : m);
  }
  return [...byId.values()].sort((x, y) => x.id - y.id);
}

export function messageReducer(state: MessageState, action: MessageAction): MessageState {
  switch (action.type) {
    case 'merge': {
      if (!action.messages.length) return state;
      // A confirmed copy (from the ack, the broadcast or a resync) settles its pending twin.
      const confirmed = new Set(action.messages.map((m) => m.clientId).filter(Boolean));
      return {
        ...state,
        messages: mergeById(state.messages, action.messages),
        pending: state.pending.filter((p) => !confirmed.has(p.clientId)),
      };
    }
    case 'resync': {
      // What changed on screen while offline: later copies bring reactions, edits and deletions,
      // and a message of the page's range that the page lacks was hidden meanwhile.
      const first = action.messages[0]?.id;
      const last = action.messages.at(-1)?.id;
      if (first === undefined || last === undefined) return state;
      const fresh = new Set(action.messages.map((m) => m.id));
      const kept = state.messages.filter((m) => m.id < first || m.id > last || fresh.has(m.id));
      return messageReducer({ ...state, messages: kept }, { type: 'merge', messages: action.messages });
    }
    case 'older:start':
      return { ...state, loadingOlder: true, olderError: null };
    case 'older:done':
      return { ...state, loadingOlder: false, cursor: action.cursor, messages: mergeById(action.messages, state.messages) };
    case 'older:fail':
      return { ...state, loadingOlder: false, olderError: action.error };
    case 'send':
      return { ...state, pending: [...state.pending, action.pending] };
    case 'retry':
      return { ...state, pending: state.pending.map((p) => (p.clientId === action.clientId ? { ...p, status: 'sending', error: undefined } : p)) };
    case 'fail':
      return { ...state, pending: state.pending.map((p) => (p.clientId === action.clientId ? { ...p, status: 'failed', error: action.error } : p)) };
    case 'discard':
      return { ...state, pending: state.pending.filter((p) => p.clientId !== action.clientId) };
    case 'deleted':
      return {
        ...state,
        messages: state.messages.map((m) => (m.id === action.messageId ? { ...m, body: DELETED_MESSAGE_BODY, isDeleted: true } : m)),
      };
    case 'hidden':
      // Moderation hid it: it leaves open screens (its author sees it marked on the next load).
      return { ...state, messages: state.messages.filter((m) => m.id !== action.messageId) };
    case 'progress':
      return { ...state, pending: state.pending.map((p) => (p.clientId === action.clientId ? { ...p, progress: action.progress } : p)) };
    case 'updated': {
      const { messageId, body, mentions, mentionedUsers, editedAt } = action.update;
      return { ...state, messages: state.messages.map((m) => (m.id === messageId ? { ...m, body, mentions, mentionedUsers, editedAt } : m)) };
    }
    case 'reactions':
      return { ...state, messages: state.messages.map((m) => (m.id === action.messageId ? { ...m, reactions: action.reactions } : m)) };
    case 'read': {
      const { userId, from, to } = action;
      const reads = (m: ChatMessageView) => m.id > from && m.id <= to && m.user?.id !== userId && m.unreadCount > 0;
      return { ...state, messages: state.messages.map((m) => (reads(m) ? { ...m, unreadCount: m.unreadCount - 1 } : m)) };
    }
  }
}

/** How much earlier than the newest message a reconnect asks again for (see `catchUpAfterId`). */
const CATCH_UP_OVERLAP_MS = 5000;

/**
 * Where a reconnect's catch-up starts. Ids are taken at insert but transactions commit in another
 * order, so the newest message seen may have overtaken one that committed while the socket was
 * away: ask again from the last message created a few seconds before the newest one (the merge
 * drops what is already here).
 */
export function catchUpAfterId(messages: ChatMessageView[]): number {
  const newest = messages.at(-1);
  if (!newest) return 0;
  const horizon = Date.parse(newest.createdAt) - CATCH_UP_OVERLAP_MS;
  for (let i = messages.length - 1; i >= 0; i--) if (Date.parse(messages[i]!.createdAt) < horizon) return messages[i]!.id;
  return messages[0]!.id - 1;
}
