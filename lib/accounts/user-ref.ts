import { z } from '@/lib/core/zod';
import { imageUrl } from '@/lib/images/limits';

export const DELETED_USERNAME = '탈퇴한 사용자';

/** A user as shown next to their content: deleted accounts keep their id but lose their name and picture. */
export const userRef = z.object({
  id: z.number().int().meta({ examples: [7] }),
  username: z.string().meta({ examples: ['망원동_민지'] }),
  isDeleted: z.boolean().meta({ examples: [false] }),
  /** The 64 px avatar (lists, chat); null without one. */
  avatarUrl: z.string().nullable().meta({ examples: ['/api/images/avatars/7/3f0e4c5a-8b1d-4e2f-9a6b-7c8d9e0f1a2b-64.webp'] }),
  /** On post cards and game and space pages: the 동네인증 badge's dong (null without one) and the 온도. */
  verifiedDong: z.string().nullable().optional().meta({ examples: ['서교동'] }),
  temperature: z.number().optional().meta({ examples: [36.5] }),
});
export type UserRef = z.infer<typeof userRef>;

/** The users columns a UserRef is made from. */
export type UserRefSource = { id: number; username: string; isActive: boolean; avatarKey: string | null; verifiedDong?: string | null; temperature?: number };

export const avatarUrl = (avatarKey: string | null, size: 64 | 256) => (avatarKey ? imageUrl(`${avatarKey}-${size}.webp`) : null);

export const toUserRef = (u: UserRefSource): UserRef => ({
  id: u.id,
  username: u.isActive ? u.username : DELETED_USERNAME,
  isDeleted: !u.isActive,
  avatarUrl: u.isActive ? avatarUrl(u.avatarKey, 64) : null,
  ...(u.verifiedDong !== undefined && { verifiedDong: u.isActive ? u.verifiedDong : null }),
  ...(u.temperature !== undefined && { temperature: Math.round(u.temperature * 10) / 10 }),
});
