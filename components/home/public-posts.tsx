import Link from '@/components/ui/link';
import { CategoryBadge } from '@/components/boards/post-badges';
import { RelativeTime } from '@/components/ui/relative-time';

export type PublicPost = {
  id: number;
  title: string;
  category: string;
  joinNumber: number;
  targetNumber: number;
  createdAt: string;
  neighbourhood: { sigungu: string; dong: string };
};

/** What neighbours are organising across Dongne right now, without who (for visitors). */
export function PublicPosts({ posts }: { posts: PublicPost[] }) {
  if (posts.length === 0) return <p className="text-sm text-stone-600">아직 열린 같이 주문 글이 없어요. 첫 글의 주인공이 되어 보세요.</p>;
  return (
    <ul className="grid gap-2 sm:grid-cols-2">
      {posts.map((p) => (
        <li key={p.id} className="rounded-2xl border border-stone-200 bg-white p-4 shadow-sm" data-testid="public-post">
          <div className="flex flex-wrap items-center gap-1.5 text-xs text-stone-600">
            <CategoryBadge category={p.category} />
            <span>
              {p.neighbourhood.sigungu} {p.neighbourhood.dong}
            </span>
          </div>
          {/* The post itself asks a visitor to log in first (and comes back here after). */}
          <Link href={`/posts/${p.id}`} className="mt-2 block font-semibold text-stone-900 underline-offset-2 hover:underline">
            {p.title}
          </Link>
          <p className="mt-1 flex justify-between text-sm text-stone-600">
            <RelativeTime date={p.createdAt} />
            <span className="font-semibold text-brand-700">
              {p.joinNumber}/{p.targetNumber}명 모집 중
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
