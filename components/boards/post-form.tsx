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
import type { MealPostView } from '@/lib/boards/schema';
import { apiFetch } from '@/lib/http/client';
import { postKeys } from './post-keys';

const TARGETS = [2, 3, 4, 5, 6, 7, 8, 9, 10];
const CONTENT_MAX = 2000;

type Initial = Pick<MealPostView, 'id' | 'title' | 'category' | 'targetNumber' | 'content' | 'joinNumber'>;

/** Writing a new post (no `post`) or editing one; the API's field errors show under each field. */
export function PostForm({ categories, post, defaultCategory }: { categories: readonly string[]; post?: Initial; defaultCategory?: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const errors = useFormErrors();
  const [pending, setPending] = useState(false);
  const [contentLength, setContentLength] = useState(post?.content.length ?? 0);
  const editing = Boolean(post);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    errors.clear();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const target = String(form.get('targetNumber') ?? '');
    const body = {
      title: String(form.get('title') ?? ''),
      category: String(form.get('category') ?? ''),
      targetNumber: target === '' ? undefined : Number(target),
      content: String(form.get('content') ?? ''),
    };
    setPending(true);
    try {
      const saved = await apiFetch<MealPostView>(post ? `/api/posts/${post.id}` : '/api/posts', {
        method: post ? 'PATCH' : 'POST',
        body,
      });
      queryClient.setQueryData(postKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: postKeys.lists });
      router.push(`/posts/${saved.id}`);
      router.refresh();
    } catch (error) {
      errors.show(error);
      setPending(false);
      // Take keyboard and screen-reader users to the first field that needs fixing.
      requestAnimationFrame(() => formEl.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {errors.message && <Alert>{errors.message}</Alert>}
      <TextField label="제목" name="title" defaultValue={post?.title} maxLength={100} required errors={errors.fields.title} placeholder="예: 용담 해안도로 치킨 같이 시켜요" />
      <SelectField label="카테고리" name="category" defaultValue={post?.category ?? defaultCategory ?? ''} required errors={errors.fields.category}>
        <option value="" disabled>
          카테고리를 골라 주세요
        </option>
        {categories.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="모집 인원"
        name="targetNumber"
        defaultValue={String(post?.targetNumber ?? 4)}
        hint={
          post && post.joinNumber > 1
            ? `나를 포함한 인원이에요. 지금 ${post.joinNumber}명이 참여해서 ${post.joinNumber}명보다 적게 바꿀 수 없어요.`
            : '나를 포함한 인원이에요 (2~10명).'
        }
        errors={errors.fields.targetNumber}
      >
        {TARGETS.map((n) => (
          <option key={n} value={n}>
            {n}명
          </option>
        ))}
      </SelectField>
      <TextareaField
        label="내용"
        name="content"
        defaultValue={post?.content}
        rows={6}
        maxLength={CONTENT_MAX}
        required
        onChange={(e) => setContentLength(e.target.value.length)}
        placeholder="메뉴, 주문 시간, 받을 장소, 배달비 나누는 방법을 적어 주세요."
        hint={`${contentLength}/${CONTENT_MAX}자`}
        errors={errors.fields.content}
      />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Link
          href={post ? `/posts/${post.id}` : '/posts'}
          className="inline-flex min-h-11 items-center justify-center rounded-lg border border-stone-300 bg-white px-4 font-semibold text-stone-800 hover:bg-stone-100"
        >
          취소
        </Link>
        <Button type="submit" loading={pending}>
          {pending ? (editing ? '저장하는 중…' : '올리는 중…') : editing ? '수정 완료' : '글 올리기'}
        </Button>
      </div>
    </form>
  );
}
