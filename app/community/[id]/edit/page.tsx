import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CommunityForm } from '@/components/community/community-form';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requireSessionUser } from '@/lib/auth/server-session';
import { getPost } from '@/lib/community/queries';
import { postIdParams } from '@/lib/community/schema';
import { DomainError } from '@/lib/core/domain-error';

export const metadata: Metadata = { title: '글 수정' };

export default async function EditCommunityPostPage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = postIdParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { id } = parsed.data;
  const me = await requireSessionUser(`/community/${id}/edit`);
  const post = await getPost(getDb(), id).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === 'not_found') notFound();
    throw error;
  });
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <Link href={`/community/${id}`} className="self-start text-sm font-medium text-stone-600 hover:text-stone-900">
        ← 글로 돌아가기
      </Link>
      <h1 className="text-2xl font-bold">글 수정</h1>
      {post.author.id === me.id ? (
        <Card>
          <CommunityForm post={post} />
        </Card>
      ) : (
        <Alert>글쓴이만 글을 고칠 수 있습니다.</Alert>
      )}
    </div>
  );
}
