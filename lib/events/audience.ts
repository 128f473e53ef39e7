/**
 * Who an event is for, in domain terms; the socket consumer maps each to its Socket.IO room.
 * An event with no audience is internal (cache invalidation, revocation).
 */
export type Audience = {
  users?: number[];
  chatRooms?: number[];
  /** Board readers of a 시군구 (a 행정동 code or its first five digits). */
  sigungu?: string[];
  /** Game lists watching a 시군구. */
  gameAreas?: string[];
  games?: number[];
  communityPosts?: number[];
};
