import Link from '@/components/ui/link';
import type { RecommendationsView } from '@/lib/menus/schema';
import { CategoryBadge } from '@/components/boards/post-badges';

/** Today's five menus: each opens its category's board or starts a post in it. */
export function MenuRecommendations({ recommendations }: { recommendations: RecommendationsView }) {
  const { items, mealTimeLabel, weather, source } = recommendations;
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-stone-600">
        {mealTimeLabel} 시간{weather ? `, ${weather.summary} ${Math.round(weather.temperature)}℃` : ''}에 맞춰 {source === 'model' ? 'AI가 ' : ''}골랐어요.
      </p>
      <ol className="flex flex-col gap-2">
        {items.map((item, i) => (
          <li key={item.name} className="rounded-2xl border border-stone-200 bg-white p-4 shadow-sm" data-testid="menu-recommendation">
            <div className="flex items-start gap-3">
              <span aria-hidden className="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-50 text-sm font-bold text-brand-700">
                {i + 1}
              </span>
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="font-bold">{item.name}</h3>
                  <CategoryBadge category={item.category} />
                </div>
                <p className="mt-1 text-sm text-stone-700">{item.reason}</p>
                <div className="mt-2 flex flex-wrap gap-2 text-sm">
                  <Link
                    href={item.boardUrl}
                    className="inline-flex min-h-9 items-center rounded-lg border border-stone-300 px-3 font-medium hover:bg-stone-100"
                    aria-label={`${item.category} 같이 주문 글 보기`}
                  >
                    같이 주문 글 보기
                  </Link>
                  <Link
                    href={item.newPostUrl}
                    className="inline-flex min-h-9 items-center rounded-lg bg-brand-700 px-3 font-semibold text-white hover:bg-brand-800"
                  >
                    이걸로 모집하기
                    {/* The spoken name starts with what is shown (WCAG 2.5.3), then says which category. */}
                    <span className="sr-only">: {item.category} 카테고리로 같이 주문 글쓰기</span>
                  </Link>
                </div>
              </div>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
