'use client';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { useSocketContext } from '@/components/realtime/socket-provider';
import { useRoomSubscription } from '@/components/realtime/use-room-subscription';
import { useSocketEvent } from '@/components/realtime/use-socket-event';
import { deleteMessageEndpoint, listMessagesEndpoint, sendMessageEndpoint } from '@/lib/chat/endpoints';
import type { ChatMessageView } from '@/lib/chat/schema';
import { ApiError, callEndpoint } from '@/lib/http/client';
import { catchUpAfterId, messageReducer, type MessageState } from './message-state';

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
  { onJoinError }: { onJoinError: (error: { error: string; status: number }) => void },
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

  useRoomSubscription(roomId, {
    afterId: () => catchUpFromRef.current,
    onJoined: (missed, hasMore) => {
      dispatch({ type: 'merge', messages: missed });
      if (hasMore) void catchUp(missed.at(-1)?.id ?? lastIdRef.current ?? 0);
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

  /** Socket when connected (its ack carries the stored message), HTTP otherwise; both dedupe by clientId. */
  const deliver = useCallback(
    async (clientId: string, body: string) => {
      try {
        let message: ChatMessageView;
        if (socket?.connected) {
          const result = await socket.timeout(10_000).emitWithAck('message:send', { roomId, body, clientId });
          if (!result.ok) throw new SendError(result.error, result.status);
          message = result.message;
        } else {
          message = await callEndpoint(sendMessageEndpoint, { params: { id: roomId }, body: { body, clientId } });
        }
        dispatch({ type: 'merge', messages: [message] });
      } catch (error) {
        const text = error instanceof ApiError || error instanceof SendError ? error.message : '응답이 없어 보내지 못했어요.';
        dispatch({ type: 'fail', clientId, error: text });
      }
    },
    [roomId, socket],
  );

  const send = useCallback(
    (body: string) => {
      const clientId = newClientId();
      dispatch({ type: 'send', pending: { clientId, body, status: 'sending', createdAt: new Date().toISOString() } });
      void deliver(clientId, body);
    },
    [deliver],
  );

  const retry = useCallback(
    (clientId: string) => {
      const pending = state.pending.find((p) => p.clientId === clientId);
      if (!pending) return;
      dispatch({ type: 'retry', clientId });
      void deliver(clientId, pending.body);
    },
    [deliver, state.pending],
  );

  const discard = useCallback((clientId: string) => dispatch({ type: 'discard', clientId }), []);

  return { ...state, loadOlder, send, retry, discard, remove };
}
