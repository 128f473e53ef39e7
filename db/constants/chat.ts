export const chatRoomKinds = ['post', 'direct', 'game', 'community'] as const;
export type ChatRoomKind = (typeof chatRoomKinds)[number];

/** The reactions a message can get (KakaoTalk-like fixed set; the database checks the same list). */
export const chatReactionEmojis = ['👍', '❤️', '😂', '😮', '😢', '🙏'] as const;
export type ChatReactionEmoji = (typeof chatReactionEmojis)[number];

/** How long after sending its author may still edit a message. */
export const CHAT_EDIT_WINDOW_MS = 15 * 60 * 1000;

/** Photos per image message, as the images pipeline allows per upload. */
export const MAX_CHAT_IMAGES = 10;
