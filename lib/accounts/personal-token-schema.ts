import { allScopes, type Scope } from '@/lib/core/scopes';
import { listOf } from '@/lib/core/pagination';
import { z } from '@/lib/core/zod';

export const PERSONAL_TOKEN_PREFIX = 'dn_pat_';

export const personalTokenIdParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

export const createPersonalTokenBody = z.strictObject({
  name: z.string().trim().min(1).max(60),
  scopes: z
    .array(z.enum(allScopes as [Scope, ...Scope[]], { error: `알 수 없는 권한입니다. 쓸 수 있는 권한: ${allScopes.join(', ')}` }))
    .min(1)
    .max(allScopes.length)
    .transform((scopes) => [...new Set(scopes)]),
  expiresInDays: z.number().int().min(1).max(365).optional(),
});

export const personalTokenView = z.object({
  id: z.number().int(),
  name: z.string(),
  /** The token's first characters, to tell tokens apart; the token itself is shown once. */
  prefix: z.string(),
  scopes: z.array(z.string()),
  expiresAt: z.iso.datetime().nullable(),
  lastUsedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export const createdPersonalToken = personalTokenView.extend({ token: z.string().describe('dn_pat_… — 지금 한 번만 보여 줍니다') });
export const personalTokenList = listOf(personalTokenView);

export type PersonalTokenView = z.infer<typeof personalTokenView>;
