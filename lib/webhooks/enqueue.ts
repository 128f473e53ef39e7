import { randomUUID } from 'node:crypto';
import { and, arrayContains, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users, webhookDeliveries, webhookEndpoints } from '@/db/schema';
import type { DeliveredEvent } from '@/lib/events/consumers';

/** What the migration's triggers record for each webhook event (db/migrations/0022_webhooks_and_tokens.sql). */
type WebhookEventPayload = { ownerId: number; occurredAt: string; data: Record<string, unknown> };

/** The `webhook-id` of a message: the same on every attempt, so receivers de-duplicate by it. */
export const newMessageId = () => `msg_${randomUUID().replaceAll('-', '')}`;

/** The body every receiver gets (Standard Webhooks' recommended shape). */
export const webhookBody = (type: string, timestamp: string, data: unknown) => ({ type, timestamp, data });

/**
 * The `webhooks` consumer: one delivery per event and enabled endpoint of the subject's host or
 * organizer that subscribed to the event's type, written in the dispatcher's transaction. The
 * unique (event, endpoint) row makes a redelivered event (at least once) enqueue nothing new; the
 * sender works after commit, so a slow receiver never holds up other events.
 */
export async function enqueueWebhookDeliveries(tx: Db, event: DeliveredEvent) {
  const { ownerId, occurredAt, data } = event.payload as WebhookEventPayload;
  const endpoints = await tx
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .innerJoin(users, eq(users.id, webhookEndpoints.userId))
    .where(and(eq(webhookEndpoints.userId, ownerId), eq(webhookEndpoints.enabled, true), arrayContains(webhookEndpoints.events, [event.type]), eq(users.isActive, true)));
  if (!endpoints.length) return 0;
  const rows = await tx
    .insert(webhookDeliveries)
    .values(endpoints.map((e) => ({ endpointId: e.id, eventId: event.id, messageId: newMessageId(), type: event.type, payload: webhookBody(event.type, occurredAt, data) })))
    .onConflictDoNothing()
    .returning({ id: webhookDeliveries.id });
  return rows.length;
}
