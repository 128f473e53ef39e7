import Link from '@/components/ui/link';

/** 목록 / 지도: the same search shown as a list or on a map (`view=map` in the URL). */
export function ViewToggle({ view, href }: { view: 'list' | 'map'; href: (view: 'list' | 'map') => string }) {
  const item = (value: 'list' | 'map', label: string) => (
    <Link
      href={href(value)}
      aria-current={view === value ? 'page' : undefined}
      className={`min-h-10 rounded-md px-4 py-2 text-sm font-semibold ${view === value ? 'bg-white text-stone-900 shadow-sm' : 'text-stone-600 hover:text-stone-900'}`}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label="보기 방식" className="inline-flex self-start rounded-lg bg-stone-100 p-1">
      {item('list', '목록')}
      {item('map', '지도')}
    </nav>
  );
}
