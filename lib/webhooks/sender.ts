import { and, eq, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Database, Db } from '@/db/client';
import { webhookDeliveries, webhookEndpoints, type WebhookDelivery, type WebhookEndpoint } from '@/db/schema';
import { backoffMs, claimDue, startQueueWorker } from '@/lib/core/delivery-queue';
import type { NotifiedLoop } from '@/lib/core/notified-loop';
import { transact } from '@/lib/core/transact';
import { notify } from '@/lib/notifications/notify';
import { signedHeaders } from './signing';
import { describeSendError, httpTransport, type WebhookTransport } from './transport';

const BATCH = 20;
/** Longer than the 10 s send limit: a claim outlives its request unless the process died. */
const LEASE_MS = 60_000;
const POLL_MS = 5_000;
/** Deliveries are retried, and an endpoint keeps failing, this long before giving up. */
export const GIVE_UP_AFTER_MS = 24 * 3_600_000;
/** 30 s, 1 min, 2 min, … capped at 2 h (about 17 attempts in 24 h); a receiver's Retry-After wins when longer. */
export const retryDelay = (attempts: number, retryAfterSeconds?: number) => backoffMs(attempts, { baseMs: 30_000, capMs: 7_200_000, retryAfterSeconds });

type Outcome = 'succeeded' | 'retry' | 'failed';

/**
 * Sends the deliveries that are due (claimed like pushes: lib/core/delivery-queue.ts), each signed
 * for this attempt. 2xx → succeeded, and the endpoint's run of failures ends. Anything else — a
 * status, a redirect, a timeout, a refused address — is retried with backoff until the delivery
 * is 24 h old; a test send is tried once. An endpoint failing for 24 h is disabled, its waiting
 * deliveries given up, and its owner notified.
 */
export async function sendDueWebhooks(db: Db, { now = new Date(), transport = httpTransport }: { now?: Date; transport?: WebhookTransport } = {}) {
  const counts: Record<Outcome, number> = { succeeded: 0, retry: 0, failed: 0 };
  const claimed = await claimDue(db, webhookDeliveries, { now, leaseMs: LEASE_MS, batch: BATCH });
  if (!claimed.length) return counts;
  const endpoints = await db.select().from(webhookEndpoints).where(inArray(webhookEndpoints.id, [...new Set(claimed.map((d) => d.endpointId))]));
  const byId = new Map(endpoints.map((e) => [e.id, e]));
  await Promise.all(
    claimed.map(async (delivery) => {
      const endpoint = byId.get(delivery.endpointId);
      if (!endpoint) return; // deleted meanwhile: its deliveries went with it
      const outcome = await attempt(db, endpoint, delivery, now, transport);
      counts[outcome]++;
    }),
  );
  return counts;
}

async function attempt(db: Db, endpoint: WebhookEndpoint, delivery: WebhookDelivery, now: Date, transport: WebhookTransport): Promise<Outcome> {
  const isTest = delivery.eventId === null;
  if (!endpoint.enabled && !isTest) {
    await db.update(webhookDeliveries).set({ status: 'failed', nextAttemptAt: null, lastError: 'endpoint disabled' }).where(eq(webhookDeliveries.id, delivery.id));
    return 'failed';
  }
  const body = JSON.stringify(delivery.payload);
  let status: number | null = null;
  let error: string | null = null;
  let retryAfter: number | undefined;
  try {
    const response = await transport({ url: endpoint.url, headers: signedHeaders(endpoint.secret, delivery.messageId, body, now), body });
    status = response.status;
    retryAfter = response.retryAfterSeconds;
    if (status < 200 || status >= 300) error = `HTTP ${status}`;
  } catch (e) {
    error = describeSendError(e);
  }
  const outcome: Outcome = !error ? 'succeeded' : isTest || now.getTime() - delivery.createdAt.getTime() >= GIVE_UP_AFTER_MS ? 'failed' : 'retry';
  await transact(db, async (tx) => {
    await tx
      .update(webhookDeliveries)
      .set({
        status: outcome === 'retry' ? 'pending' : outcome,
        nextAttemptAt: outcome === 'retry' ? new Date(now.getTime() + retryDelay(delivery.attempts, retryAfter)) : null,
        lastAttemptAt: now,
        responseStatus: status,
        lastError: error,
      })
      .where(eq(webhookDeliveries.id, delivery.id));
    if (isTest) return;
    if (outcome === 'succeeded') {
      await tx.update(webhookEndpoints).set({ failingSince: null }).where(and(eq(webhookEndpoints.id, endpoint.id), isNotNull(webhookEndpoints.failingSince)));
    } else {
      await tx.update(webhookEndpoints).set({ failingSince: now }).where(and(eq(webhookEndpoints.id, endpoint.id), isNull(webhookEndpoints.failingSince)));
      await disableIfFailingForADay(tx, endpoint.id, now);
    }
  });
  return outcome;
}

/** Once only (a conditional update): the endpoint goes off, what waits for it is given up, its owner hears why. */
async function disableIfFailingForADay(tx: Db, endpointId: number, now: Date) {
  const [disabled] = await tx
    .update(webhookEndpoints)
    .set({ enabled: false, disabledAt: now, updatedAt: now })
    .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.enabled, true), lte(webhookEndpoints.failingSince, new Date(now.getTime() - GIVE_UP_AFTER_MS))))
    .returning();
  if (!disabled) return;
  await tx
    .update(webhookDeliveries)
    .set({ status: 'failed', nextAttemptAt: null, lastError: sql`coalesce(${webhookDeliveries.lastError}, 'endpoint disabled')` })
    .where(and(eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.status, 'pending')));
  await notify(tx, [
    {
      userId: disabled.userId,
      type: 'webhook_disabled',
      title: '웹훅 전송을 멈췄어요',
      body: `${disabled.url} 으로 24시간 동안 전달하지 못해 이 웹훅을 껐습니다. 받는 쪽을 고친 뒤 다시 켜 주세요.`,
      link: '/me/webhooks',
    },
  ]);
}

/** This process's webhook sender: woken by NOTIFY webhook_deliveries and by a poll for retries. */
export function startWebhookWorker(database: Database, { pollMs = POLL_MS, transport }: { pollMs?: number; transport?: WebhookTransport } = {}): NotifiedLoop {
  return startQueueWorker(database, {
    channel: 'webhook_deliveries',
    pollMs,
    batch: BATCH,
    failure: 'webhook sending failed',
    async sendDue(db) {
      const counts = await sendDueWebhooks(db, { transport });
      return counts.succeeded + counts.retry + counts.failed;
    },
  });
}
