import { reviewTagLabels } from '@/lib/reviews/labels';
import type { ReviewView } from '@/lib/reviews/schema';

/** Reviews left after a game: who about whom, the stars, tags and comment. */
export function ReviewList({ items }: { items: ReviewView[] }) {
  if (!items.length) return <p className="text-sm text-stone-600">아직 남겨진 후기가 없습니다.</p>;
  return (
    <ul className="flex flex-col gap-3" aria-label="후기">
      {items.map((r) => (
        <li key={r.id} className="rounded-lg bg-stone-50 p-3 text-sm" data-testid="review">
          <p className="font-semibold">
            {r.reviewer.username} → {r.reviewee.username}{' '}
            <span className="text-amber-600" aria-label={`별점 ${r.rating}점`}>
              {'★'.repeat(r.rating)}
              {'☆'.repeat(5 - r.rating)}
            </span>
          </p>
          {r.tags.length > 0 && (
            <ul className="mt-1 flex flex-wrap gap-1" aria-label="태그">
              {r.tags.map((t) => (
                <li key={t} className="rounded-full bg-white px-2 py-0.5 text-xs text-stone-700 ring-1 ring-stone-200">
                  {reviewTagLabels[t]}
                </li>
              ))}
            </ul>
          )}
          {r.comment && <p className="mt-1 whitespace-pre-line text-stone-800">{r.comment}</p>}
        </li>
      ))}
    </ul>
  );
}
