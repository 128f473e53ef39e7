import type { Metadata } from 'next';
import { PostForm } from '@/components/boards/post-form';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { PageShell } from '@/components/ui/page-shell';
import { getPost } from '@/lib/boards/queries';
import { mealCategories, postIdParams } from '@/lib/boards/schema';
import { loadPage } from '@/lib/http/page-loader';

export const metadata: Metadata = { title: '글 수정' };

export default async function EditPostPage({ params }: { params: Promise<{ id: string }> }) {
  const {
    params: { id },
    me,
    data: post,
  } = await loadPage({ params, schema: postIdParams, signIn: ({ id }) => `/posts/${id}/edit`, load: ({ db, params, me }) => getPost(db, params.id, me.id) });
  return (
    <PageShell narrow back={{ href: `/posts/${id}`, label: '글로 돌아가기' }} title="글 수정">
      {post.author.id === me.id ? (
        <Card>
          <PostForm categories={mealCategories} post={post} />
        </Card>
      ) : (
        <Alert>글쓴이만 글을 고칠 수 있습니다.</Alert>
      )}
    </PageShell>
  );
}
