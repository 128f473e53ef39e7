import { and, count, desc, eq, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users, webhookDeliveries, webhookEndpoints, webhookTestEventType, type WebhookDelivery, type WebhookEndpoint } from '@/db/schema';
import { conflict, notFound } from '@/lib/core/domain-error';
import { pageInfo } from '@/lib/core/pagination';
import { transact } from '@/lib/core/transact';
import type { z } from '@/lib/core/zod';
import { newMessageId, webhookBody } from './enqueue';
import type { createWebhookBody, DeliveryView, updateWebhookBody, WebhookView } from './schema';
import { newWebhookSecret } from './signing';
import { assertWebhookUrl } from './url-guard';

export const MAX_WEBHOOKS_PER_USER = 10;

const iso = (d: Date | null) => d?.toISOString() ?? null;

const toView = (e: WebhookEndpoint): WebhookView => ({
  id: e.id,
  url: e.url,
  description: e.description,
  events: e.events,
  enabled: e.enabled,
  disabledAt: iso(e.disabledAt),
  failingSince: iso(e.failingSince),
  createdAt: e.createdAt.toISOString(),
  updatedAt: e.updatedAt.toISOString(),
});

const toDeliveryView = (d: WebhookDelivery): DeliveryView => ({
  id: d.id,
  messageId: d.messageId,
  type: d.type,
  status: d.status as DeliveryView['status'],
  attempts: d.attempts,
  responseStatus: d.responseStatus,
  lastError: d.lastError,
  nextAttemptAt: iso(d.nextAttemptAt),
  lastAttemptAt: iso(d.lastAttemptAt),
  createdAt: d.createdAt.toISOString(),
  payload: d.payload,
});

/** Someone else's endpoint is as missing as an unknown one. */
async function ownEndpoint(db: Db, userId: number, id: number, lock = false) {
  const query = db.select().from(webhookEndpoints).where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.userId, userId)));
  const [endpoint] = lock ? await query.for('update') : await query;
  if (!endpoint) throw notFound('웹훅을 찾을 수 없습니다.');
  return endpoint;
}

/** The URL is checked (https, public address) before anything is written; the secret is in this answer only. */
export async function createWebhook(db: Db, userId: number, input: z.infer<typeof createWebhookBody>) {
  await assertWebhookUrl(input.url);
  return transact(db, async (tx) => {
    // The owner's row first, so two creations at once count one after the other.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('no key update');
    const [{ n }] = (await tx.select({ n: count() }).from(webhookEndpoints).where(eq(webhookEndpoints.userId, userId))) as [{ n: number }];
    if (n >= MAX_WEBHOOKS_PER_USER) throw conflict(`웹훅은 ${MAX_WEBHOOKS_PER_USER}개까지 등록할 수 있습니다.`, undefined, 'webhook_limit');
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({ userId, url: input.url, events: input.events, description: input.description ?? '', secret: newWebhookSecret() })
      .returning();
    return { ...toView(row!), secret: row!.secret };
  });
}

export async function listWebhooks(db: Db, userId: number) {
  const rows = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.userId, userId)).orderBy(desc(webhookEndpoints.id));
  return { items: rows.map(toView) };
}

export const getWebhook = async (db: Db, userId: number, id: number) => toView(await ownEndpoint(db, userId, id));

/** Turning it back on starts a new run (no failures yet); turning it off stops what waits for it. */
export async function updateWebhook(db: Db, userId: number, id: number, input: z.infer<typeof updateWebhookBody>, now = new Date()) {
  if (input.url !== undefined) await assertWebhookUrl(input.url);
  return transact(db, async (tx) => {
    const endpoint = await ownEndpoint(tx, userId, id, true);
    const switching = input.enabled !== undefined && input.enabled !== endpoint.enabled;
    const [row] = await tx
      .update(webhookEndpoints)
      .set({
        ...(input.url !== undefined && { url: input.url }),
        ...(input.events && { events: input.events }),
        ...(input.description !== undefined && { description: input.description }),
        ...(switching && { enabled: input.enabled, disabledAt: input.enabled ? null : now, failingSince: null }),
        updatedAt: now,
      })
      .where(eq(webhookEndpoints.id, id))
      .returning();
    return toView(row!);
  });
}

export async function deleteWebhook(db: Db, userId: number, id: number) {
  const gone = await db.delete(webhookEndpoints).where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.userId, userId))).returning({ id: webhookEndpoints.id });
  if (!gone.length) throw notFound('웹훅을 찾을 수 없습니다.');
}

/** The endpoint's delivery log, newest first. */
export async function listDeliveries(db: Db, userId: number, id: number, { page, size }: { page: number; size: number }) {
  await ownEndpoint(db, userId, id);
  const rows = await db
    .select({ delivery: webhookDeliveries, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.endpointId, id))
    .orderBy(desc(webhookDeliveries.id))
    .limit(size)
    .offset((page - 1) * size);
  const total = rows[0]?.total ?? (page > 1 ? ((await db.select({ n: count() }).from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, id)))[0]?.n ?? 0) : 0);
  return { items: rows.map((r) => toDeliveryView(r.delivery)), page: pageInfo(page, size, total) };
}

/** A delivery sent again now (same `webhook-id`); one still waiting to be sent is 409. */
export async function retryDelivery(db: Db, userId: number, id: number, deliveryId: number, now = new Date()) {
  return transact(db, async (tx) => {
    await ownEndpoint(tx, userId, id);
    const [row] = await tx
      .update(webhookDeliveries)
      .set({ status: 'pending', nextAttemptAt: now })
      .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.endpointId, id), sql`${webhookDeliveries.status} <> 'pending'`))
      .returning();
    if (!row) {
      const [exists] = await tx.select({ id: webhookDeliveries.id }).from(webhookDeliveries).where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.endpointId, id)));
      if (!exists) throw notFound('전송 기록을 찾을 수 없습니다.');
      throw conflict('아직 보내는 중인 전송입니다.', undefined, 'delivery_pending');
    }
    // Only inserts notify the senders (the migration's trigger); a retry wakes them itself.
    await tx.execute(sql`select pg_notify('webhook_deliveries', '')`);
    return toDeliveryView(row);
  });
}

/** A `webhook.test` message to the endpoint, tried once, whether it is on or off. */
export async function sendTestWebhook(db: Db, userId: number, id: number, now = new Date()) {
  const endpoint = await ownEndpoint(db, userId, id);
  const [row] = await db
    .insert(webhookDeliveries)
    .values({
      endpointId: endpoint.id,
      messageId: newMessageId(),
      type: webhookTestEventType,
      payload: webhookBody(webhookTestEventType, now.toISOString(), { webhookId: endpoint.id, message: '동네 웹훅 테스트입니다.' }),
    })
    .returning();
  return toDeliveryView(row!);
}

/** The delivery log keeps 30 days; what is still being retried stays whatever its age. */
export const DELIVERY_LOG_DAYS = 30;

/** Job: finished deliveries older than the log's 30 days are deleted. */
export async function purgeOldDeliveries(db: Db, now: Date) {
  const gone = await db
    .delete(webhookDeliveries)
    .where(and(lt(webhookDeliveries.createdAt, new Date(now.getTime() - DELIVERY_LOG_DAYS * 86_400_000)), ne(webhookDeliveries.status, 'pending')))
    .returning({ id: webhookDeliveries.id });
  return gone.length;
}
