import type { MealPostView } from '@/lib/boards/schema';

export function CategoryBadge({ category }: { category: string }) {
  return <span className="rounded-md bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-700">{category}</span>;
}

export function StatusBadge({ post }: { post: Pick<MealPostView, 'isComplete'> }) {
  return post.isComplete ? (
    <span className="rounded-md bg-stone-700 px-2 py-0.5 text-xs font-semibold text-white">모집 완료</span>
  ) : (
    <span className="rounded-md bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800 ring-1 ring-brand-100">모집 중</span>
  );
}

/** "2/4명", read out as "참여 2명, 모집 4명". */
export function HeadCount({ post, className = '' }: { post: Pick<MealPostView, 'joinNumber' | 'targetNumber'>; className?: string }) {
  return (
    <span className={className} data-testid="head-count">
      <span aria-hidden>
        {post.joinNumber}/{post.targetNumber}명
      </span>
      <span className="sr-only">
        참여 {post.joinNumber}명, 모집 {post.targetNumber}명
      </span>
    </span>
  );
}
