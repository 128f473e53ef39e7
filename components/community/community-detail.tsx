'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Link from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { HiddenNotice } from '@/components/moderation/hidden-notice';
import { ReportButton } from '@/components/moderation/report-button';
import { useSocketEvent } from '@/components/realtime/use-socket-event';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { PostByline, PostQueryState } from '@/components/posts/post-detail-parts';
import { categoryLabels } from '@/lib/community/categories';
import { deleteCommunityPostEndpoint, getCommunityPostEndpoint } from '@/lib/http/routes';
import { ApiError, callEndpoint } from '@/lib/http/client';
import { Comments } from './comments';
import { TagLink } from './community-filters';
import { communityKeys } from './community-keys';
import { LiveReaders } from './live-readers';
import { Markdown } from './markdown';

export function CommunityDetail({ id, viewerId }: { id: number; viewerId: number }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: communityKeys.detail(id),
    queryFn: ({ signal }) => callEndpoint(getCommunityPostEndpoint, { params: { id }, signal }),
    staleTime: 30_000,
    // A deleted post stays deleted: no point asking twice.
    retry: (failures, error) => !(error instanceof ApiError && error.status === 404) && failures < 1,
  });
  // Deleted while open: fetching again turns the page into its 404 state.
  useSocketEvent('community:deleted', (e) => {
    if (e.postId === id) void queryClient.invalidateQueries({ queryKey: communityKeys.detail(id) });
  });

  if (!query.isSuccess) return <PostQueryState query={query} listHref="/community" />;

  const post = query.data;
  async function remove() {
    await callEndpoint(deleteCommunityPostEndpoint, { params: { id: post.id } });
    queryClient.removeQueries({ queryKey: communityKeys.detail(post.id) });
    await queryClient.invalidateQueries({ queryKey: communityKeys.lists });
    router.push('/community');
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-4">
      {post.hiddenAt && <HiddenNotice />}
      <article className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">
        <div className="flex items-center justify-between gap-2">
          <span className="rounded-md bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-700">{categoryLabels[post.category]}</span>
          {post.author.id !== viewerId && <ReportButton targetType="community_post" targetId={post.id} label="이 글 신고하기" />}
        </div>
        <h1 className="mt-2 text-2xl font-bold leading-snug">{post.title}</h1>
        <PostByline post={post}>
          <span aria-hidden> · </span>
          <span data-testid="view-count">조회 {post.viewCount}</span>
        </PostByline>
        <div className="mt-4">
          <Markdown>{post.content}</Markdown>
        </div>
        {post.tags.length > 0 && (
          <ul aria-label="태그" className="mt-4 flex flex-wrap gap-1.5">
            {post.tags.map((t) => (
              <li key={t}>
                <TagLink tag={t} />
              </li>
            ))}
          </ul>
        )}
        {post.author.id === viewerId && (
          <div className="mt-4 flex gap-2 border-t border-stone-200 pt-3">
            <Link
              href={`/community/${post.id}/edit`}
              className="inline-flex min-h-11 flex-1 items-center justify-center rounded-lg border border-stone-300 bg-white px-4 font-semibold text-stone-800 hover:bg-stone-100"
            >
              수정
            </Link>
            <ConfirmButton
              className="flex-1"
              title="글을 삭제할까요?"
              description="글과 댓글이 모두 사라집니다."
              confirmLabel="삭제"
              pendingLabel="삭제하는 중…"
              onConfirm={remove}
            >
              삭제
            </ConfirmButton>
          </div>
        )}
      </article>
      <LiveReaders postId={post.id} />
      <Comments postId={post.id} viewerId={viewerId} />
    </div>
  );
}
