'use client';
import { PostFormShell } from '@/components/posts/post-form-shell';
import { TextField } from '@/components/ui/text-field';
import { categoryLabels, communityCategories, type CommunityCategory } from '@/lib/community/categories';
import { createCommunityPostEndpoint, updateCommunityPostEndpoint } from '@/lib/http/routes';
import type { CommunityPostView } from '@/lib/community/schema';
import { callEndpoint } from '@/lib/http/client';
import { communityKeys } from './community-keys';

/** "#맛집, 산책 #제주" → ["맛집", "산책", "제주"]: commas, spaces and # all separate tags; the API normalises the rest. */
const splitTags = (text: string) => text.split(/[\s,#]+/).filter(Boolean);

type Initial = Pick<CommunityPostView, 'id' | 'title' | 'category' | 'content' | 'tags'>;

/** Writing a new community post (no `post`) or editing one; the API's field errors show under each field. */
export function CommunityForm({ post }: { post?: Initial }) {
  return (
    <PostFormShell
      basePath="/community"
      keys={communityKeys}
      post={post}
      categories={communityCategories}
      categoryLabel={(c) => categoryLabels[c]}
      ariaLabel={post ? '글 수정' : '동네생활 글쓰기'}
      placeholders={{ title: '예: 용담2동 분리수거 요일 아시는 분?', content: '이웃과 나누고 싶은 이야기를 적어 주세요.' }}
      content={{ max: 5000, rows: 8, hint: '마크다운을 쓸 수 있어요 (**굵게**, - 목록, [링크](https://…)). ' }}
      save={(form) => {
        const body = {
          title: form.text('title'),
          category: form.text('category') as CommunityCategory,
          content: form.text('content'),
          tags: splitTags(form.text('tags')),
        };
        return post ? callEndpoint(updateCommunityPostEndpoint, { params: { id: post.id }, body }) : callEndpoint(createCommunityPostEndpoint, { body });
      }}
      afterContent={(errors) => (
        <TextField
          label="태그"
          name="tags"
          defaultValue={post?.tags.map((t) => `#${t}`).join(' ')}
          placeholder="#산책 #용담"
          hint="띄어쓰기나 쉼표로 나눠 5개까지, 하나에 20자까지"
          errors={errors.tags ?? Object.entries(errors).flatMap(([k, v]) => (k.startsWith('tags.') ? v : []))}
        />
      )}
    />
  );
}
