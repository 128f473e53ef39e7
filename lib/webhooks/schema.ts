import { webhookDeliveryStatuses, webhookEventTypes } from '@/db/constants/webhooks';
import { listOf, pageQuery } from '@/lib/core/pagination';
import { z } from '@/lib/core/zod';

const id = z.coerce.number().int().positive().max(2_147_483_647);
export const webhookIdParams = z.object({ id });
export const deliveryParams = z.object({ id, deliveryId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

const url = z.string().trim().max(2000).describe('https 주소 (공인 IP로 풀리는 호스트만; 사설·루프백·링크 로컬 주소는 거부)');
const events = z
  .array(z.enum(webhookEventTypes, { error: `알 수 없는 이벤트입니다. 가능한 이벤트: ${webhookEventTypes.join(', ')}` }))
  .min(1)
  .max(webhookEventTypes.length)
  .transform((list) => [...new Set(list)]);
const description = z.string().trim().max(200);

export const createWebhookBody = z.strictObject({ url, events, description: description.optional() });
export const updateWebhookBody = z
  .strictObject({ url: url.optional(), events: events.optional(), description: description.optional(), enabled: z.boolean().optional() })
  .refine((b) => Object.keys(b).length > 0, { error: '바꿀 항목을 보내 주세요.', path: ['body'] });

export const webhookView = z.object({
  id: z.number().int(),
  url: z.string(),
  description: z.string(),
  events: z.array(z.string()),
  /** false after 24 h of failed deliveries (its owner is notified) or when its owner turned it off. */
  enabled: z.boolean(),
  disabledAt: z.iso.datetime().nullable(),
  failingSince: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export const createdWebhook = webhookView.extend({
  secret: z.string().describe('서명 비밀키 (whsec_…, Standard Webhooks). 지금 한 번만 보여 줍니다'),
});
export const webhookList = listOf(webhookView);

export const deliveryView = z.object({
  id: z.number().int(),
  /** The `webhook-id` header of every attempt. */
  messageId: z.string(),
  type: z.string(),
  status: z.enum(webhookDeliveryStatuses),
  attempts: z.number().int(),
  responseStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.iso.datetime().nullable(),
  lastAttemptAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  payload: z.unknown(),
});
export const deliveriesQuery = z.object(pageQuery);

export type WebhookView = z.infer<typeof webhookView>;
export type DeliveryView = z.infer<typeof deliveryView>;
