export const chatRoomKinds = ['post', 'direct', 'game', 'community'] as const;
export type ChatRoomKind = (typeof chatRoomKinds)[number];
