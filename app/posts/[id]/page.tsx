import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PostDetail } from '@/components/boards/post-detail';
import { postKeys } from '@/components/boards/post-keys';
import { getDb } from '@/db/client';
import { getSessionUser, requireSessionUser } from '@/lib/auth/server-session';
import { getPost } from '@/lib/boards/queries';
import { postIdParams } from '@/lib/boards/schema';
import { DomainError } from '@/lib/core/domain-error';

type Props = { params: Promise<{ id: string }> };

async function load(id: number, viewerId: number) {
  return getPost(getDb(), id, viewerId).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === 'not_found') notFound();
    throw error;
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = postIdParams.safeParse(await params);
  // Titles are for neighbours only: visitors are sent to the login page anyway.
  if (!parsed.success || !(await getSessionUser())) return { title: '같이 주문' };
  const post = await getPost(getDb(), parsed.data.id, null).catch(() => null);
  return { title: post?.title ?? '같이 주문' };
}

export default async function PostPage({ params }: Props) {
  const parsed = postIdParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { id } = parsed.data;
  const me = await requireSessionUser(`/posts/${id}`);
  const post = await load(id, me.id);
  const queryClient = new QueryClient();
  queryClient.setQueryData(postKeys.detail(id), post);
  return (
    <div className="flex flex-col gap-4">
      <Link href="/posts" className="self-start text-sm font-medium text-stone-600 hover:text-stone-900">
        ← 같이 주문
      </Link>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <PostDetail id={id} viewerId={me.id} />
      </HydrationBoundary>
    </div>
  );
}
