import { z } from '@/lib/core/zod';
import { imageUrl } from '@/lib/images/limits';

export const DELETED_USERNAME = '탈퇴한 사용자';

/** A user as shown next to their content: deleted accounts keep their id but lose their name and picture. */
export const userRef = z.object({
  id: z.number().int(),
  username: z.string(),
  isDeleted: z.boolean(),
  /** The 64 px avatar (lists, chat); null without one. */
  avatarUrl: z.string().nullable(),
});
export type UserRef = z.infer<typeof userRef>;

/** The users columns a UserRef is made from. */
export type UserRefSource = { id: number; username: string; isActive: boolean; avatarKey: string | null };

export const avatarUrl = (avatarKey: string | null, size: 64 | 256) => (avatarKey ? imageUrl(`${avatarKey}-${size}.webp`) : null);

export const toUserRef = (u: UserRefSource): UserRef => ({
  id: u.id,
  username: u.isActive ? u.username : DELETED_USERNAME,
  isDeleted: !u.isActive,
  avatarUrl: u.isActive ? avatarUrl(u.avatarKey, 64) : null,
});
