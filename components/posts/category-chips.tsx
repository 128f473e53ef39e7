import Link from '@/components/ui/link';

const chip = 'inline-flex min-h-9 shrink-0 items-center whitespace-nowrap rounded-full border px-3 text-sm font-medium transition-colors';
const chipOn = 'border-brand-700 bg-brand-700 text-white';
const chipOff = 'border-stone-300 bg-white text-stone-700 hover:bg-stone-100';

type Props<C extends string> = {
  categories: readonly C[];
  label?: (category: C) => string;
  active: C | null;
  /** The board's address with this category (null: 전체) and the other filters kept. */
  href: (category: C | null) => string;
};

/** 전체 + every category of a board as links; the current one is marked for screen readers. */
export function CategoryChips<C extends string>({ categories, label = (c) => c, active, href }: Props<C>) {
  const items = [{ label: '전체', value: null }, ...categories.map((c) => ({ label: label(c), value: c }))];
  return (
    <nav aria-label="카테고리">
      <ul className="-mx-4 flex gap-2 overflow-x-auto px-4 pb-1 [scrollbar-width:thin]">
        {items.map(({ label, value }) => (
          <li key={label}>
            <Link href={href(value)} aria-current={active === value ? 'page' : undefined} className={`${chip} ${active === value ? chipOn : chipOff}`} scroll={false}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
