import Link from '@/components/ui/link';
import type { PageInfo } from '@/lib/core/pagination';

const cell = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg px-3 text-sm font-medium';

/** Page buttons from the API's `range`, with 이전/다음 from `prev`/`next`. */
export function Pagination({ page, href }: { page: PageInfo; href: (page: number) => string }) {
  if (page.totalPages <= 1) return null;
  return (
    <nav aria-label="페이지" className="flex flex-wrap items-center justify-center gap-1">
      {page.prev ? (
        <Link href={href(page.prev)} className={`${cell} text-stone-700 hover:bg-stone-100`} rel="prev">
          이전
        </Link>
      ) : (
        <span className={`${cell} text-stone-400`} aria-disabled="true">
          이전
        </span>
      )}
      {page.range.map((n) =>
        n === page.current ? (
          <span key={n} aria-current="page" className={`${cell} bg-brand-700 text-white`}>
            <span className="sr-only">현재 페이지 </span>
            {n}
          </span>
        ) : (
          <Link key={n} href={href(n)} className={`${cell} text-stone-700 hover:bg-stone-100`}>
            <span className="sr-only">페이지 </span>
            {n}
          </Link>
        ),
      )}
      {page.next ? (
        <Link href={href(page.next)} className={`${cell} text-stone-700 hover:bg-stone-100`} rel="next">
          다음
        </Link>
      ) : (
        <span className={`${cell} text-stone-400`} aria-disabled="true">
          다음
        </span>
      )}
    </nav>
  );
}
