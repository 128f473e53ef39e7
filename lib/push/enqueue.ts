import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { blocks, chatMembers, chatMutes, chatRooms, pushDeliveries, pushSubscriptions, users } from '@/db/schema';
import { readableText } from '@/lib/chat/mentions';
import type { ChatMessageView } from '@/lib/chat/schema';
import type { DeliveredEvent } from '@/lib/events/consumers';
import type { NotificationView } from '@/lib/notifications/schema';
import { kindOfNotification, notPushedTypes, throughQuietHoursTypes, urgentKinds } from './kinds';
import { isQuietTime, settingsOf } from './settings';
import { vapidKeys } from './vapid';

/** What the service worker shows; `url` is where a click goes, `tag` folds a room's pushes into one. */
export type PushPayload = { title: string; body: string; url: string; tag?: string };
type Job = { subscriptionId: number; payload: PushPayload; topic?: string; urgency: 'normal' | 'high'; ttlSeconds: number };

const DAY = 86_400;

/** One row per event and subscription: a redelivered event (at least once) enqueues nothing new. */
async function enqueue(tx: Db, eventId: number, jobs: Job[]) {
  if (!jobs.length) return 0;
  const rows = await tx
    .insert(pushDeliveries)
    .values(jobs.map((j) => ({ eventId, subscriptionId: j.subscriptionId, payload: j.payload, topic: j.topic ?? null, urgency: j.urgency, ttlSeconds: j.ttlSeconds })))
    .onConflictDoNothing()
    .returning({ id: pushDeliveries.id });
  return rows.length;
}

/**
 * `notification:new`: every stored notification reaches its user's devices, unless push or its
 * kind is off; quiet hours hold it back except for payments (the in-app row exists regardless).
 */
export async function enqueueNotificationPush(tx: Db, event: DeliveredEvent, now = new Date()) {
  const userId = event.audience?.users?.[0];
  if (!userId || !vapidKeys()) return 0;
  const notification = event.payload as NotificationView;
  if (notPushedTypes.includes(notification.type)) return 0;
  const subscriptions = await tx.select({ id: pushSubscriptions.id }).from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId));
  if (!subscriptions.length) return 0;
  const settings = (await settingsOf(tx, [userId])).get(userId)!;
  const kind = kindOfNotification(notification.type);
  if (!settings.push || (kind && !settings.types[kind])) return 0;
  const urgent = (kind !== null && urgentKinds.includes(kind)) || throughQuietHoursTypes.includes(notification.type);
  if (!urgent && isQuietTime(settings.quietHours, now)) return 0;
  const payload: PushPayload = { title: notification.title, body: notification.body ?? '', url: notification.link ?? '/notifications', tag: `notification-${notification.id}` };
  const urgency = urgent || notification.type === 'game_promoted' ? 'high' : 'normal';
  return enqueue(tx, event.id, subscriptions.map((s) => ({ subscriptionId: s.id, payload, urgency, ttlSeconds: 3 * DAY })));
}

/** Users with at least one socket in a chat room, across every process (the Socket.IO adapter). */
export type ConnectedInRoom = (roomId: number) => Promise<Set<number>>;

/**
 * `message:new`: each other member who has a subscription and no socket in the room (the chat is
 * not open anywhere) gets a push, unless push or chat is off, they muted the room or it is quiet
 * time. A member the message mentions is left to their `chat_mention` notice, which is pushed
 * muted room or not (one push, not two). Who is connected is asked
 * only when somebody could be pushed, so rooms without subscribers cost one indexed query.
 */
export async function enqueueMessagePush(tx: Db, event: DeliveredEvent, connectedInRoom: ConnectedInRoom, now = new Date()) {
  const message = event.payload as ChatMessageView;
  if (message.kind === 'system' || !message.user || message.isDeleted || message.hiddenAt || !vapidKeys()) return 0;
  const sender = message.user;
  const candidates = await tx
    .select({
      userId: chatMembers.userId,
      subscriptionId: pushSubscriptions.id,
      muted: sql<boolean>`exists (select 1 from ${chatMutes} where ${chatMutes.roomId} = ${chatMembers.roomId} and ${chatMutes.userId} = ${chatMembers.userId})`,
    })
    .from(chatMembers)
    .innerJoin(pushSubscriptions, eq(pushSubscriptions.userId, chatMembers.userId))
    .innerJoin(users, eq(users.id, chatMembers.userId))
    .where(
      and(
        eq(chatMembers.roomId, message.roomId),
        ne(chatMembers.userId, sender.id),
        eq(users.isActive, true),
        sql`not exists (select 1 from ${blocks} where ${blocks.blockerId} = ${chatMembers.userId} and ${blocks.blockedId} = ${sender.id})`,
      ),
    );
  if (!candidates.length) return 0;
  const settings = await settingsOf(tx, [...new Set(candidates.map((c) => c.userId))]);
  const wanted = candidates.filter((c) => {
    const s = settings.get(c.userId)!;
    if (!s.push || !s.types.chat || message.mentions.includes(c.userId)) return false;
    return !c.muted && !isQuietTime(s.quietHours, now);
  });
  if (!wanted.length) return 0;
  const connected = await connectedInRoom(message.roomId);
  const jobs = wanted.filter((c) => !connected.has(c.userId));
  if (!jobs.length) return 0;
  const [room] = await tx.select({ kind: chatRooms.kind, title: chatRooms.title }).from(chatRooms).where(inArray(chatRooms.id, [message.roomId]));
  const direct = room?.kind === 'direct';
  const readable = message.kind === 'image' ? '사진을 보냈습니다.' : readableText(message);
  const text = readable.length > 140 ? `${readable.slice(0, 139)}…` : readable;
  const payload: PushPayload = {
    title: direct ? sender.username : (room?.title ?? '채팅'),
    body: direct ? text : `${sender.username}: ${text}`,
    url: `/chat/${message.roomId}`,
    tag: `room-${message.roomId}`,
  };
  // The topic lets the push service keep only a room's newest undelivered push for an offline phone.
  return enqueue(tx, event.id, jobs.map((c) => ({ subscriptionId: c.subscriptionId, payload, topic: `room-${message.roomId}`, urgency: direct ? 'high' : 'normal', ttlSeconds: DAY })));
}
