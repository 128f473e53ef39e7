import { bodyInstant } from '@/lib/core/dates';
import { z } from '@/lib/core/zod';
import { spaceIdParams } from './schema';

const MAX_BLOCK_DAYS = 366;

export const createBlockBody = z
  .object({
    startsAt: bodyInstant('시작 시각'),
    endsAt: bodyInstant('끝 시각', '2026-06-01T21:00:00+09:00'),
    reason: z.string({ error: '사유는 글자로 입력해 주세요.' }).trim().max(100, '사유는 100자 이하여야 합니다.').default(''),
  })
  .superRefine((v, ctx) => {
    // Refinements still run when a field failed to parse: compare only real instants.
    if (!(v.startsAt instanceof Date) || !(v.endsAt instanceof Date)) return;
    if (v.endsAt <= v.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: '끝 시각은 시작 시각보다 늦어야 합니다.' });
    else if (v.endsAt.getTime() - v.startsAt.getTime() > MAX_BLOCK_DAYS * 86_400_000)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: `한 번에 ${MAX_BLOCK_DAYS}일까지 막을 수 있습니다.` });
  });
export type CreateBlockInput = z.infer<typeof createBlockBody>;

export const blockParams = spaceIdParams.extend({ blockId: z.coerce.number().int().positive().max(2_147_483_647) });

export const spaceBlock = z.object({
  id: z.number().int(),
  spaceId: z.number().int(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  reason: z.string(),
  createdAt: z.iso.datetime(),
});
export type SpaceBlockView = z.infer<typeof spaceBlock>;

export const spaceBlockList = z.object({ items: z.array(spaceBlock) });
