/** The kinds a person can switch off, as `types` names them in the settings. */
export const notificationKinds = ['chat', 'mealPosts', 'community', 'friends', 'games', 'spaces', 'payments', 'moderation'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationKindLabels: Record<NotificationKind, string> = {
  chat: '채팅 메시지',
  mealPosts: '같이 주문',
  community: '동네생활 댓글',
  friends: '친구',
  games: '픽업 경기',
  spaces: '공간 예약',
  payments: '결제·환불',
  moderation: '신고·운영 알림',
};

/**
 * The settings kind of a notification type, by prefix, so types added later fall in place
 * (`meal_order_*` of group orders, `payout_*` of settlements). Null: no kind, pushed unless push is off.
 */
const prefixes: [string, NotificationKind][] = [
  ['post_', 'mealPosts'],
  ['meal_order_', 'mealPosts'],
  ['community_', 'community'],
  ['friend_', 'friends'],
  ['game_', 'games'],
  ['reservation_', 'spaces'],
  ['space_', 'spaces'],
  ['payment_', 'payments'],
  ['payout_', 'payments'],
  ['settlement_', 'payments'],
  ['refund_', 'payments'],
  ['content_hidden', 'moderation'],
  ['moderation', 'moderation'],
  ['direct_', 'chat'],
  ['chat_', 'chat'],
];

export function kindOfNotification(type: string): NotificationKind | null {
  return prefixes.find(([prefix]) => type.startsWith(prefix))?.[1] ?? null;
}

/** Kinds that still push when the room is muted or it is quiet time (only their own switch stops them). */
export const urgentKinds: NotificationKind[] = ['payments'];

/** Notices whose push another push already carries (the first DM's notice: the message itself is pushed). */
export const notPushedTypes = ['direct_first_message'];

/**
 * Notices that reach someone through quiet hours too: being called by name in a chat, and a
 * waitlist seat offer, which lapses if not paid in time.
 */
export const throughQuietHoursTypes = ['chat_mention', 'game_promoted'];
