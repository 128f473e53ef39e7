type Bar = { date: string; value: number; label: string };

const WIDTH = 300;
const HEIGHT = 96;

/**
 * A small inline SVG bar chart of one value per day ("YYYY-MM-DD") or per month ("YYYY-MM"). The picture is one image with a summary
 * label; the same numbers are in a table under "표로 보기" for screen readers and exact values.
 */
export function DailyBarChart({ title, summary, bars, valueHeader, max: fixedMax, period = 'day' }: { title: string; summary: string; bars: Bar[]; valueHeader: string; max?: number; period?: 'day' | 'month' }) {
  // Revenue scales to its best day; a ratio passes max=1 so a quiet month doesn't look full.
  const max = fixedMax ?? Math.max(0, ...bars.map((b) => b.value));
  const step = WIDTH / Math.max(1, bars.length);
  const shortDate = (date: string) => (period === 'month' ? `${date.slice(2, 4)}.${date.slice(5, 7)}` : `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`);
  return (
    <figure className="flex flex-col gap-2">
      <figcaption className="flex items-baseline justify-between gap-2">
        <span className="font-semibold text-stone-800">{title}</span>
        <span className="text-sm text-stone-600">{summary}</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 14}`} role="img" aria-label={`${title}: ${summary}`} className="h-auto w-full">
        <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="stroke-stone-300" strokeWidth={1} />
        {bars.map((b, i) => {
          const h = max > 0 ? (Math.max(0, b.value) / max) * (HEIGHT - 4) : 0;
          return (
            <rect key={b.date} x={i * step + step * 0.15} width={step * 0.7} y={HEIGHT - h} height={h} rx={1} className="fill-brand-700">
              <title>{`${shortDate(b.date)} ${b.label}`}</title>
            </rect>
          );
        })}
        {bars.length > 0 && (
          <>
            <text x={0} y={HEIGHT + 12} className="fill-stone-500 text-[9px]">
              {shortDate(bars[0]!.date)}
            </text>
            <text x={WIDTH} y={HEIGHT + 12} textAnchor="end" className="fill-stone-500 text-[9px]">
              {shortDate(bars[bars.length - 1]!.date)}
            </text>
          </>
        )}
      </svg>
      <details className="text-sm">
        <summary className="cursor-pointer text-stone-700">표로 보기</summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="text-stone-600">
              <th scope="col" className="py-1 font-medium">
                {period === 'month' ? '월' : '날짜'}
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                {valueHeader}
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.date} className="border-t border-stone-100">
                <th scope="row" className="py-1 font-normal">
                  {shortDate(b.date)}
                </th>
                <td className="py-1 text-right tabular-nums">{b.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
