import Link from '@/components/ui/link';
import { CategoryChips } from '@/components/posts/category-chips';
import { boardHref, type BoardQuery } from './post-keys';

/** 전체 + every category as links that keep the scope. */
export function BoardCategoryChips({ query, categories }: { query: BoardQuery; categories: readonly NonNullable<BoardQuery['category']>[] }) {
  return <CategoryChips categories={categories} active={query.category} href={(category) => boardHref({ ...query, category, page: 1 })} />;
}

/** 우리 동네 / 시군구 전체, as a two-way segmented control made of links. */
export function ScopeToggle({ query, dong, sigungu }: { query: BoardQuery; dong: string; sigungu: string }) {
  const options = [
    { scope: 'dong' as const, label: '우리 동네', detail: dong },
    { scope: 'sigungu' as const, label: '시군구 전체', detail: sigungu },
  ];
  return (
    <nav aria-label="보는 범위" className="inline-flex rounded-xl bg-stone-200/70 p-1">
      {options.map((o) => {
        const active = query.scope === o.scope;
        return (
          <Link
            key={o.scope}
            href={boardHref({ ...query, scope: o.scope, page: 1 })}
            aria-current={active ? 'page' : undefined}
            className={`flex min-h-10 flex-1 items-center justify-center gap-1 rounded-lg px-3 text-sm font-semibold ${
              active ? 'bg-white text-stone-900 shadow-sm' : 'text-stone-600 hover:text-stone-900'
            }`}
            scroll={false}
          >
            {o.label}
            <span className={`font-normal ${active ? 'text-stone-600' : 'text-stone-700'}`}>({o.detail})</span>
          </Link>
        );
      })}
    </nav>
  );
}
