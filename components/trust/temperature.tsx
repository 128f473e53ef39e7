import { isComplaint, type ReviewTagCount } from '@/db/constants/reviews';
import type { Temperature } from '@/lib/accounts/schema';

/** Warmer is more trusted: blue below the 36.5℃ start, orange above it, red when very warm. */
const tone = (value: number) => (value < 36.5 ? 'text-sky-700' : value < 40 ? 'text-stone-800' : value < 50 ? 'text-orange-700' : 'text-red-700');

/** "36.5℃" beside a name on cards. */
export function TemperatureChip({ value }: { value: number }) {
  return (
    <span className={`text-xs font-semibold ${tone(value)}`} data-testid="temperature-chip" title="매너 온도">
      {value.toFixed(1)}℃
    </span>
  );
}

/** On a profile: the temperature and the reasons that moved it most ("시간 약속을 잘 지켜요 12"). */
export function TemperatureSummary({ temperature }: { temperature: Temperature }) {
  return (
    <section aria-label="매너 온도" className="mt-3 rounded-lg bg-stone-50 p-3" data-testid="temperature">
      <p className="text-sm text-stone-700">
        매너 온도 <strong className={`text-lg ${tone(temperature.value)}`}>{temperature.value.toFixed(1)}℃</strong>
      </p>
      {temperature.topReasons.length > 0 ? (
        <ul className="mt-2 flex flex-col gap-1 text-sm text-stone-700">
          {temperature.topReasons.map((r) => (
            <li key={r.label} className="flex justify-between">
              <span>{r.label}</span>
              <span className="font-semibold">{r.count}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-xs text-stone-600">아직 받은 평가가 없어요. 처음 온도는 36.5℃예요.</p>
      )}
    </section>
  );
}

/** On a profile: every review tag received, compliments first, each with its count. */
export function ReviewTagCounts({ tags }: { tags: ReviewTagCount[] }) {
  if (!tags.length) return null;
  const groups = [
    { title: '받은 칭찬', items: tags.filter((t) => !isComplaint(t.tag)), className: 'border-stone-200 bg-brand-50 text-brand-800' },
    { title: '아쉬웠던 점', items: tags.filter((t) => isComplaint(t.tag)), className: 'border-stone-300 bg-white text-stone-800' },
  ];
  return (
    <section aria-label="받은 매너 평가" className="mt-3 flex flex-col gap-2" data-testid="review-tags">
      {groups.map(
        (g) =>
          g.items.length > 0 && (
            <div key={g.title}>
              <h3 className="text-sm font-semibold text-stone-800">{g.title}</h3>
              <ul className="mt-1 flex flex-wrap gap-1.5 text-sm">
                {g.items.map((t) => (
                  <li key={t.tag} className={`rounded-full border px-2.5 py-1 ${g.className}`}>
                    {t.label} <span className="font-semibold">{t.count}</span>
                  </li>
                ))}
              </ul>
            </div>
          ),
      )}
    </section>
  );
}
