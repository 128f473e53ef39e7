import { z } from '@/lib/core/zod';

export const DELETED_USERNAME = '탈퇴한 사용자';

/** A user as shown next to their content: deleted accounts keep their id but lose their name. */
export const userRef = z.object({ id: z.number().int(), username: z.string(), isDeleted: z.boolean() });
export type UserRef = z.infer<typeof userRef>;

export const toUserRef = (u: { id: number; username: string; isActive: boolean }): UserRef => ({
  id: u.id,
  username: u.isActive ? u.username : DELETED_USERNAME,
  isDeleted: !u.isActive,
});
