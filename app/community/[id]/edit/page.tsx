import type { Metadata } from 'next';
import { CommunityForm } from '@/components/community/community-form';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { PageShell } from '@/components/ui/page-shell';
import { getPost } from '@/lib/community/queries';
import { postIdParams } from '@/lib/community/schema';
import { loadPage } from '@/lib/http/page-loader';

export const metadata: Metadata = { title: '글 수정' };

export default async function EditCommunityPostPage({ params }: { params: Promise<{ id: string }> }) {
  const {
    params: { id },
    me,
    data: post,
  } = await loadPage({ params, schema: postIdParams, signIn: ({ id }) => `/community/${id}/edit`, load: ({ db, params }) => getPost(db, params.id) });
  return (
    <PageShell narrow back={{ href: `/community/${id}`, label: '글로 돌아가기' }} title="글 수정">
      {post.author.id === me.id ? (
        <Card>
          <CommunityForm post={post} />
        </Card>
      ) : (
        <Alert>글쓴이만 글을 고칠 수 있습니다.</Alert>
      )}
    </PageShell>
  );
}
