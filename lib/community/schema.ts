import { userRef } from '@/lib/accounts/user-ref';
import { invalid, type FieldErrors } from '@/lib/core/domain-error';
import { z } from '@/lib/core/zod';
import { pageInfoSchema, paginated } from '@/lib/core/pagination';
import { neighbourhoodRef } from '@/lib/neighbourhoods/schema';
import { communityCategories } from './categories';
import { MAX_TAG_LENGTH, MAX_TAGS, normaliseTag } from './tags';

export const category = z.enum(communityCategories, { error: '카테고리를 골라 주세요.' });

const title = z.string({ error: '제목을 입력해 주세요.' }).trim().min(1, '제목을 입력해 주세요.').max(100, '제목은 100자 이하여야 합니다.').meta({ examples: ['망원시장 근처 조용한 카페 추천해 주세요'] });
const content = z
  .string({ error: '내용을 입력해 주세요.' })
  .trim()
  .min(1, '내용을 입력해 주세요.')
  .max(5000, '내용은 5000자 이하여야 합니다.')
  .meta({ examples: ['노트북 들고 오래 있어도 괜찮은 곳이면 좋겠어요.'] });

const tagName = z
  .string({ error: '태그는 글자여야 합니다.' })
  .max(100, `태그는 ${MAX_TAG_LENGTH}자 이하여야 합니다.`)
  .transform(normaliseTag)
  .refine((t) => t.length <= MAX_TAG_LENGTH, `태그는 ${MAX_TAG_LENGTH}자 이하여야 합니다.`);

/** Normalised, empty ones dropped, duplicates merged, then at most five. */
export const tags = z
  .array(tagName, { error: '태그 목록이 올바르지 않습니다.' })
  .max(20, `태그는 ${MAX_TAGS}개까지 달 수 있습니다.`)
  .transform((list) => [...new Set(list.filter(Boolean))])
  .refine((list) => list.length <= MAX_TAGS, `태그는 ${MAX_TAGS}개까지 달 수 있습니다.`);

export const createPostBody = z.object({ title, category, content, tags: tags.default([]) });
export type CreatePostInput = z.input<typeof createPostBody>;

export const updatePostBody = z
  .object({ title: title.optional(), category: category.optional(), content: content.optional(), tags: tags.optional() })
  .strict();
export type UpdatePostInput = z.input<typeof updatePostBody>;

const id = z.coerce.number().int().positive().max(2_147_483_647);
export const postIdParams = z.object({ id });
export const commentIdParams = z.object({ id });

export const listPostsQuery = z.object({
  category: category.optional(),
  tag: z.string().max(100).transform(normaliseTag).optional().describe('태그 이름 (#, 대소문자, 공백 무시)'),
  q: z.string().trim().max(100, '검색어는 100자 이하여야 합니다.').optional().describe('제목, 내용, 카테고리, 태그에서 찾을 말'),
  scope: z.enum(['dong', 'sigungu']).default('dong'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  size: z.coerce.number().int().min(1).max(50).default(10),
});
export type ListPostsQuery = z.output<typeof listPostsQuery>;

export const communityPost = z.object({
  id: z.number().int(),
  // The same examples as the body's fields, for /docs.
  title: z.string().meta(title.meta()!),
  category,
  content: z.string().meta({ ...content.meta(), description: '마크다운 (HTML은 그대로 글자로 보입니다)' }),
  tags: z.array(z.string()),
  viewCount: z.number().int(),
  commentCount: z.number().int(),
  author: userRef,
  neighbourhood: neighbourhoodRef,
  /** Set when reports or an admin hid it: only its author still sees it (marked "신고로 숨겨졌어요"). */
  hiddenAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type CommunityPostView = z.infer<typeof communityPost>;
export const communityPostPage = z.object({ items: z.array(communityPost), page: pageInfoSchema });

const commentContent = z
  .string({ error: '댓글을 입력해 주세요.' })
  .trim()
  .min(1, '댓글을 입력해 주세요.')
  .max(1000, '댓글은 1000자 이하여야 합니다.');
export const commentBody = z.object({ content: commentContent }).strict();
export type CommentInput = z.input<typeof commentBody>;
/** Writing one: `parentId` makes it a reply to that top-level comment of the same post. */
export const createCommentBody = z
  .object({ content: commentContent, parentId: z.number({ error: '답글을 달 댓글이 올바르지 않습니다.' }).int().positive().max(2_147_483_647).optional() })
  .strict();
export type CreateCommentInput = z.input<typeof createCommentBody>;

export const listCommentsQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  size: z.coerce.number().int().min(1).max(100).default(50),
});

export const communityComment = z.object({
  id: z.number().int(),
  postId: z.number().int(),
  /** The top-level comment this replies to; null for a top-level comment. */
  parentId: z.number().int().nullable(),
  content: z.string(),
  author: userRef,
  /** Set when reports or an admin hid it: only its author still sees it (marked "신고로 숨겨졌어요"). */
  hiddenAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type CommunityCommentView = z.infer<typeof communityComment>;
export const commentPage = paginated(communityComment);

/** The live room's talk line: one message, never stored. */
export const talkBody = z.string().trim().min(1, '내용을 입력해 주세요.').max(500, '500자 이하로 적어 주세요.');

/**
 * The domain normalises its own input (seeds and tests call it directly): the same schemas as
 * the routes, a failure becoming the same 400 with field errors.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const fields: FieldErrors = {};
  for (const issue of result.error.issues) (fields[issue.path.join('.') || 'body'] ??= []).push(issue.message);
  throw invalid('입력값을 확인해 주세요.', fields);
}
