import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { userRef, users } from './accounts';
import { id, ref, timestampNow } from './columns';
import { chatMembers } from './chat';

/** A browser's Web Push subscription; one row per endpoint (a device signing in as someone else takes it over). */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: id(),
    userId: userRef('cascade'),
    endpoint: text().notNull(),
    p256dh: text().notNull(),
    auth: text().notNull(),
    createdAt: timestampNow(),
  },
  (t) => [uniqueIndex('push_subscriptions_endpoint_idx').on(t.endpoint), index('push_subscriptions_user_id_idx').on(t.userId)],
);

/**
 * A push waiting to be sent: written by the `web-push` consumer in the dispatcher's transaction,
 * sent by the push worker. Unique per event and subscription, so a redelivered event pushes once;
 * `nextAttemptAt` is both the backoff and the claim's lease.
 */
export const pushDeliveries = pgTable(
  'push_deliveries',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    eventId: bigint({ mode: 'number' }).notNull(),
    subscriptionId: ref(() => pushSubscriptions.id, 'cascade'),
    payload: jsonb().notNull(),
    topic: text(),
    urgency: text().notNull().default('normal'),
    ttlSeconds: integer().notNull(),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestampNow(),
    createdAt: timestampNow(),
  },
  (t) => [
    uniqueIndex('push_deliveries_event_id_subscription_id_idx').on(t.eventId, t.subscriptionId),
    index('push_deliveries_next_attempt_at_idx').on(t.nextAttemptAt),
    index('push_deliveries_subscription_id_idx').on(t.subscriptionId),
    check('push_deliveries_urgency_check', sql`${t.urgency} in ('very-low', 'low', 'normal', 'high')`),
  ],
);

/** What reaches a user's phone; no row = the defaults (everything on, no quiet hours). */
export const notificationSettings = pgTable('notification_settings', {
  userId: integer()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  push: boolean().notNull().default(true),
  /** Per kind, false = off; kinds not named are on (new kinds start on). */
  types: jsonb().$type<Record<string, boolean>>().notNull().default({}),
  quietEnabled: boolean().notNull().default(false),
  /** "HH:mm" in Asia/Seoul. */
  quietStart: text().notNull().default('22:00'),
  quietEnd: text().notNull().default('08:00'),
  updatedAt: timestampNow(),
});

/** A member who muted a chat room: no push for its messages. Leaving the room forgets it. */
export const chatMutes = pgTable(
  'chat_mutes',
  {
    roomId: integer().notNull(),
    userId: integer().notNull(),
    createdAt: timestampNow(),
  },
  (t) => [
    primaryKey({ columns: [t.roomId, t.userId] }),
    foreignKey({ columns: [t.roomId, t.userId], foreignColumns: [chatMembers.roomId, chatMembers.userId], name: 'chat_mutes_member_fk' }).onDelete('cascade'),
  ],
);

export type PushSubscription = typeof pushSubscriptions.$inferSelect;
export type PushDelivery = typeof pushDeliveries.$inferSelect;
export type NotificationSettingsRow = typeof notificationSettings.$inferSelect;
