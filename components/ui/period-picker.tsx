import Link from '@/components/ui/link';

const chip = 'inline-flex min-h-11 items-center rounded-full border px-3 text-sm font-semibold';

export type PeriodPreset = { label: string; href: string; active: boolean };

/**
 * A report's period: preset chips (이번 주, 이번 달, …) and a from–to form of Seoul days, both
 * plain links and GET forms so the period is the page's URL. `keep` rides along in the form.
 */
export function PeriodPicker({ action, presets, from, to, keep = {} }: { action: string; presets: PeriodPreset[]; from?: string; to?: string; keep?: Record<string, string | undefined> }) {
  return (
    <>
      <nav aria-label="기간" className="flex flex-wrap gap-2">
        {presets.map((p) => (
          <Link
            key={p.label}
            href={p.href}
            aria-current={p.active ? 'page' : undefined}
            className={`${chip} ${p.active ? 'border-brand-700 bg-brand-700 text-white' : 'border-stone-300 bg-white text-stone-800 hover:bg-stone-100'}`}
          >
            {p.label}
          </Link>
        ))}
      </nav>
      <form action={action} className="flex flex-wrap items-end gap-2" aria-label="기간 직접 고르기">
        {Object.entries(keep).map(([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />)}
        <label className="flex flex-col text-sm">
          <span className="text-stone-700">시작일</span>
          <input type="date" name="from" defaultValue={from} className="min-h-11 rounded-lg border border-stone-300 px-2" />
        </label>
        <label className="flex flex-col text-sm">
          <span className="text-stone-700">종료일</span>
          <input type="date" name="to" defaultValue={to} className="min-h-11 rounded-lg border border-stone-300 px-2" />
        </label>
        <button type="submit" className={`${chip} border-stone-300 bg-white text-stone-800 hover:bg-stone-100`}>
          보기
        </button>
      </form>
    </>
  );
}
