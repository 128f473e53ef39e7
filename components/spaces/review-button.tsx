'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/form-fields';
import { Modal } from '@/components/ui/modal';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { TagPicker } from '@/components/reviews/tag-picker';
import { callEndpoint, type Unchecked } from '@/lib/http/client';
import { reviewGuestEndpoint, reviewReservationEndpoint } from '@/lib/http/routes';

const stars = [1, 2, 3, 4, 5];

/**
 * "리뷰 쓰기" on a finished reservation: a star rating (radio group), optional compliment and complaint
 * tags and an optional comment in a dialog. The guest reviews the space; with `guest`, the host reviews that guest.
 */
export function ReviewButton({ reservationId, spaceTitle, guest }: { reservationId: number; spaceTitle: string; guest?: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [saving, setSaving] = useState(false);
  const errors = useFormErrors();

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!rating) return errors.setMessage('별점을 골라 주세요.');
    setSaving(true);
    errors.clear();
    // The API names a tag outside the fixed set: the body goes as picked.
    const body = { rating, comment, tags: new FormData(e.currentTarget).getAll('tags').map(String) } as Unchecked<typeof reviewReservationEndpoint>;
    try {
      if (guest) await callEndpoint(reviewGuestEndpoint, { params: { id: reservationId }, body });
      else await callEndpoint(reviewReservationEndpoint, { params: { id: reservationId }, body });
      setOpen(false);
      router.refresh();
    } catch (error) {
      errors.show(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)} aria-label={guest ? `${guest} 게스트 후기 쓰기` : undefined}>
        {guest ? '게스트 후기 쓰기' : '리뷰 쓰기'}
      </Button>
      <Modal open={open} onClose={() => setOpen(false)} title={guest ? `${guest}님은 어땠나요? (${spaceTitle})` : `${spaceTitle} 리뷰`}>
        <form aria-label={guest ? '게스트 후기 쓰기' : '리뷰 쓰기'} onSubmit={submit} className="flex flex-col gap-4" noValidate>
          <fieldset>
            <legend className="text-sm font-medium text-stone-800">별점</legend>
            <div className="mt-1 flex gap-1">
              {stars.map((n) => (
                <label key={n} className="cursor-pointer text-3xl leading-none has-focus-visible:outline-2 has-focus-visible:outline-brand-700">
                  <input type="radio" name="rating" value={n} checked={rating === n} onChange={() => setRating(n)} className="sr-only" aria-label={`${n}점`} />
                  <span aria-hidden className={n <= rating ? 'text-amber-500' : 'text-stone-300'}>
                    ★
                  </span>
                </label>
              ))}
            </div>
            {errors.fields.rating && <p className="mt-1 text-sm text-red-700">{errors.fields.rating[0]}</p>}
          </fieldset>
          <TagPicker errors={errors.fields.tags} />
          <TextareaField label="후기 (선택)" rows={4} maxLength={1000} value={comment} onChange={(e) => setComment(e.target.value)} errors={errors.fields.comment} hint={`${comment.length}/1000자`} />
          {errors.message && <Alert>{errors.message}</Alert>}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
              닫기
            </Button>
            <Button type="submit" loading={saving}>
              리뷰 등록
            </Button>
          </div>
        </form>
      </Modal>
    </>
  );
}
