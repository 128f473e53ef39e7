'use client';
import { useQuery } from '@tanstack/react-query';
import Link from '@/components/ui/link';
import { HiddenNotice } from '@/components/moderation/hidden-notice';
import { BoardList, CardFooter } from '@/components/posts/board-list';
import { listPostsEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';
import { CategoryBadge, HeadCount, StatusBadge } from './post-badges';
import { boardHref, postKeys, postsApiQuery, type BoardQuery } from './post-keys';
import { useLivePosts } from './use-live-posts';

/** The board's list and pages; the server page prefetches it, the socket keeps counts live. */
export function PostList({ query }: { query: BoardQuery }) {
  useLivePosts();
  const posts = useQuery({
    queryKey: postKeys.list(query),
    queryFn: ({ signal }) => callEndpoint(listPostsEndpoint, { query: postsApiQuery(query), signal }),
    staleTime: 30_000,
  });
  const empty = (
    <>
      <p className="font-semibold">{query.category ? `‘${query.category}’ 글이 아직 없어요.` : '아직 같이 주문하자는 글이 없어요.'}</p>
      <p className="text-sm text-stone-600">먹고 싶은 메뉴가 있다면 먼저 글을 써서 이웃을 모아 보세요.</p>
      <Link href="/posts/new" className="mt-1 rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800">
        글쓰기
      </Link>
    </>
  );

  return (
    <BoardList posts={posts} empty={empty} pageHref={(n) => boardHref({ ...query, page: n })} windowed>
      {(post) => (
        <li key={post.id}>
          <Link href={`/posts/${post.id}`} className="block rounded-2xl border border-stone-200 bg-white p-4 shadow-sm transition-colors hover:border-brand-600">
            <div className="flex flex-wrap items-center gap-1.5">
              <CategoryBadge category={post.category} />
              <StatusBadge post={post} />
              {post.hiddenAt && <HiddenNotice compact />}
              {query.scope === 'sigungu' && <span className="text-xs text-stone-600">{post.neighbourhood.dong}</span>}
            </div>
            <h2 className={`mt-2 text-base font-semibold ${post.isComplete ? 'text-stone-600' : ''}`}>{post.title}</h2>
            <CardFooter post={post}>
              <HeadCount post={post} className={`shrink-0 font-semibold ${post.isComplete ? 'text-stone-600' : 'text-brand-700'}`} />
            </CardFooter>
          </Link>
        </li>
      )}
    </BoardList>
  );
}
