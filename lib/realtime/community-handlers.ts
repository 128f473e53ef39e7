import { randomUUID } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Db } from '@/db/client';
import { getPost } from '@/lib/community/queries';
import { talkBody } from '@/lib/community/schema';
import { forbidden, rateLimited } from '@/lib/core/domain-error';
import { z } from '@/lib/core/zod';
import { acked, type ChatSocket } from './chat-handlers';
import type { CommunityPresence } from './events';
import { communityRoom } from './io';

const postId = z.number().int().positive().max(2_147_483_647);
const schemas = {
  post: z.object({ postId }),
  say: z.object({ postId, body: talkBody }),
};

/** Talk is ephemeral chatter: five lines per five seconds per user and process is plenty. */
const talkLimiter = new RateLimiterMemory({ points: 5, duration: 5 });

/**
 * Readers of the post from the sockets in its room (on every node with the adapter), one
 * entry per user: two tabs of one neighbour are one reader.
 */
async function presenceOf(socket: ChatSocket, id: number): Promise<CommunityPresence> {
  const sockets = await socket.nsp.in(communityRoom(id)).fetchSockets();
  const users = new Map<number, { id: number; username: string }>();
  for (const s of sockets) users.set(s.data.user.id, { id: s.data.user.id, username: s.data.user.username });
  const list = [...users.values()].sort((a, b) => a.username.localeCompare(b.username, 'ko'));
  return { postId: id, count: list.length, users: list };
}

async function broadcastPresence(socket: ChatSocket, id: number) {
  const presence = await presenceOf(socket, id);
  socket.nsp.to(communityRoom(id)).emit('community:presence', presence);
  return presence;
}

/** Community post rooms: who is reading now, and a talk line that is never persisted. */
export function registerCommunityHandlers(socket: ChatSocket, db: Db) {
  socket.on(
    'community:watch',
    acked(socket, schemas.post, async ({ postId }) => {
      await getPost(db, postId);
      await socket.join(communityRoom(postId));
      return { presence: await broadcastPresence(socket, postId) };
    }),
  );

  socket.on(
    'community:unwatch',
    acked(socket, schemas.post, async ({ postId }) => {
      if (!socket.rooms.has(communityRoom(postId))) return {};
      await socket.leave(communityRoom(postId));
      await broadcastPresence(socket, postId);
      return {};
    }),
  );

  socket.on(
    'community:say',
    acked(socket, schemas.say, async ({ postId, body }) => {
      if (!socket.rooms.has(communityRoom(postId))) throw forbidden('글을 먼저 열어 주세요.');
      const user = socket.data.user;
      await talkLimiter.consume(String(user.id)).catch((error: unknown) => {
        if (error instanceof RateLimiterRes) throw rateLimited(Math.ceil(error.msBeforeNext / 1000), '너무 빨리 보내고 있어요. 잠시 후 다시 보내 주세요.');
        throw error;
      });
      socket.nsp.to(communityRoom(postId)).emit('community:message', {
        postId, id: randomUUID(), body, user: { id: user.id, username: user.username }, sentAt: new Date().toISOString(),
      });
      return {};
    }),
  );

  // The rooms are gone by the time 'disconnect' fires: note them while the socket still has them.
  socket.on('disconnecting', () => {
    const watched = [...socket.rooms].filter((r) => r.startsWith('community:')).map((r) => Number(r.slice('community:'.length)));
    if (!watched.length) return;
    socket.once('disconnect', () => {
      for (const id of watched) {
        broadcastPresence(socket, id).catch((error: unknown) =>
          console.error(JSON.stringify({ level: 'error', socket: socket.id, message: (error as Error).message })),
        );
      }
    });
  });
}
