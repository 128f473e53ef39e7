import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { userRef } from './accounts';
import { id, ref, timestampNow, timestamps, timestamptz } from './columns';

/**
 * A personal access token (`dn_pat_…`) for a user's own scripts and servers: only its sha-256 is
 * stored; `prefix` (the first characters) lets the owner tell tokens apart in a list.
 */
export const personalAccessTokens = pgTable(
  'personal_access_tokens',
  {
    id: id(),
    userId: userRef('cascade'),
    name: text().notNull(),
    tokenHash: text().notNull(),
    prefix: text().notNull(),
    scopes: text().array().notNull(),
    expiresAt: timestamptz(),
    lastUsedAt: timestamptz(),
    createdAt: timestampNow(),
  },
  (t) => [uniqueIndex('personal_access_tokens_token_hash_idx').on(t.tokenHash), index('personal_access_tokens_user_id_idx').on(t.userId, t.id)],
);

/**
 * Where a user wants events about what they host or organize POSTed (Standard Webhooks). The
 * signing secret is kept as is (signing needs it) and shown to its owner once, at creation.
 * `failingSince` is the first failure of the current run of failures: 24 h of them disable it.
 */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: id(),
    userId: userRef('cascade'),
    url: text().notNull(),
    description: text().notNull().default(''),
    events: text().array().notNull(),
    secret: text().notNull(),
    enabled: boolean().notNull().default(true),
    failingSince: timestamptz(),
    disabledAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [index('webhook_endpoints_user_id_idx').on(t.userId, t.id)],
);

/**
 * One message to one endpoint: written by the `webhooks` consumer in the dispatcher's transaction
 * (unique per event and endpoint, so a redelivered event sends nothing twice) or by a test send;
 * sent by the webhook worker. `nextAttemptAt` is both the backoff and the claim's lease; null once
 * it succeeded or gave up. Kept as the endpoint's delivery log.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    endpointId: ref(() => webhookEndpoints.id, 'cascade'),
    eventId: bigint({ mode: 'number' }),
    /** The `webhook-id` header: the same for every attempt, so receivers de-duplicate by it. */
    messageId: text().notNull(),
    type: text().notNull(),
    payload: jsonb().notNull(),
    status: text().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamptz().defaultNow(),
    lastAttemptAt: timestamptz(),
    responseStatus: integer(),
    lastError: text(),
    createdAt: timestampNow(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_id_endpoint_id_idx').on(t.eventId, t.endpointId),
    uniqueIndex('webhook_deliveries_message_id_idx').on(t.messageId),
    index('webhook_deliveries_next_attempt_at_idx').on(t.nextAttemptAt).where(sql`${t.nextAttemptAt} is not null`),
    index('webhook_deliveries_endpoint_id_idx').on(t.endpointId, t.id.desc()),
    index('webhook_deliveries_created_at_idx').on(t.createdAt),
    check('webhook_deliveries_status_check', sql`${t.status} in ('pending', 'succeeded', 'failed')`),
  ],
);

export type PersonalAccessToken = typeof personalAccessTokens.$inferSelect;
export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
