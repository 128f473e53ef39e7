'use client';
import { useQuery } from '@tanstack/react-query';
import { HiddenNotice } from '@/components/moderation/hidden-notice';
import { ReportButton } from '@/components/moderation/report-button';
import { PostByline, PostQueryState } from '@/components/posts/post-detail-parts';
import { getPostEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';
import { OrderSheet } from '@/components/orders/order-sheet';
import { CategoryBadge, HeadCount, StatusBadge } from './post-badges';
import { PostActions } from './post-actions';
import { postKeys } from './post-keys';
import { useLivePosts } from './use-live-posts';

export function PostDetail({ id, viewerId, cannotJoin = null }: { id: number; viewerId: number; cannotJoin?: string | null }) {
  useLivePosts();
  const query = useQuery({
    queryKey: postKeys.detail(id),
    queryFn: ({ signal }) => callEndpoint(getPostEndpoint, { params: { id }, signal }),
    staleTime: 30_000,
  });

  if (!query.isSuccess) return <PostQueryState query={query} listHref="/posts" />;

  const post = query.data;
  const percent = Math.min(100, Math.round((post.joinNumber / Math.max(1, post.targetNumber)) * 100));
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
        <PostByline post={post} />
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
      <PostActions post={post} viewerId={viewerId} cannotJoin={cannotJoin} />
      {post.isJoined ? (
        <section aria-labelledby="group-order" className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">
          <h2 id="group-order" className="mb-3 text-base font-bold text-stone-700">
            같이 주문서
          </h2>
          <OrderSheet postId={post.id} chatRoomId={post.chatRoomId} viewerId={viewerId} isOrganizer={post.author.id === viewerId} />
        </section>
      ) : (
        <p className="rounded-2xl bg-stone-50 p-4 text-sm text-stone-600">참여하면 주문서에서 메뉴를 담고 내 몫을 바로 확인할 수 있어요.</p>
      )}
    </div>
  );
}
