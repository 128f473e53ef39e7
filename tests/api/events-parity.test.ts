import { asc, gt, max } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as commentsRoute from '@/app/api/community/posts/[id]/comments/route';
import * as communityPostRoute from '@/app/api/community/posts/[id]/route';
import * as membersRoute from '@/app/api/chat/rooms/[id]/members/route';
import * as messagesRoute from '@/app/api/chat/rooms/[id]/messages/route';
import * as playersRoute from '@/app/api/games/[id]/players/route';
import * as readRoute from '@/app/api/notifications/read/route';
import * as completeRoute from '@/app/api/posts/[id]/complete/route';
import * as postRoute from '@/app/api/posts/[id]/route';
import * as postsRoute from '@/app/api/posts/route';
import * as sessionsRoute from '@/app/api/users/me/sessions/route';
import { getDb } from '@/db/client';
import { outboxEvents, type User } from '@/db/schema';
import { revokeAllSessions } from '@/lib/accounts/mutations';
import { completePost, createPost, deletePost } from '@/lib/boards/mutations';
import { joinRoom, sendMessage } from '@/lib/chat/mutations';
import { addComment, deletePost as deleteCommunityPost } from '@/lib/community/mutations';
import { joinGame } from '@/lib/games/players';
import { markRead } from '@/lib/notifications/mutations';
import { createTestPost, postInput } from '../support/boards';
import { createCommunityPost } from '../support/community';
import { bearerFor, createUser } from '../support/factories';
import { createTestGame } from '../support/games';
import { call } from '../support/http';

/** The types of the events a change recorded in the outbox, in order. */
async function eventsOf(change: () => Promise<unknown>) {
  const [last] = await getDb().select({ id: max(outboxEvents.id) }).from(outboxEvents);
  const before = last?.id ?? 0;
  await change();
  const rows = await getDb().select({ type: outboxEvents.type }).from(outboxEvents).where(gt(outboxEvents.id, before)).orderBy(asc(outboxEvents.id));
  return rows.map((r) => r.type);
}

type Case = {
  name: string;
  /** Builds what the change needs and returns the same change made through its route and directly. */
  setup(): Promise<{ route: () => Promise<{ status: number }>; direct: () => Promise<unknown> }>;
};

const auth = (user: User) => bearerFor(user);

const cases: Case[] = [
  {
    name: 'creating a meal post',
    async setup() {
      const [a, b] = [await createUser(), await createUser()];
      return { route: async () => call(postsRoute.POST, { method: 'POST', headers: await auth(a), body: postInput() }), direct: () => createPost(getDb(), b, postInput()) };
    },
  },
  {
    name: 'completing a meal post',
    async setup() {
      const [a, b] = [await createUser(), await createUser()];
      const [p, q] = [await createTestPost(a), await createTestPost(b)];
      return { route: async () => call(completeRoute.POST, { method: 'POST', headers: await auth(a), params: { id: String(p.id) } }), direct: () => completePost(getDb(), b, q.id) };
    },
  },
  {
    name: 'deleting a meal post',
    async setup() {
      const [a, b] = [await createUser(), await createUser()];
      const [p, q] = [await createTestPost(a), await createTestPost(b)];
      return { route: async () => call(postRoute.DELETE, { method: 'DELETE', headers: await auth(a), params: { id: String(p.id) } }), direct: () => deletePost(getDb(), b, q.id) };
    },
  },
  {
    name: 'joining a post’s chat room',
    async setup() {
      const [p, q] = [await createTestPost(await createUser()), await createTestPost(await createUser())];
      const [a, b] = [await createUser(), await createUser()];
      return { route: async () => call(membersRoute.POST, { method: 'POST', headers: await auth(a), params: { id: String(p.chatRoomId) } }), direct: () => joinRoom(getDb(), b, q.chatRoomId) };
    },
  },
  {
    name: 'sending a message',
    async setup() {
      const a = await createUser();
      const p = await createTestPost(a);
      return {
        route: async () => call(messagesRoute.POST, { method: 'POST', headers: await auth(a), params: { id: String(p.chatRoomId) }, body: { body: '안녕하세요' } }),
        direct: () => sendMessage(getDb(), a, p.chatRoomId, { body: '반가워요' }),
      };
    },
  },
  {
    name: 'joining a game',
    async setup() {
      const [g, h] = [await createTestGame(await createUser(), new Date()), await createTestGame(await createUser(), new Date())];
      const [a, b] = [await createUser(), await createUser()];
      return { route: async () => call(playersRoute.POST, { method: 'POST', headers: await auth(a), params: { id: String(g.id) }, body: {} }), direct: () => joinGame(getDb(), b, h.id) };
    },
  },
  {
    name: 'commenting on a 동네생활 post',
    async setup() {
      const post = await createCommunityPost(await createUser());
      const [a, b] = [await createUser(), await createUser()];
      return {
        route: async () => call(commentsRoute.POST, { method: 'POST', headers: await auth(a), params: { id: String(post.id) }, body: { content: '좋아요' } }),
        direct: () => addComment(getDb(), b, post.id, { content: '저도요' }),
      };
    },
  },
  {
    name: 'deleting a 동네생활 post',
    async setup() {
      const [a, b] = [await createUser(), await createUser()];
      const [p, q] = [await createCommunityPost(a), await createCommunityPost(b)];
      return {
        route: async () => call(communityPostRoute.DELETE, { method: 'DELETE', headers: await auth(a), params: { id: String(p.id) } }),
        direct: () => deleteCommunityPost(getDb(), b, q.id),
      };
    },
  },
  {
    name: 'reading notifications',
    async setup() {
      const [a, b] = [await createUser(), await createUser()];
      return { route: async () => call(readRoute.POST, { method: 'POST', headers: await auth(a), body: { all: true } }), direct: () => markRead(getDb(), b.id, { all: true }) };
    },
  },
  {
    name: 'logging out everywhere',
    async setup() {
      const [a, b] = [await createUser(), await createUser()];
      return { route: async () => call(sessionsRoute.DELETE, { method: 'DELETE', headers: await auth(a) }), direct: () => revokeAllSessions(getDb(), b.id) };
    },
  },
];

describe('a domain function called directly (as a job or socket handler would) records the same events as its route', () => {
  it.each(cases)('$name', async ({ setup }) => {
    const { route, direct } = await setup();
    let status = 0;
    const viaRoute = await eventsOf(async () => {
      status = (await route()).status;
    });
    expect(status).toBeLessThan(300);
    const viaDomain = await eventsOf(direct);
    expect(viaRoute.length).toBeGreaterThan(0);
    expect(viaDomain).toEqual(viaRoute);
  });
});
