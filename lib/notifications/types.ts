/**
 * Every kind of notification. Stored as text so adding a kind needs no migration;
 * the API documents this list.
 */
export const notificationTypes = [
  'post_joined',
  'post_full',
  'game_joined',
  'game_full',
  'game_confirmed',
  'game_failed',
  'game_cancelled',
  'game_promoted',
  'game_reminder',
  'game_removed',
  'game_player_cancelled',
  'game_offer_lapsed',
  'game_offer_lapsed_host',
  'reservation_booked',
  'reservation_requested',
  'reservation_declined',
  'reservation_confirmed',
  'reservation_cancelled',
  'reservation_reminder',
  'meal_order_locked',
  'meal_order_paid',
  'meal_order_dropped',
  'meal_order_cancelled',
  'meal_order_delivered',
  'community_comment',
  'community_reply',
  'friend_added',
  'direct_first_message',
  'chat_mention',
  'content_hidden',
  'moderation',
  'payout_paid',
  'payout_rejected',
  'webhook_disabled',
] as const;

export type NotificationType = (typeof notificationTypes)[number];
