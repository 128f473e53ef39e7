import Link from '@/components/ui/link';
import { Card } from '@/components/ui/card';
import { dayLabel } from '@/lib/core/seoul-time';
import type { PageInfo } from '@/lib/core/pagination';
import type { SpaceReviewView } from '@/lib/spaces/review-schema';

const Stars = ({ rating }: { rating: number }) => (
  <span role="img" aria-label={`별점 ${rating}점`} className="text-amber-500">
    {'★'.repeat(Math.round(rating))}
    <span className="text-stone-300">{'★'.repeat(5 - Math.round(rating))}</span>
  </span>
);

/** The space page's reviews: the average and count, the newest reviews, and links to older pages. */
export function SpaceReviews({
  spaceId,
  reviews,
}: {
  spaceId: number;
  reviews: { items: SpaceReviewView[]; page: PageInfo; summary: { average: number | null; count: number } };
}) {
  const { items, page, summary } = reviews;
  const pageHref = (n: number) => `/spaces/${spaceId}?reviewPage=${n}#reviews`;
  return (
    <Card title="리뷰">
      <div id="reviews" className="flex flex-col gap-3">
        {summary.count === 0 ? (
          <p className="text-sm text-stone-600">아직 리뷰가 없습니다. 이용한 분들이 남긴 리뷰가 여기에 보입니다.</p>
        ) : (
          <p className="flex items-center gap-2 text-base font-bold" data-testid="review-summary">
            <Stars rating={summary.average ?? 0} /> {summary.average} <span className="text-sm font-medium text-stone-600">리뷰 {summary.count}개</span>
          </p>
        )}
        {items.length > 0 && (
          <ul className="flex flex-col divide-y divide-stone-100" aria-label="리뷰 목록">
            {items.map((r) => (
              <li key={r.id} className="flex flex-col gap-1 py-3">
                <p className="flex items-center gap-2 text-sm">
                  <Stars rating={r.rating} />
                  <span className="font-semibold">{r.author.username}</span>
                  <span className="text-stone-600">{dayLabel(r.createdAt)}</span>
                </p>
                {r.comment && <p className="whitespace-pre-line text-stone-800">{r.comment}</p>}
              </li>
            ))}
          </ul>
        )}
        {page.totalPages > 1 && (
          <nav aria-label="리뷰 페이지" className="flex justify-between text-sm font-semibold">
            {page.prev ? <Link href={pageHref(page.prev)}>← 최근 리뷰</Link> : <span />}
            {page.next && <Link href={pageHref(page.next)}>이전 리뷰 →</Link>}
          </nav>
        )}
      </div>
    </Card>
  );
}
