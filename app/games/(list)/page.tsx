import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { GameCard } from '@/components/games/game-card';
import { GameFilters, type GameFilterValues } from '@/components/games/game-filters';
import { feeLabel } from '@/components/games/game-labels';
import { SearchResults } from '@/components/map/search-results';
import { ViewToggle } from '@/components/map/view-toggle';
import { Alert } from '@/components/ui/alert';
import { fullDateTime } from '@/lib/core/seoul-time';
import { getDb } from '@/db/client';
import { getSessionUser } from '@/lib/auth/server-session';
import { isCalendarDate, seoulInstant } from '@/lib/core/seoul-time';
import { listGames } from '@/lib/games/queries';
import { listGamesQuery, type GameView } from '@/lib/games/schema';
import { getNeighbourhood } from '@/lib/neighbourhoods/queries';
import { parsePosition } from '@/lib/map/position';

export const metadata: Metadata = { title: '같이 운동' };

type Search = Record<string, string | string[] | undefined>;
const filterKeys = ['sport', 'level', 'gender', 'timeOfDay', 'weekday', 'date', 'radiusKm', 'free', 'q', 'at', 'page'] as const;
/** The map shows up to this many results of the search at once (no paging on a map). */
const MAP_SIZE = 50;

const markerOf = (game: GameView) => ({
  id: game.id,
  lat: game.lat,
  lng: game.lng,
  title: game.title,
  lines: [
    `${game.sportLabel} · ${fullDateTime(game.startsAt)}`,
    game.placeName,
    `${game.joinedCount >= game.maxPlayers ? '모집 완료' : `${game.maxPlayers - game.joinedCount}자리 남음`} (${game.joinedCount}/${game.maxPlayers}명) · ${feeLabel(game.fee)}`,
  ],
  href: `/games/${game.id}`,
});

function errorsOf(issues: { path: PropertyKey[]; message: string }[]) {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) (errors[String(issue.path[0] ?? 'q')] ??= []).push(issue.message);
  return errors;
}

export default async function GamesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
  const values: GameFilterValues & { page?: string } = Object.fromEntries(filterKeys.map((k) => [k, one(search[k])]));
  const view = one(search.view) === 'map' ? 'map' : 'list';
  const me = await getSessionUser();
  const home = me ? await getNeighbourhood(getDb(), me.neighbourhood.code) : null;

  const dateErrors: Record<string, string[]> = values.date && !isCalendarDate(values.date) ? { date: ['날짜가 올바르지 않습니다.'] } : {};
  // A Seoul calendar day, and the distance from where I am (`at`, after 현재 위치 기준) or from my dong's centre.
  const day = values.date && !dateErrors.date ? { from: seoulInstant(values.date, 0).toISOString(), to: seoulInstant(values.date, 24).toISOString() } : {};
  const here = parsePosition(values.at);
  const origin = here ?? home;
  const near = origin && values.radiusKm ? { near: `${origin.lat},${origin.lng}`, radiusKm: values.radiusKm } : {};
  const input = Object.fromEntries(Object.entries({ sport: values.sport, level: values.level, gender: values.gender, timeOfDay: values.timeOfDay, weekday: values.weekday, free: values.free, q: values.q, page: values.page, ...day, ...near }).filter(([, v]) => v !== undefined));
  const parsed = listGamesQuery.safeParse(view === 'map' ? { ...input, page: 1, size: MAP_SIZE } : { ...input, size: 10 });
  const errors = { ...(parsed.success ? {} : errorsOf(parsed.error.issues)), ...dateErrors };
  const result = parsed.success && !dateErrors.date ? await listGames(getDb(), parsed.data, me?.id ?? null) : null;
  const filters = () => new URLSearchParams(Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined));
  const href = (page: number) => {
    const params = filters();
    params.set('page', String(page));
    return `/games?${params}`;
  };
  const viewHref = (to: 'list' | 'map') => {
    const params = filters();
    params.delete('page');
    if (to === 'map') params.set('view', 'map');
    return `/games?${params}`;
  };

  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">같이 운동</h1>
          <p className="mt-1 text-sm text-stone-600">풋살, 농구, 배드민턴… 자리가 빈 동네 경기에 함께해요</p>
        </div>
        <div className="flex shrink-0 flex-col items-end gap-1 text-sm">
          <Link href="/games/new" className="rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800">
            경기 열기
          </Link>
          {me && (
            <Link href="/host/games" className="font-medium text-stone-700 underline">
              내가 연 경기
            </Link>
          )}
        </div>
      </div>
      <GameFilters values={values} errors={errors} dong={home ? home.dong : null} here={here !== null} view={view} />
      <ViewToggle view={view} href={viewHref} />
      {!result ? (
        <Alert>검색 조건을 확인해 주세요.</Alert>
      ) : (
        <SearchResults
          view={view}
          items={result.items}
          page={result.page}
          counting={{ noun: '경기', unit: '개' }}
          mapSize={MAP_SIZE}
          marker={markerOf}
          mapLabel="경기 지도"
          center={home ? [home.lat, home.lng] : undefined}
          listLabel="경기 목록"
          empty="조건에 맞는 경기가 없습니다. 조건을 바꾸거나 직접 경기를 열어 보세요."
          renderItem={(game) => <GameCard key={game.id} game={game} />}
          href={href}
        />
      )}
    </div>
  );
}
