import type { UseQueryResult } from '@tanstack/react-query';
import Link from '@/components/ui/link';
import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { RelativeTime } from '@/components/ui/relative-time';
import { ApiError } from '@/lib/http/client';
import { TrustedName } from '@/components/trust/neighbourhood-badge';

/** A post page still loading or failed: a deleted post (404) links back to the list, anything else offers a retry. */
export function PostQueryState({ query, listHref }: { query: UseQueryResult; listHref: string }) {
  if (query.isPending) return <LoadingState label="글을 불러오는 중…" />;
  if (!query.isError) return null;
  if (query.error instanceof ApiError && query.error.status === 404) {
    return (
      <div className="flex flex-col items-start gap-3">
        <Alert>삭제되었거나 없는 글입니다.</Alert>
        <Link href={listHref} className="font-medium text-brand-700 underline">
          목록으로
        </Link>
      </div>
    );
  }
  return <ErrorState message={`글을 불러오지 못했습니다. ${query.error.message}`} onRetry={() => query.refetch()} retrying={query.isFetching} />;
}

type BylinePost = { author: { username: string; verifiedDong?: string | null; temperature?: number }; neighbourhood: { dong: string }; createdAt: string; updatedAt: string };

/** Who wrote the post, where and when (and whether it was edited), then what the board adds. */
export function PostByline({ post, children }: { post: BylinePost; children?: ReactNode }) {
  return (
    <p className="mt-2 text-sm text-stone-600">
      <span className="font-medium text-stone-800">
        <TrustedName user={post.author} />
      </span>
      <span aria-hidden> · </span>
      {post.neighbourhood.dong}
      <span aria-hidden> · </span>
      <RelativeTime date={post.createdAt} />
      {post.updatedAt !== post.createdAt && <span> (수정됨)</span>}
      {children}
    </p>
  );
}
