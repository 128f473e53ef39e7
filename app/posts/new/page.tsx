import type { Metadata } from 'next';
import { PostForm } from '@/components/boards/post-form';
import { Card } from '@/components/ui/card';
import { PageShell } from '@/components/ui/page-shell';
import { requireSessionUser } from '@/lib/auth/server-session';
import { category as categorySchema, mealCategories } from '@/lib/boards/schema';

export const metadata: Metadata = { title: '글쓰기' };

type Search = { category?: string | string[] };

/** `?category=치킨` (from a menu recommendation) chooses the category; unknown values are ignored. */
export default async function NewPostPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { category } = await searchParams;
  const chosen = categorySchema.safeParse(Array.isArray(category) ? category[0] : category);
  const returnTo = chosen.success ? `/posts/new?category=${encodeURIComponent(chosen.data)}` : '/posts/new';
  const me = await requireSessionUser(returnTo);
  return (
    <PageShell
      narrow
      back={{ href: '/posts', label: '같이 주문' }}
      title="같이 주문할 이웃 찾기"
      description={`${me.neighbourhood.dong} 이웃에게 보입니다. 글을 올리면 채팅방이 함께 만들어져요.`}
    >
      <Card>
        <PostForm categories={mealCategories} defaultCategory={chosen.success ? chosen.data : undefined} />
      </Card>
    </PageShell>
  );
}
