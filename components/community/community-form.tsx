'use client';
import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextareaField } from '@/components/ui/form-fields';
import { TextField } from '@/components/ui/text-field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { categoryLabels, communityCategories } from '@/lib/community/categories';
import type { CommunityPostView } from '@/lib/community/schema';
import { apiFetch } from '@/lib/http/client';
import { communityKeys } from './community-keys';

const CONTENT_MAX = 5000;

/** "#맛집, 산책 #제주" → ["맛집", "산책", "제주"]: commas, spaces and # all separate tags; the API normalises the rest. */
const splitTags = (text: string) => text.split(/[\s,#]+/).filter(Boolean);

type Initial = Pick<CommunityPostView, 'id' | 'title' | 'category' | 'content' | 'tags'>;

/** Writing a new community post (no `post`) or editing one; the API's field errors show under each field. */
export function CommunityForm({ post }: { post?: Initial }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const errors = useFormErrors();
  const [pending, setPending] = useState(false);
  const [contentLength, setContentLength] = useState(post?.content.length ?? 0);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    errors.clear();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const body = {
      title: String(form.get('title') ?? ''),
      category: String(form.get('category') ?? ''),
      content: String(form.get('content') ?? ''),
      tags: splitTags(String(form.get('tags') ?? '')),
    };
    setPending(true);
    try {
      const saved = await apiFetch<CommunityPostView>(post ? `/api/community/posts/${post.id}` : '/api/community/posts', {
        method: post ? 'PATCH' : 'POST',
        body,
      });
      queryClient.setQueryData(communityKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: communityKeys.lists });
      router.push(`/community/${saved.id}`);
      router.refresh();
    } catch (error) {
      errors.show(error);
      setPending(false);
      requestAnimationFrame(() => formEl.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-label={post ? '글 수정' : '동네생활 글쓰기'} className="flex flex-col gap-4">
      {errors.message && <Alert>{errors.message}</Alert>}
      <TextField label="제목" name="title" defaultValue={post?.title} maxLength={100} required errors={errors.fields.title} placeholder="예: 용담2동 분리수거 요일 아시는 분?" />
      <SelectField label="카테고리" name="category" defaultValue={post?.category ?? ''} required errors={errors.fields.category}>
        <option value="" disabled>
          카테고리를 골라 주세요
        </option>
        {communityCategories.map((c) => (
          <option key={c} value={c}>
            {categoryLabels[c]}
          </option>
        ))}
      </SelectField>
      <TextareaField
        label="내용"
        name="content"
        defaultValue={post?.content}
        rows={8}
        maxLength={CONTENT_MAX}
        required
        onChange={(e) => setContentLength(e.target.value.length)}
        placeholder="이웃과 나누고 싶은 이야기를 적어 주세요."
        hint={`마크다운을 쓸 수 있어요 (**굵게**, - 목록, [링크](https://…)). ${contentLength}/${CONTENT_MAX}자`}
        errors={errors.fields.content}
      />
      <TextField
        label="태그"
        name="tags"
        defaultValue={post?.tags.map((t) => `#${t}`).join(' ')}
        placeholder="#산책 #용담"
        hint="띄어쓰기나 쉼표로 나눠 5개까지, 하나에 20자까지"
        errors={errors.fields.tags ?? Object.entries(errors.fields).flatMap(([k, v]) => (k.startsWith('tags.') ? v : []))}
      />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Link
          href={post ? `/community/${post.id}` : '/community'}
          className="inline-flex min-h-11 items-center justify-center rounded-lg border border-stone-300 bg-white px-4 font-semibold text-stone-800 hover:bg-stone-100"
        >
          취소
        </Link>
        <Button type="submit" loading={pending}>
          {pending ? (post ? '저장하는 중…' : '올리는 중…') : post ? '수정 완료' : '글 올리기'}
        </Button>
      </div>
    </form>
  );
}
