'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/form-fields';
import { useFormErrors } from '@/components/ui/use-form-errors';
import type { UserRef } from '@/lib/accounts/user-ref';
import { callEndpoint, type Unchecked } from '@/lib/http/client';
import { createReviewEndpoint } from '@/lib/http/routes';
import { TagPicker } from './tag-picker';

/** One person I played with: stars (required), quick tags and a short comment. */
export function ReviewForm({ gameId, reviewee, isHost }: { gameId: number; reviewee: UserRef; isHost: boolean }) {
  const router = useRouter();
  const errors = useFormErrors();
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    errors.clear();
    const form = new FormData(e.currentTarget);
    const rating = Number(form.get('rating'));
    if (!rating) return errors.setMessage('별점을 골라 주세요.');
    setPending(true);
    try {
      const body = { revieweeId: reviewee.id, rating, comment: String(form.get('comment') ?? ''), tags: form.getAll('tags').map(String) };
      await callEndpoint(createReviewEndpoint, { params: { id: gameId }, body: body as Unchecked<typeof createReviewEndpoint> });
      router.refresh();
    } catch (error) {
      errors.show(error);
      setPending(false);
    }
  }

  const name = `${reviewee.username}${isHost ? ' (호스트)' : ''}`;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3 rounded-lg border border-stone-200 p-3" aria-label={`${reviewee.username} 평가`} noValidate>
      <fieldset>
        <legend className="text-sm font-semibold">{name}님은 어땠나요?</legend>
        <div className="mt-2 flex gap-1">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="cursor-pointer">
              <input type="radio" name="rating" value={n} className="peer sr-only" aria-label={`${n}점`} />
              <span className="flex h-11 w-11 items-center justify-center rounded-lg border border-stone-300 text-lg peer-checked:border-amber-500 peer-checked:bg-amber-50 peer-focus-visible:ring-2 peer-focus-visible:ring-brand-700">
                {n}★
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <TagPicker errors={errors.fields.tags} />
      <TextareaField label="한마디 (선택)" name="comment" rows={2} maxLength={500} errors={errors.fields.comment} />
      {errors.message && <Alert>{errors.message}</Alert>}
      <Button type="submit" loading={pending}>
        후기 남기기
      </Button>
    </form>
  );
}
