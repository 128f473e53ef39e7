import Link from '@/components/ui/link';
import type { PageInfo } from '@/lib/core/pagination';

const cell = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg px-3 text-sm font-medium';

/**
 * Page buttons from the API's `range`, with 이전/다음 from `prev`/`next`. With `windowed` (the
 * meal board) prev/next jump ten pages, and their labels say so.
 */
export function Pagination({ page, href, windowed = false }: { page: PageInfo; href: (page: number) => string; windowed?: boolean }) {
  if (page.totalPages <= 1) return null;
  const [prev, next] = windowed ? ['이전 10페이지', '다음 10페이지'] : ['이전', '다음'];
  return (
    <nav aria-label="페이지" className="flex flex-wrap items-center justify-center gap-1">
      {page.prev ? (
        <Link href={href(page.prev)} className={`${cell} text-stone-700 hover:bg-stone-100`} rel="prev" aria-label={prev}>
          {windowed ? '«' : '이전'}
        </Link>
      ) : (
        <span className={`${cell} text-stone-400`} aria-disabled="true" aria-label={prev}>
          {windowed ? '«' : '이전'}
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
        <Link href={href(page.next)} className={`${cell} text-stone-700 hover:bg-stone-100`} rel="next" aria-label={next}>
          {windowed ? '»' : '다음'}
        </Link>
      ) : (
        <span className={`${cell} text-stone-400`} aria-disabled="true" aria-label={next}>
          {windowed ? '»' : '다음'}
        </span>
      )}
    </nav>
  );
}
