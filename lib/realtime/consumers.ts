import { forgetFamilyLocally } from '@/lib/accounts/token-families';
import { forgetUserLocally } from '@/lib/auth/user-cache';
import { boardPages, postDetails } from '@/lib/boards/board-cache';
import { forgetCommunityLists } from '@/lib/community/queries';
import { forgetGameSearches } from '@/lib/games/queries';
import { forgetLikedSpaces } from '@/lib/spaces/liked-spaces';
import { forgetSpaceSearches } from '@/lib/spaces/queries';
import type { Audience } from '@/lib/events/audience';
import { registerConsumer, type DeliveredEvent } from '@/lib/events/consumers';
import { presenceAudience } from '@/lib/friends/queries';
import { enqueueMessagePush, enqueueNotificationPush } from '@/lib/push/enqueue';
import { webhookEventTypes } from '@/db/constants/webhooks';
import { enqueueWebhookDeliveries } from '@/lib/webhooks/enqueue';
import type { RoomRead } from './events';
import { chatRoom, communityRoom, gameRoom, gamesRoom, getIo, sigunguRoom, userRoom } from './io';
import { queueRoomRead } from './read-digest';
import { recomputeTemperature } from '@/lib/trust/temperature-store';

/** The Socket.IO rooms of an event's audience. */
export function roomsOf(audience: Audience): string[] {
  return [
    ...(audience.users ?? []).map(userRoom),
    ...(audience.chatRooms ?? []).map(chatRoom),
    ...(audience.sigungu ?? []).map(sigunguRoom),
    ...(audience.gameAreas ?? []).map(gamesRoom),
    ...(audience.games ?? []).map(gameRoom),
    ...(audience.communityPosts ?? []).map(communityRoom),
  ];
}

/**
 * Users with a socket in a chat room, on every process: `fetchSockets` asks the others through
 * the adapter (Redis streams when clustered), so a member reading the room on another process
 * gets no push. Without a Socket.IO server (a job-only process) nobody counts as connected.
 */
async function connectedInRoom(roomId: number) {
  const sockets = (await getIo()?.in(chatRoom(roomId)).fetchSockets()) ?? [];
  return new Set(sockets.map((s) => s.data.user.id));
}

/** Events after which sockets stop being in a room: who leaves which room. */
function leaveRoomsAfter(event: DeliveredEvent) {
  const io = getIo();
  const payload = event.payload as { roomId?: number; postId?: number; userId?: number; user?: { id: number } };
  switch (event.type) {
    case 'member:left':
      io?.in(userRoom(payload.user!.id)).socketsLeave(chatRoom(payload.roomId!));
      break;
    case 'member:banned':
      io?.in(userRoom(payload.userId!)).socketsLeave(chatRoom(payload.roomId!));
      break;
    case 'room:deleted':
      io?.in(chatRoom(payload.roomId!)).socketsLeave(chatRoom(payload.roomId!));
      break;
    case 'community:deleted':
      io?.in(communityRoom(payload.postId!)).socketsLeave(communityRoom(payload.postId!));
      break;
  }
}

/**
 * Registers everything an event causes in this process; server.ts and the tests call it once.
 * Socket pushes go through the adapter, so one process's delivery reaches every process's clients.
 */
export function registerConsumers() {
  registerConsumer({
    name: 'sockets',
    scope: 'once',
    handle(event) {
      const audience = event.audience ?? {};
      // A read reaches the reader's (and a direct partner's) tabs now, the room in a digest.
      if (event.type === 'room:read' && audience.chatRooms?.length) {
        queueRoomRead(event.payload as RoomRead);
        const rooms = roomsOf({ ...audience, chatRooms: [] });
        if (rooms.length) getIo()?.to(rooms).emit('room:read', event.payload as RoomRead);
        return;
      }
      const rooms = roomsOf(audience);
      // The type is the event's name on the wire (events.ts); the payload was typed where it was recorded.
      if (rooms.length) (getIo()?.to(rooms) as { emit(type: string, payload: unknown): boolean } | undefined)?.emit(event.type, event.payload);
      leaveRoomsAfter(event);
    },
  });

  registerConsumer({
    name: 'presence',
    scope: 'once',
    types: ['presence:changed'],
    // Who sees it is known only now: friends and direct-room partners at delivery time.
    async handle(event, tx) {
      const payload = event.payload as { userId: number };
      const audience = await presenceAudience(tx, payload.userId);
      if (audience.length) getIo()?.to(audience.map(userRoom)).emit('presence:changed', event.payload as never);
    },
  });

  registerConsumer({
    name: 'web-push',
    scope: 'once',
    types: ['notification:new', 'message:new'],
    // Only enqueues (push_deliveries, in this transaction): the push worker sends after commit,
    // so a slow push service never holds up the other events.
    async handle(event, tx) {
      if (event.type === 'notification:new') await enqueueNotificationPush(tx, event);
      else await enqueueMessagePush(tx, event, connectedInRoom);
    },
  });

  registerConsumer({
    name: 'temperature',
    scope: 'once',
    types: ['trust:input'],
    handle: (event, tx) => recomputeTemperature(tx, (event.payload as { userId: number }).userId, new Date()).then(() => undefined),
  });

  registerConsumer({
    name: 'webhooks',
    scope: 'once',
    types: [...webhookEventTypes],
    // Only enqueues (webhook_deliveries, in this transaction): the webhook worker sends after commit.
    handle: (event, tx) => enqueueWebhookDeliveries(tx, event).then(() => {}),
  });

  registerConsumer({
    name: 'revoked-sockets',
    scope: 'once',
    types: ['user:revoked'],
    handle(event) {
      getIo()?.in(userRoom((event.payload as { userId: number }).userId)).disconnectSockets(true);
    },
  });

  registerConsumer({
    name: 'user-cache',
    scope: 'everyProcess',
    types: ['user:changed', 'user:revoked'],
    handle(event) {
      forgetUserLocally((event.payload as { userId: number }).userId);
    },
  });

  registerConsumer({
    name: 'token-families',
    scope: 'everyProcess',
    types: ['token-family:revoked'],
    handle(event) {
      forgetFamilyLocally((event.payload as { familyId: string }).familyId);
    },
  });

  registerConsumer({
    name: 'board-cache',
    scope: 'everyProcess',
    types: ['post:updated', 'post:deleted', 'room:deleted', 'board:changed'],
    handle(event) {
      // Board events go to their 시군구; a deleted room's post is gone from some board, which is no longer known
      // (a post's room also sends post:deleted with its 시군구). A removal or a moderation change is never served stale.
      const code = event.type === 'board:changed' ? (event.payload as { neighbourhoodCode: string }).neighbourhoodCode : event.audience?.sigungu?.[0];
      if (code && (event.type === 'post:deleted' || event.type === 'board:changed')) boardPages.forgetRemoved(code);
      else boardPages.forget(code);
    },
  });

  registerConsumer({
    name: 'post-details',
    scope: 'everyProcess',
    types: ['post:updated', 'post:deleted', 'board:changed'],
    handle(event) {
      const postId = (event.payload as { postId?: number }).postId;
      if (postId === undefined) postDetails.forget();
      else if (event.type === 'post:deleted') postDetails.forgetRemoved(String(postId));
      else postDetails.forget(String(postId));
    },
  });

  registerConsumer({
    name: 'game-searches',
    scope: 'everyProcess',
    types: ['game:updated', 'games:removed'],
    // A near search spans several 시군구, so any game's change marks every shared search.
    handle: (event) => forgetGameSearches({ removed: event.type === 'games:removed' || (event.payload as { status?: string }).status === 'cancelled' }),
  });

  registerConsumer({
    name: 'space-searches',
    scope: 'everyProcess',
    types: ['spaces:changed'],
    handle: (event) => {
      const { removed, likedBy } = event.payload as { removed?: boolean; likedBy?: number };
      forgetSpaceSearches({ removed: removed === true });
      if (likedBy) forgetLikedSpaces(likedBy);
    },
  });

  registerConsumer({
    name: 'community-lists',
    scope: 'everyProcess',
    types: ['community:changed', 'community:deleted', 'community:comment'],
    handle: (event) => forgetCommunityLists({ removed: event.type === 'community:deleted' || (event.payload as { removed?: boolean }).removed === true }),
  });
}
