import { userStatuses } from '@/db/constants/accounts';
import { email } from '@/lib/accounts/schema';
import { userRef } from '@/lib/accounts/user-ref';
import { z } from '@/lib/core/zod';
import { pageQuery } from '@/lib/core/pagination';

export const presence = z.object({ online: z.boolean(), lastSeenAt: z.iso.datetime().nullable() });
export type Presence = z.infer<typeof presence>;

export const friend = z.object({
  user: userRef,
  /** Null when the friend's profile is private and they haven't added me back. */
  status: z.enum(userStatuses).nullable(),
  /** They have me in their list too. */
  isMutual: z.boolean(),
  presence,
  createdAt: z.iso.datetime(),
});
export type FriendView = z.infer<typeof friend>;

/** By email (DESIGN.md), or by id from a profile or a search result, which don't show emails. */
export const addFriendBody = z
  .object({ email: email.optional(), userId: z.number().int().positive().max(2_147_483_647).optional() })
  .refine((b) => (b.email === undefined) !== (b.userId === undefined), { path: ['email'], message: '친구로 추가할 이웃의 이메일을 입력해 주세요.' });
export type AddFriendInput = z.infer<typeof addFriendBody>;
export const friendsQuery = z.object({ ...pageQuery, size: pageQuery.size.default(50) });
export const userIdParams = z.object({ userId: z.coerce.number().int().positive().max(2_147_483_647) });

export const block = z.object({ user: userRef, createdAt: z.iso.datetime() });
export type BlockView = z.infer<typeof block>;

