import Link from 'next/link';
import { boardHref, type BoardQuery } from './post-keys';

const chip = 'inline-flex min-h-9 shrink-0 items-center whitespace-nowrap rounded-full border px-3 text-sm font-medium transition-colors';
const chipOn = 'border-brand-700 bg-brand-700 text-white';
const chipOff = 'border-stone-300 bg-white text-stone-700 hover:bg-stone-100';

/** 전체 + every category as links that keep the scope; the current one is marked for screen readers. */
export function CategoryChips({ query, categories }: { query: BoardQuery; categories: readonly string[] }) {
  const items: { label: string; value: string | null }[] = [{ label: '전체', value: null }, ...categories.map((c) => ({ label: c, value: c }))];
  return (
    <nav aria-label="카테고리">
      <ul className="-mx-4 flex gap-2 overflow-x-auto px-4 pb-1 [scrollbar-width:thin]">
        {items.map(({ label, value }) => {
          const active = query.category === value;
          return (
            <li key={label}>
              <Link
                href={boardHref({ ...query, category: value, page: 1 })}
                aria-current={active ? 'page' : undefined}
                className={`${chip} ${active ? chipOn : chipOff}`}
                scroll={false}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
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
            <span className={`font-normal ${active ? 'text-stone-600' : 'text-stone-500'}`}>({o.detail})</span>
          </Link>
        );
      })}
    </nav>
  );
}
