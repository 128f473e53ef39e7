'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/form-fields';
import { Modal } from '@/components/ui/modal';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { reviewReservationEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';

const stars = [1, 2, 3, 4, 5];

/** "리뷰 쓰기" on a finished reservation: a star rating (radio group) and an optional comment in a dialog. */
export function ReviewButton({ reservationId, spaceTitle }: { reservationId: number; spaceTitle: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [saving, setSaving] = useState(false);
  const errors = useFormErrors();

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!rating) return errors.setMessage('별점을 골라 주세요.');
    setSaving(true);
    errors.clear();
    try {
      await callEndpoint(reviewReservationEndpoint, { params: { id: reservationId }, body: { rating, comment } });
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
      <Button variant="secondary" onClick={() => setOpen(true)}>
        리뷰 쓰기
      </Button>
      <Modal open={open} onClose={() => setOpen(false)} title={`${spaceTitle} 리뷰`}>
        <form aria-label="리뷰 쓰기" onSubmit={submit} className="flex flex-col gap-4" noValidate>
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
