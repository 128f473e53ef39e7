'use client';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { useSocketContext } from '@/components/realtime/socket-provider';
import { useRoomSubscription } from '@/components/realtime/use-room-subscription';
import { useSocketEvent } from '@/components/realtime/use-socket-event';
import type { ChatReactionEmoji } from '@/db/constants/chat';
import { addReactionEndpoint, deleteMessageEndpoint, editMessageEndpoint, listMessagesEndpoint, removeReactionEndpoint, sendImagesEndpoint, sendMessageEndpoint } from '@/lib/http/routes';
import type { ChatMessageView } from '@/lib/chat/schema';
import { ApiError, callEndpoint, uploadToEndpoint } from '@/lib/http/client';
import { catchUpAfterId, messageReducer, type MessageState, type PendingMessage } from './message-state';

export type HistoryPage = { items: ChatMessageView[]; nextCursor: number | null };
const PAGE = 50;

class SendError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** A fresh id per message; the fallback covers old browsers without crypto.randomUUID. */
const newClientId = () =>
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/**
 * The messages of one room: the server-rendered page, older pages on demand, live
 * `message:new`, whatever was missed while offline (room:join with afterId on every connect),
 * and my own sends, optimistic until confirmed. Chat history is an append-mostly log that
 * several sources write into, so it lives in a reducer rather than in the query cache.
 */
export function useChatMessages(
  roomId: number,
  initial: HistoryPage,
  { onJoinError, viewerId }: { onJoinError: (error: { error: string; status: number }) => void; viewerId: number },
) {
  const { socket } = useSocketContext();
  const [state, dispatch] = useReducer(messageReducer, undefined, (): MessageState => ({
    messages: initial.items,
    pending: [],
    cursor: initial.nextCursor,
    loadingOlder: false,
    olderError: null,
  }));

  const lastId = state.messages.at(-1)?.id;
  const lastIdRef = useRef(lastId);
  const catchUpFromRef = useRef(catchUpAfterId(state.messages));
  useEffect(() => {
    lastIdRef.current = lastId;
    catchUpFromRef.current = catchUpAfterId(state.messages);
  }, [lastId, state.messages]);

  /** More was missed than room:join carries: page forwards over HTTP until nothing is left. */
  const catchUp = useCallback(
    async (after: number) => {
      for (let cursor: number | null = after; cursor !== null; ) {
        const page: HistoryPage = await callEndpoint(listMessagesEndpoint, { params: { id: roomId }, query: { after: cursor, limit: 100 } }).catch(() => ({ items: [], nextCursor: null }));
        dispatch({ type: 'merge', messages: page.items });
        cursor = page.nextCursor;
      }
    },
    [roomId],
  );

  /**
   * After a reconnect, the newest page again: the server keeps no replay of what it broadcast, so
   * reactions, edits, deletions and read counts of the messages on screen are fetched (older
   * pages refresh when loaded again). A failure keeps the screen as it is.
   */
  const joinedRef = useRef(false);
  const resync = useCallback(async () => {
    const page: HistoryPage | null = await callEndpoint(listMessagesEndpoint, { params: { id: roomId }, query: { limit: PAGE } }).catch(() => null);
    if (page) dispatch({ type: 'resync', messages: page.items });
  }, [roomId]);

  useRoomSubscription(roomId, {
    afterId: () => catchUpFromRef.current,
    onJoined: (missed, hasMore) => {
      dispatch({ type: 'merge', messages: missed });
      if (hasMore) void catchUp(missed.at(-1)?.id ?? lastIdRef.current ?? 0);
      if (joinedRef.current) void resync();
      joinedRef.current = true;
    },
    onError: onJoinError,
  });
  useSocketEvent('message:new', (message) => {
    if (message.roomId === roomId) dispatch({ type: 'merge', messages: [message] });
  });
  useSocketEvent('message:deleted', (e) => {
    if (e.roomId === roomId) dispatch({ type: 'deleted', messageId: e.messageId });
  });
  useSocketEvent('message:hidden', (e) => {
    if (e.roomId === roomId) dispatch({ type: 'hidden', messageId: e.messageId });
  });
  useSocketEvent('message:updated', (update) => {
    if (update.roomId === roomId) dispatch({ type: 'updated', update });
  });
  useSocketEvent('message:reactions', (e) => {
    if (e.roomId !== roomId) return;
    const reactions = e.reactions.map((r) => ({ emoji: r.emoji as ChatReactionEmoji, count: r.count, mine: r.userIds.includes(viewerId) }));
    dispatch({ type: 'reactions', messageId: e.messageId, reactions });
  });
  // Members read further: the KakaoTalk numbers of the messages in between drop by one each.
  useSocketEvent('room:reads', (e) => {
    if (e.roomId !== roomId) return;
    for (const read of e.reads) dispatch({ type: 'read', userId: read.userId, from: read.previousReadMessageId, to: read.lastReadMessageId });
  });

  /** Edits my message (within 15 minutes); everyone else hears `message:updated`. */
  const edit = useCallback(
    async (messageId: number, body: string) => {
      const message = await callEndpoint(editMessageEndpoint, { params: { id: messageId }, body: { body } });
      dispatch({ type: 'merge', messages: [message] });
    },
    [],
  );

  /** Adds or takes back my reaction; the answer (or the broadcast) carries the counts. */
  const react = useCallback(
    async (messageId: number, emoji: ChatReactionEmoji, on: boolean) => {
      if (on) {
        const state = await callEndpoint(addReactionEndpoint, { params: { id: messageId, emoji } });
        dispatch({ type: 'reactions', messageId, reactions: state.reactions });
      } else {
        await callEndpoint(removeReactionEndpoint, { params: { id: messageId, emoji } });
      }
    },
    [],
  );

  /** Deletes my message over HTTP; the placeholder shows at once, the event tells everyone else. */
  const remove = useCallback(
    async (messageId: number) => {
      await callEndpoint(deleteMessageEndpoint, { params: { id: roomId, messageId } });
      dispatch({ type: 'deleted', messageId });
    },
    [roomId],
  );

  // Scroll events fire faster than state updates: one request per cursor at a time.
  const olderInFlight = useRef(false);
  const loadOlder = useCallback(async () => {
    if (state.cursor === null || olderInFlight.current) return;
    olderInFlight.current = true;
    dispatch({ type: 'older:start' });
    try {
      const page = await callEndpoint(listMessagesEndpoint, { params: { id: roomId }, query: { before: state.cursor, limit: PAGE } });
      dispatch({ type: 'older:done', messages: page.items, cursor: page.nextCursor });
    } catch (error) {
      dispatch({ type: 'older:fail', error: error instanceof ApiError ? error.message : '이전 메시지를 불러오지 못했습니다.' });
    } finally {
      olderInFlight.current = false;
    }
  }, [roomId, state.cursor]);

  /**
   * Socket when connected (its ack carries the stored message), HTTP otherwise; both dedupe by
   * clientId. Photos always go over HTTP (multipart, with progress).
   */
  const deliver = useCallback(
    async ({ clientId, body, replyToId, files }: PendingMessage) => {
      try {
        let message: ChatMessageView;
        if (files) {
          const onProgress = (progress: number) => dispatch({ type: 'progress', clientId, progress });
          message = await uploadToEndpoint(sendImagesEndpoint, { params: { id: roomId }, query: { clientId }, files, onProgress });
        } else if (socket?.connected) {
          const result = await socket.timeout(10_000).emitWithAck('message:send', { roomId, body, clientId, replyToId });
          if (!result.ok) throw new SendError(result.error, result.status);
          message = result.message;
        } else {
          message = await callEndpoint(sendMessageEndpoint, { params: { id: roomId }, body: { body, clientId, replyToId } });
        }
        dispatch({ type: 'merge', messages: [message] });
      } catch (error) {
        const text = error instanceof ApiError || error instanceof SendError ? error.message : '응답이 없어 보내지 못했어요.';
        dispatch({ type: 'fail', clientId, error: text });
      }
    },
    [roomId, socket],
  );

  /** A text message (`replyToId` answers one), or photos when `files` are given. */
  const send = useCallback(
    (body: string, { replyToId, files }: { replyToId?: number; files?: File[] } = {}) => {
      const pending: PendingMessage = { clientId: newClientId(), body, replyToId, files, status: 'sending', createdAt: new Date().toISOString(), progress: files ? 0 : undefined };
      dispatch({ type: 'send', pending });
      void deliver(pending);
    },
    [deliver],
  );

  const retry = useCallback(
    (clientId: string) => {
      const pending = state.pending.find((p) => p.clientId === clientId);
      if (!pending) return;
      dispatch({ type: 'retry', clientId });
      void deliver(pending);
    },
    [deliver, state.pending],
  );

  /**
   * Brings an older message into the list (a reply's quote, a search result): pages back until it
   * is there, at most 20 pages; true when it is.
   */
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  const loadUntil = useCallback(
    async (messageId: number) => {
      for (let i = 0; i < 20; i++) {
        const { messages, cursor } = stateRef.current;
        if (messages.some((m) => m.id === messageId)) return true;
        if (cursor === null) return false;
        const page = await callEndpoint(listMessagesEndpoint, { params: { id: roomId }, query: { before: cursor, limit: 100 } });
        dispatch({ type: 'older:done', messages: page.items, cursor: page.nextCursor });
        stateRef.current = { ...stateRef.current, messages: [...page.items, ...stateRef.current.messages], cursor: page.nextCursor };
      }
      return stateRef.current.messages.some((m) => m.id === messageId);
    },
    [roomId],
  );

  const discard = useCallback((clientId: string) => dispatch({ type: 'discard', clientId }), []);

  return { ...state, loadOlder, send, retry, discard, remove, edit, react, loadUntil };
}
