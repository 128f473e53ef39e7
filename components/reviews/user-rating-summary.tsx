import type { RatingSummary } from '@/lib/reviews/schema';

/** A user's average rating from game reviews, or a quiet note before the first one. */
export function UserRatingSummary({ summary }: { summary: RatingSummary }) {
  if (summary.average === null) return <p className="text-sm text-stone-600" data-testid="rating-summary">아직 받은 경기 후기가 없어요</p>;
  return (
    <p className="flex items-center gap-1 text-sm" data-testid="rating-summary">
      <span aria-hidden className="text-amber-500">
        ★
      </span>
      <span className="font-bold text-stone-900">
        <span className="sr-only">평균 별점 </span>
        {summary.average.toFixed(1)}
      </span>
      <span className="text-stone-600">· 경기 후기 {summary.count}개</span>
    </p>
  );
}
