import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CommunityDetail } from '@/components/community/community-detail';
import { communityKeys } from '@/components/community/community-keys';
import { getDb } from '@/db/client';
import { getSessionUser, requireSessionUser } from '@/lib/auth/server-session';
import { getPost, viewPost } from '@/lib/community/queries';
import { postIdParams } from '@/lib/community/schema';
import { DomainError } from '@/lib/core/domain-error';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = postIdParams.safeParse(await params);
  if (!parsed.success || !(await getSessionUser())) return { title: '동네생활' };
  const post = await getPost(getDb(), parsed.data.id).catch(() => null);
  return { title: post?.title ?? '동네생활' };
}

export default async function CommunityPostPage({ params }: Props) {
  const parsed = postIdParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { id } = parsed.data;
  const me = await requireSessionUser(`/community/${id}`);
  // Opening the page is the read that counts (once per neighbour).
  const post = await viewPost(getDb(), id, me.id).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === 'not_found') notFound();
    throw error;
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
