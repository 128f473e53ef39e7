import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { CommunityDetail } from '@/components/community/community-detail';
import { communityKeys } from '@/components/community/community-keys';
import { getSessionUser } from '@/lib/auth/server-session';
import { getPost, viewPost } from '@/lib/community/queries';
import { postIdParams } from '@/lib/community/schema';
import { loadPage, peekPage } from '@/lib/http/page-loader';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = (await getSessionUser()) ? await peekPage({ params, schema: postIdParams, load: ({ db, params }) => getPost(db, params.id) }) : null;
  return { title: post?.title ?? '동네생활' };
}

export default async function CommunityPostPage({ params }: Props) {
  const {
    params: { id },
    me,
    data: post,
  } = await loadPage({
    params,
    schema: postIdParams,
    signIn: ({ id }) => `/community/${id}`,
    // Opening the page is the read that counts (once per neighbour).
    load: ({ db, params, me }) => viewPost(db, params.id, me.id),
  });
  const queryClient = new QueryClient();
  queryClient.setQueryData(communityKeys.detail(id), post);
  return (
    <div className="flex flex-col gap-4">
      <Link href="/community" className="self-start text-sm font-medium text-stone-600 hover:text-stone-900">
        ← 동네생활
      </Link>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <CommunityDetail id={id} viewerId={me.id} />
      </HydrationBoundary>
    </div>
  );
}
