'use client';
import { Button } from '@/components/ui/button';
import type { PageInfo } from '@/lib/core/pagination';

/** 이전/다음 for an admin list; hidden when everything fits on one page. */
export function Pager({ page, onChange, busy }: { page: PageInfo; onChange: (page: number) => void; busy: boolean }) {
  if (page.totalPages <= 1) return null;
  return (
    <nav aria-label="페이지" className="flex items-center justify-between gap-2">
      <Button variant="secondary" disabled={!page.prev || busy} onClick={() => page.prev && onChange(page.prev)}>
        이전
      </Button>
      <span className="text-sm text-stone-600" aria-live="polite">
        {page.current} / {page.totalPages} 페이지 (모두 {page.total}개)
      </span>
      <Button variant="secondary" disabled={!page.next || busy} onClick={() => page.next && onChange(page.next)}>
        다음
      </Button>
    </nav>
  );
}
