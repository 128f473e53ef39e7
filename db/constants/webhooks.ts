/** The events a webhook endpoint may subscribe to: about games, spaces and group orders its owner hosts or organizes. */
export const webhookEventTypes = [
  'game.player_joined',
  'game.player_left',
  'game.status_changed',
  'reservation.created',
  'reservation.cancelled',
  'payment.approved',
  'payment.refunded',
  'meal_order.status_changed',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/** The event a test send carries (`POST /api/webhooks/{id}/test`); no endpoint subscribes to it. */
export const webhookTestEventType = 'webhook.test';

export const webhookDeliveryStatuses = ['pending', 'succeeded', 'failed'] as const;
