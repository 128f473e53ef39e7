'use client';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import Link from '@/components/ui/link';
import { useState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextareaField } from '@/components/ui/form-fields';
import { TextField } from '@/components/ui/text-field';
import { useFormSubmit, type SubmittedForm } from '@/components/ui/use-form-submit';

type Post = { id: number; title: string; category: string; content: string };

type Props<C extends string> = {
  /** The board's address: /posts or /community. */
  basePath: string;
  keys: { detail: (id: number) => QueryKey; lists: QueryKey };
  /** The post being edited; none when writing a new one. */
  post?: Post;
  categories: readonly C[];
  categoryLabel?: (category: C) => string;
  defaultCategory?: string;
  placeholders: { title: string; content: string };
  content: { max: number; rows: number; hint?: string };
  ariaLabel?: string;
  /** Sends the form (create or update) and answers the saved post. */
  save: (form: SubmittedForm) => Promise<{ id: number }>;
  /** The board's own fields after the category and after the content. */
  afterCategory?: (errors: Record<string, string[]>) => ReactNode;
  afterContent?: (errors: Record<string, string[]>) => ReactNode;
};

/** The write/edit form both boards share: title, category, content, the board's extras, cancel and submit. */
export function PostFormShell<C extends string>(props: Props<C>) {
  const { basePath, keys, post, categories, categoryLabel = (c) => c, content, placeholders } = props;
  const queryClient = useQueryClient();
  const [contentLength, setContentLength] = useState(post?.content.length ?? 0);
  const { errors, pending, onSubmit } = useFormSubmit(props.save, {
    onSuccess: async (saved) => {
      queryClient.setQueryData(keys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: keys.lists });
    },
    redirectTo: (saved) => `${basePath}/${saved.id}`,
    onError: (_, form) => {
      // Take keyboard and screen-reader users to the first field that needs fixing.
      requestAnimationFrame(() => form.element.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return false;
    },
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-label={props.ariaLabel} className="flex flex-col gap-4">
      {errors.message && <Alert>{errors.message}</Alert>}
      <TextField label="제목" name="title" defaultValue={post?.title} maxLength={100} required errors={errors.fields.title} placeholder={placeholders.title} />
      <SelectField label="카테고리" name="category" defaultValue={post?.category ?? props.defaultCategory ?? ''} required errors={errors.fields.category}>
        <option value="" disabled>
          카테고리를 골라 주세요
        </option>
        {categories.map((c) => (
          <option key={c} value={c}>
            {categoryLabel(c)}
          </option>
        ))}
      </SelectField>
      {props.afterCategory?.(errors.fields)}
      <TextareaField
        label="내용"
        name="content"
        defaultValue={post?.content}
        rows={content.rows}
        maxLength={content.max}
        required
        onChange={(e) => setContentLength(e.target.value.length)}
        placeholder={placeholders.content}
        hint={`${content.hint ?? ''}${contentLength}/${content.max}자`}
        errors={errors.fields.content}
      />
      {props.afterContent?.(errors.fields)}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Link
          href={post ? `${basePath}/${post.id}` : basePath}
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
