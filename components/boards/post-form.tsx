'use client';
import { PostFormShell } from '@/components/posts/post-form-shell';
import { SelectField } from '@/components/ui/form-fields';
import { createPostEndpoint, updatePostEndpoint } from '@/lib/http/routes';
import type { MealPostView } from '@/lib/boards/schema';
import { callEndpoint } from '@/lib/http/client';
import { postKeys } from './post-keys';
import { VerifiedOnlyField } from '@/components/trust/verified-only-field';

const TARGETS = [2, 3, 4, 5, 6, 7, 8, 9, 10];

type Initial = Pick<MealPostView, 'id' | 'title' | 'category' | 'targetNumber' | 'content' | 'joinNumber' | 'verifiedOnly'>;

/** Writing a new post (no `post`) or editing one; the API's field errors show under each field. */
export function PostForm({ categories, post, defaultCategory }: { categories: readonly MealPostView['category'][]; post?: Initial; defaultCategory?: string }) {
  return (
    <PostFormShell
      basePath="/posts"
      keys={postKeys}
      post={post}
      categories={categories}
      defaultCategory={defaultCategory}
      placeholders={{ title: '예: 용담 해안도로 치킨 같이 시켜요', content: '메뉴, 주문 시간, 받을 장소, 배달비 나누는 방법을 적어 주세요.' }}
      content={{ max: 2000, rows: 6 }}
      save={(form) => {
        const body = {
          title: form.text('title'),
          category: form.text('category') as MealPostView['category'],
          targetNumber: Number(form.text('targetNumber')),
          content: form.text('content'),
          verifiedOnly: form.checked('verifiedOnly'),
        };
        return post ? callEndpoint(updatePostEndpoint, { params: { id: post.id }, body }) : callEndpoint(createPostEndpoint, { body });
      }}
      afterCategory={(errors) => (
        <>
          <SelectField
            label="모집 인원"
            name="targetNumber"
            defaultValue={String(post?.targetNumber ?? 4)}
            hint={
              post && post.joinNumber > 1
                ? `나를 포함한 인원이에요. 지금 ${post.joinNumber}명이 참여해서 ${post.joinNumber}명보다 적게 바꿀 수 없어요.`
                : '나를 포함한 인원이에요 (2~10명).'
            }
            errors={errors.targetNumber}
          >
            {TARGETS.map((n) => (
              <option key={n} value={n}>
                {n}명
              </option>
            ))}
          </SelectField>
          <VerifiedOnlyField defaultChecked={post?.verifiedOnly} />
        </>
      )}
    />
  );
}
