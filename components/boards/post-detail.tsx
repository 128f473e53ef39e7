'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { RelativeTime } from '@/components/ui/relative-time';
import { Spinner } from '@/components/ui/spinner';
import { HiddenNotice } from '@/components/moderation/hidden-notice';
import { ReportButton } from '@/components/moderation/report-button';
import type { MealPostView } from '@/lib/boards/schema';
import { ApiError, apiFetch } from '@/lib/http/client';
import { CategoryBadge, HeadCount, StatusBadge } from './post-badges';
import { PostActions } from './post-actions';
import { postKeys } from './post-keys';
import { useLivePosts } from './use-live-posts';

export function PostDetail({ id, viewerId }: { id: number; viewerId: number }) {
  useLivePosts();
  const query = useQuery({
    queryKey: postKeys.detail(id),
    queryFn: ({ signal }) => apiFetch<MealPostView>(`/api/posts/${id}`, { signal }),
    staleTime: 30_000,
  });

  if (query.isPending) {
    return (
      <div className="flex justify-center py-12 text-stone-600" role="status">
        <Spinner label="글을 불러오는 중…" />
      </div>
    );
  }
  if (query.isError) {
    const gone = query.error instanceof ApiError && query.error.status === 404;
    return (
      <div className="flex flex-col items-start gap-3">
        <Alert>{gone ? '삭제되었거나 없는 글입니다.' : `글을 불러오지 못했습니다. ${query.error.message}`}</Alert>
        {gone ? (
          <Link href="/posts" className="font-medium text-brand-700 underline">
            목록으로
          </Link>
        ) : (
          <Button variant="secondary" onClick={() => query.refetch()} loading={query.isFetching}>
            다시 시도
          </Button>
        )}
      </div>
    );
  }

  const post = query.data;
  const percent = Math.min(100, Math.round((post.joinNumber / Math.max(1, post.targetNumber)) * 100));
  const edited = post.updatedAt !== post.createdAt;
  return (
    <div className="flex flex-col gap-4">
      {post.hiddenAt && <HiddenNotice />}
      <article className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">
        <div className="flex flex-wrap items-center gap-1.5">
          <CategoryBadge category={post.category} />
          <StatusBadge post={post} />
          {post.author.id !== viewerId && <ReportButton targetType="post" targetId={post.id} label="이 글 신고하기" className="ml-auto" />}
        </div>
        <h1 className="mt-2 text-2xl font-bold leading-snug">{post.title}</h1>
        <p className="mt-2 text-sm text-stone-600">
          <span className="font-medium text-stone-800">{post.author.username}</span>
          <span aria-hidden> · </span>
          {post.neighbourhood.dong}
          <span aria-hidden> · </span>
          <RelativeTime date={post.createdAt} />
          {edited && <span> (수정됨)</span>}
        </p>
        <div className="mt-4 rounded-xl bg-stone-50 p-4" aria-live="polite">
          <div className="flex items-baseline justify-between">
            <span className="text-sm font-medium text-stone-700">참여 인원</span>
            <HeadCount post={post} className="text-lg font-bold text-brand-700" />
          </div>
          <div className="mt-2 h-2 overflow-hidden rounded-full bg-stone-200" aria-hidden>
            <div className={`h-full rounded-full ${post.isComplete ? 'bg-stone-500' : 'bg-brand-600'}`} style={{ width: `${percent}%` }} />
          </div>
          {post.isComplete && <p className="mt-2 text-sm text-stone-600">모집이 끝났어요. 새로 참여할 수 없습니다.</p>}
        </div>
        <div className="mt-4 whitespace-pre-wrap break-words leading-relaxed text-stone-800">{post.content}</div>
      </article>
      <PostActions post={post} viewerId={viewerId} />
    </div>
  );
}
