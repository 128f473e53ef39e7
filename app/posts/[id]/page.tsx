import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { PostDetail } from '@/components/boards/post-detail';
import { postKeys } from '@/components/boards/post-keys';
import { getSessionUser } from '@/lib/auth/server-session';
import { getPost } from '@/lib/boards/queries';
import { getMembership } from '@/lib/chat/queries';
import { postIdParams } from '@/lib/boards/schema';
import { loadPage, peekPage } from '@/lib/http/page-loader';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Titles are for neighbours only: visitors are sent to the login page anyway.
  const post = (await getSessionUser()) ? await peekPage({ params, schema: postIdParams, load: ({ db, params }) => getPost(db, params.id, null) }) : null;
  return { title: post?.title ?? '같이 주문' };
}

export default async function PostPage({ params }: Props) {
  const {
    params: { id },
    me,
    data: post,
    db,
  } = await loadPage({ params, schema: postIdParams, signIn: ({ id }) => `/posts/${id}`, load: ({ db, params, me }) => getPost(db, params.id, me.id) });
  // Why this neighbour can't join, if they can't: sent out of the room, or suspended.
  const { isBanned } = await getMembership(db, post.chatRoomId, me.id);
  const cannotJoin = isBanned ? '이 모임에서 내보내져 다시 참여할 수 없어요.' : me.suspendedUntil && new Date(me.suspendedUntil) > new Date() ? '이용이 정지된 동안에는 참여할 수 없어요.' : null;
  const queryClient = new QueryClient();
  queryClient.setQueryData(postKeys.detail(id), post);
  return (
    <div className="flex flex-col gap-4">
      <Link href="/posts" className="self-start text-sm font-medium text-stone-600 hover:text-stone-900">
        ← 같이 주문
      </Link>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <PostDetail id={id} viewerId={me.id} cannotJoin={cannotJoin} />
      </HydrationBoundary>
    </div>
  );
}
