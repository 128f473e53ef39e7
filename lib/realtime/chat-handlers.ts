import type { Socket } from 'socket.io';
import type { Db } from '@/db/client';
import { toUserRef } from '@/lib/accounts/user-ref';
import { activeUserForRequest } from '@/lib/auth/user-cache';
import { markRead, sendMessage } from '@/lib/chat/mutations';
import { listMessages, requireMember } from '@/lib/chat/queries';
import { messageBody } from '@/lib/chat/schema';
import { DomainError } from '@/lib/core/domain-error';
import { flushEvents } from '@/lib/events/dispatcher';
import { countingEvents } from '@/lib/events/record';
import { z } from '@/lib/core/zod';
import { describeError } from '@/lib/http/error-map';
import { assertNotSuspended } from '@/lib/moderation/policy';
import type { AckResult, ClientToServerEvents, ServerToClientEvents, SocketData } from './events';
import { chatRoom } from './io';
import { userOfSocket } from './socket-identity';

export type ChatSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const roomId = z.number().int().positive().max(2_147_483_647);
const schemas = {
  join: z.object({ roomId, afterId: z.number().int().min(0).optional() }),
  room: z.object({ roomId }),
  send: messageBody.extend({ roomId }),
  read: z.object({ roomId, messageId: z.number().int().positive() }),
};

/**
 * Runs a handler and answers its ack: payloads are parsed with zod, failures become { ok: false }.
 * A handler that recorded events wakes this process's dispatcher once it has finished (its
 * statements have committed), as the HTTP wrapper does; the ack does not wait for the delivery.
 */
export function acked<S extends z.ZodType, T extends object>(
  socket: ChatSocket,
  schema: S,
  run: (payload: z.output<S>) => Promise<T>,
) {
  return async (payload: unknown, ack?: (result: AckResult<T>) => void) => {
    const reply = typeof ack === 'function' ? ack : () => {};
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return reply({ ok: false, error: '잘못된 요청입니다.', status: 400 });
    const recorded = { count: 0 };
    try {
      reply({ ok: true, ...(await countingEvents(recorded, () => run(parsed.data))) });
    } catch (error) {
      const known = describeError(error);
      if (known) {
        if (known.logAs) console.warn(JSON.stringify({ level: 'warn', socket: socket.id, message: known.logAs }));
        return reply({
          ok: false,
          error: known.detail,
          status: known.status,
          ...(known.reason && { reason: known.reason }),
          ...(known.retryAfterSeconds && { retryAfterSeconds: known.retryAfterSeconds }),
        });
      }
      console.error(JSON.stringify({ level: 'error', socket: socket.id, message: (error as Error).message }));
      reply({ ok: false, error: '잠시 후 다시 시도해 주세요.', status: 500 });
    } finally {
      // Also after a failure, which may come after some of its events committed.
      if (recorded.count) void flushEvents();
    }
  };
}

/** Chat events of one connected socket; membership is checked against the database on each. */
export function registerChatHandlers(socket: ChatSocket, db: Db) {
  const user = () => userOfSocket(socket);
  // A suspension may start or end while the socket stays open (starting one also cuts it):
  // writes look at the user as the database has it now (cached for a few seconds).
  const assertMayWrite = async () => assertNotSuspended((await activeUserForRequest(db, user().id)) ?? user());

  socket.on(
    'room:join',
    acked(socket, schemas.join, async ({ roomId, afterId }) => {
      await requireMember(db, roomId, user().id);
      await socket.join(chatRoom(roomId));
      if (afterId === undefined) return { missed: [], hasMore: false };
      // At most 100; hasMore tells the client to fetch the rest over HTTP instead of guessing.
      const { items, nextCursor } = await listMessages(db, roomId, user().id, { after: afterId, limit: 100 });
      return { missed: items, hasMore: nextCursor !== null };
    }),
  );

  socket.on(
    'room:leave',
    acked(socket, schemas.room, async ({ roomId }) => {
      await socket.leave(chatRoom(roomId));
      return {};
    }),
  );

  socket.on(
    'message:send',
    acked(socket, schemas.send, async ({ roomId, body, clientId, replyToId }) => {
      // sendMessage refuses a suspended sender itself, in the statement that writes the message.
      const { message } = await sendMessage(db, user(), roomId, { body, clientId, replyToId });
      return { message };
    }),
  );

  socket.on(
    'typing',
    acked(socket, schemas.room, async ({ roomId }) => {
      await assertMayWrite();
      // Only sockets that joined the room (members, checked at room:join) can type in it.
      if (!socket.rooms.has(chatRoom(roomId))) throw new DomainError('forbidden', '채팅방에 먼저 들어가 주세요.');
      socket.to(chatRoom(roomId)).emit('typing', { roomId, user: toUserRef(user()) });
      return {};
    }),
  );

  socket.on(
    'room:read',
    acked(socket, schemas.read, async ({ roomId, messageId }) => {
      const { lastReadMessageId, unreadCount } = await markRead(db, user(), roomId, messageId);
      return { lastReadMessageId, unreadCount };
    }),
  );
}
