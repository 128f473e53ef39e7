import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Pagination } from '@/components/boards/pagination';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { RelativeTime } from '@/components/ui/relative-time';
import { TrustedName } from '@/components/trust/neighbourhood-badge';
import type { PageInfo } from '@/lib/core/pagination';

type Props<T> = {
  posts: UseQueryResult<{ items: T[]; page: PageInfo }>;
  /** Shown when the page has no posts. */
  empty: ReactNode;
  label?: string;
  pageHref: (page: number) => string;
  /** 이전/다음 jump ten pages (the meal board's paginator). */
  windowed?: boolean;
  children: (post: T) => ReactNode;
};

/** A board's list of one page: loading and error states, the empty state, the cards and the page buttons. */
export function BoardList<T extends { id: number }>({ posts, empty, label, pageHref, windowed, children }: Props<T>) {
  if (posts.isPending) return <LoadingState label="글을 불러오는 중…" />;
  if (posts.isError) {
    return <ErrorState message={`글 목록을 불러오지 못했습니다. ${posts.error.message}`} onRetry={() => posts.refetch()} retrying={posts.isFetching} />;
  }
  const { items, page } = posts.data;
  if (items.length === 0) return <EmptyBoard>{empty}</EmptyBoard>;
  return (
    <div className="flex flex-col gap-4">
      <p className="sr-only" aria-live="polite">
        글 {page.total}개 중 {page.current}페이지
      </p>
      <ul aria-label={label} className="flex flex-col gap-3" aria-busy={posts.isFetching || undefined}>
        {items.map(children)}
      </ul>
      <Pagination page={page} href={pageHref} windowed={windowed} />
    </div>
  );
}

function EmptyBoard({ children }: { children: ReactNode }) {
  return <div className="flex flex-col items-center gap-3 rounded-2xl border border-dashed border-stone-300 bg-white px-6 py-12 text-center">{children}</div>;
}

/** A card's last line: who wrote it and when, then what the board counts (head count, views). */
export function CardFooter({ post, children }: { post: { author: { username: string; verifiedDong?: string | null; temperature?: number }; createdAt: string }; children: ReactNode }) {
  return (
    <div className="mt-2 flex items-center justify-between gap-3 text-sm text-stone-600">
      <span className="min-w-0 truncate">
        <TrustedName user={post.author} />
        <span aria-hidden> · </span>
        <RelativeTime date={post.createdAt} />
      </span>
      {children}
    </div>
  );
}
