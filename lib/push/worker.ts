import { eq, inArray } from 'drizzle-orm';
import webpush from 'web-push';
import type { Database, Db } from '@/db/client';
import { pushDeliveries, pushSubscriptions } from '@/db/schema';
import { backoffMs, claimDue, retryAfterSeconds, startQueueWorker } from '@/lib/core/delivery-queue';
import type { NotifiedLoop } from '@/lib/core/notified-loop';
import { vapidKeys } from './vapid';

const BATCH = 20;
/** A claim holds a delivery this long; a process that dies mid-send leaves it to the next worker then. */
const LEASE_MS = 60_000;
const MAX_ATTEMPTS = 6;
const SEND_TIMEOUT_MS = 10_000;
const POLL_MS = 5_000;

export type PushRequest = { endpoint: string; method: string; headers: Record<string, string>; body: Buffer | null };
export type PushResponse = { status: number; retryAfterSeconds?: number };
/** Sends one prepared request; tests may replace it, production uses fetch. */
export type PushTransport = (request: PushRequest) => Promise<PushResponse>;

/** No redirects (a push service never needs one, and following one would defeat the origin allow-list). */
export const fetchTransport: PushTransport = async ({ endpoint, method, headers, body }) => {
  const response = await fetch(endpoint, { method, headers, body: body ? new Uint8Array(body) : null, redirect: 'manual', signal: AbortSignal.timeout(SEND_TIMEOUT_MS) });
  await response.body?.cancel();
  return { status: response.status, retryAfterSeconds: retryAfterSeconds(response.headers) };
};

/** 30 s, 1 min, 2 min, … capped at an hour; a push service's Retry-After wins when longer. */
const retryDelay = (attempts: number, retryAfterSeconds?: number) => backoffMs(attempts, { baseMs: 30_000, capMs: 3_600_000, retryAfterSeconds });

type Outcome = 'sent' | 'gone' | 'retry' | 'dropped';

/**
 * Sends the deliveries that are due, safe on several processes at once: each is claimed with
 * FOR UPDATE SKIP LOCKED and its `nextAttemptAt` pushed a lease ahead in one short statement, the
 * HTTP requests go out after that commits (no transaction is held open across the network), and
 * each outcome is written alone: sent → deleted; 404/410 → the subscription is deleted (the
 * browser dropped it); 429, 5xx or no answer → retried with backoff, up to six attempts; any
 * other answer (a bad request will not get better) → dropped.
 */
export async function sendDuePushes(db: Db, { now = new Date(), transport = fetchTransport }: { now?: Date; transport?: PushTransport } = {}) {
  const keys = vapidKeys();
  const counts: Record<Outcome, number> = { sent: 0, gone: 0, retry: 0, dropped: 0 };
  if (!keys) return counts;
  const claimed = await claimDue(db, pushDeliveries, { now, leaseMs: LEASE_MS, batch: BATCH });
  if (!claimed.length) return counts;
  const subscriptions = await db.select().from(pushSubscriptions).where(inArray(pushSubscriptions.id, [...new Set(claimed.map((d) => d.subscriptionId))]));
  const byId = new Map(subscriptions.map((s) => [s.id, s]));

  await Promise.all(
    claimed.map(async (delivery) => {
      const subscription = byId.get(delivery.subscriptionId);
      if (!subscription) return; // deleted meanwhile: its deliveries went with it
      let outcome: Outcome;
      let retryAfter: number | undefined;
      try {
        const details = webpush.generateRequestDetails(
          { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
          JSON.stringify(delivery.payload),
          {
            vapidDetails: { subject: keys.subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
            TTL: delivery.ttlSeconds,
            urgency: delivery.urgency as webpush.Urgency,
            ...(delivery.topic ? { topic: delivery.topic } : {}),
            contentEncoding: 'aes128gcm',
          },
        );
        const headers = Object.fromEntries(Object.entries(details.headers).filter(([name]) => name.toLowerCase() !== 'content-length').map(([k, v]) => [k, String(v)]));
        const response = await transport({ endpoint: details.endpoint, method: details.method, headers, body: details.body ? Buffer.from(details.body) : null });
        retryAfter = response.retryAfterSeconds;
        const { status } = response;
        outcome = status >= 200 && status < 300 ? 'sent' : status === 404 || status === 410 ? 'gone' : status === 429 || status >= 500 ? 'retry' : 'dropped';
      } catch {
        outcome = 'retry'; // no answer: timeout, refused connection, DNS
      }
      if (outcome === 'retry' && delivery.attempts >= MAX_ATTEMPTS) outcome = 'dropped';
      counts[outcome]++;
      if (outcome === 'gone') await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, subscription.id));
      else if (outcome === 'retry') {
        await db.update(pushDeliveries).set({ nextAttemptAt: new Date(now.getTime() + retryDelay(delivery.attempts, retryAfter)) }).where(eq(pushDeliveries.id, delivery.id));
      } else await db.delete(pushDeliveries).where(eq(pushDeliveries.id, delivery.id));
      if (outcome === 'dropped') console.warn(JSON.stringify({ level: 'warn', message: 'push delivery dropped', deliveryId: delivery.id, attempts: delivery.attempts }));
    }),
  );
  return counts;
}

/**
 * This process's push sender: woken by NOTIFY push_deliveries (the insert trigger, at commit of
 * the dispatcher's transaction), and by a poll for retries that come due. Every process may run
 * one; claims keep them apart.
 */
export function startPushWorker(database: Database, { pollMs = POLL_MS, transport }: { pollMs?: number; transport?: PushTransport } = {}): NotifiedLoop {
  return startQueueWorker(database, {
    channel: 'push_deliveries',
    pollMs,
    batch: BATCH,
    failure: 'push sending failed',
    async sendDue(db) {
      const counts = await sendDuePushes(db, { transport });
      return counts.sent + counts.gone + counts.retry + counts.dropped;
    },
  });
}
