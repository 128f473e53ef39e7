import { mealCategories } from '@/db/constants/boards';
import { userRef } from '@/lib/accounts/user-ref';
import { z } from '@/lib/core/zod';
import { pageInfoSchema } from '@/lib/core/pagination';
import { neighbourhoodRef } from '@/lib/neighbourhoods/schema';

export { mealCategories };

export const category = z.enum(mealCategories, { error: '카테고리를 골라 주세요.' });

const title = z.string({ error: '제목을 입력해 주세요.' }).trim().min(1, '제목을 입력해 주세요.').max(100, '제목은 100자 이하여야 합니다.').meta({ examples: ['오늘 저녁 치킨 같이 시켜요 (서교동)'] });
const content = z.string({ error: '내용을 입력해 주세요.' }).trim().min(1, '내용을 입력해 주세요.').max(2000, '내용은 2000자 이하여야 합니다.').meta({ examples: ['7시 반에 주문해요. 배달비 나눠 내요!'] });
const targetNumber = z
  .number({ error: '모집 인원을 숫자로 입력해 주세요.' })
  .int('모집 인원은 정수여야 합니다.')
  .min(2, '모집 인원은 나를 포함해 2명 이상이어야 합니다.')
  .max(10, '모집 인원은 10명 이하여야 합니다.');

/** Only neighbours with a current 동네인증 in the post's 시군구 may join (403 reason "verification_required"). */
const verifiedOnly = z.boolean({ error: '참여 조건을 골라 주세요.' });

export const createPostBody = z.object({ title, category, targetNumber, content, verifiedOnly: verifiedOnly.optional() });
export type CreatePostInput = z.infer<typeof createPostBody>;

export const updatePostBody = z
  .object({ title: title.optional(), category: category.optional(), targetNumber: targetNumber.optional(), content: content.optional(), verifiedOnly: verifiedOnly.optional() })
  .strict();
export type UpdatePostInput = z.infer<typeof updatePostBody>;

export const postIdParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

export const listPostsQuery = z.object({
  category: category.optional(),
  scope: z.enum(['dong', 'sigungu']).default('dong'),
  /** open: only posts still recruiting (the home page's list). */
  status: z.enum(['open', 'all']).default('all'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  size: z.coerce.number().int().min(1).max(50).default(10),
});
export type ListPostsQuery = Omit<z.infer<typeof listPostsQuery>, 'status'> & { status?: 'open' | 'all' };

export const mealPost = z.object({
  id: z.number().int(),
  // The same examples as the body's fields, for /docs.
  title: z.string().meta(title.meta()!),
  category,
  content: z.string().meta(content.meta()!),
  targetNumber: z.number().int().meta({ examples: [4] }),
  joinNumber: z.number().int(),
  isComplete: z.boolean(),
  isJoined: z.boolean(),
  chatRoomId: z.number().int(),
  author: userRef,
  neighbourhood: neighbourhoodRef,
  verifiedOnly: z.boolean(),
  /** Set when reports or an admin hid it: only its author still sees it (marked "신고로 숨겨졌어요"). */
  hiddenAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type MealPostView = z.infer<typeof mealPost>;

export const postPage = z.object({ items: z.array(mealPost), page: pageInfoSchema });
