import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { SpaceCard } from '@/components/spaces/space-card';
import { SearchResults } from '@/components/map/search-results';
import { ViewToggle } from '@/components/map/view-toggle';
import { SpaceFilters, type SpaceFilterValues } from '@/components/spaces/space-filters';
import { Alert } from '@/components/ui/alert';
import { getDb } from '@/db/client';
import { getSessionUser } from '@/lib/auth/server-session';
import { listSpaces, spaceRegions } from '@/lib/spaces/queries';
import { won } from '@/lib/payments/labels';
import { spaceTypeLabel } from '@/lib/spaces/labels';
import { listSpacesQuery, type SpaceView } from '@/lib/spaces/schema';

export const metadata: Metadata = { title: '공간 대여' };

type Search = Record<string, string | string[] | undefined>;

const filterKeys = ['type', 'sigungu', 'near', 'radiusKm', 'date', 'start', 'end', 'people', 'q', 'minPrice', 'maxPrice', 'sort', 'liked', 'page'] as const;
/** The map shows up to this many results of the search at once (no paging on a map). */
const MAP_SIZE = 50;

const markerOf = (space: SpaceView) => ({
  id: space.id,
  lat: space.lat,
  lng: space.lng,
  title: space.title,
  lines: [`${spaceTypeLabel[space.type]} · 최대 ${space.capacity}명`, `${won(space.pricePerHour)} / 시간`],
  href: `/spaces/${space.id}`,
});

/** The URL's filters, empty fields dropped, checked amenities joined as the API expects. */
function filterValues(search: Search): SpaceFilterValues & { page?: string } {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
  const amenities = [search.amenities ?? []].flat().flatMap((a) => a.split(',')).filter(Boolean);
  return { ...Object.fromEntries(filterKeys.map((k) => [k, one(search[k])])), amenities };
}

function errorsOf(issues: { path: PropertyKey[]; message: string }[]) {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) (errors[String(issue.path[0] ?? 'q')] ??= []).push(issue.message);
  return errors;
}

export default async function SpacesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const view = search.view === 'map' ? 'map' : 'list';
  const liked = search.liked === 'true';
  const values = filterValues(search);
  const { amenities, ...rest } = values;
  const input = Object.fromEntries(Object.entries({ ...rest, amenities: amenities.join(',') || undefined }).filter(([, v]) => v !== undefined));
  const parsed = listSpacesQuery.safeParse(view === 'map' ? { ...input, page: 1, size: MAP_SIZE } : { ...input, size: 10 });
  const me = await getSessionUser();
  const [result, regions] = await Promise.all([parsed.success ? listSpaces(getDb(), me?.id ?? null, parsed.data, new Date()) : null, spaceRegions(getDb())]);
  const href = (page: number) => {
    const params = new URLSearchParams(Object.entries(input).map(([k, v]) => [k, String(v)]));
    params.set('page', String(page));
    return `/spaces?${params}`;
  };
  const viewHref = (to: 'list' | 'map') => {
    const params = new URLSearchParams(Object.entries(input).map(([k, v]) => [k, String(v)]));
    params.delete('page');
    if (to === 'map') params.set('view', 'map');
    return `/spaces?${params}`;
  };

  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{liked ? '찜한 공간' : '공간 대여'}</h1>
          <p className="mt-1 text-sm text-stone-600">파티룸, 스터디룸, 연습실을 시간 단위로 빌려요</p>
        </div>
        <div className="flex shrink-0 flex-col items-end gap-1 text-sm">
          <Link href="/spaces/new" className="rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800">
            공간 등록
          </Link>
          {me && (
            <>
              <Link href={liked ? '/spaces' : '/spaces?liked=true'} className="font-medium text-stone-700 underline">
                {liked ? '모든 공간' : '찜한 공간'}
              </Link>
              <Link href="/reservations" className="font-medium text-stone-700 underline">
                내 예약
              </Link>
              <Link href="/host/reservations" className="font-medium text-stone-700 underline">
                내 공간 예약
              </Link>
              <Link href="/host/spaces" className="font-medium text-stone-700 underline">
                호스트 대시보드
              </Link>
            </>
          )}
        </div>
      </div>
      <SpaceFilters values={values} errors={parsed.success ? {} : errorsOf(parsed.error.issues)} view={view} regions={regions} />
      <ViewToggle view={view} href={viewHref} />
      {!result ? (
        <Alert>검색 조건을 확인해 주세요.</Alert>
      ) : (
        <SearchResults
          view={view}
          items={result.items}
          page={result.page}
          counting={{ noun: '공간', unit: '곳' }}
          mapSize={MAP_SIZE}
          marker={markerOf}
          mapLabel="공간 지도"
          listLabel="공간 목록"
          empty={liked && !me ? '로그인하면 찜한 공간을 모아 볼 수 있어요.' : liked ? '아직 찜한 공간이 없습니다. 마음에 드는 공간의 ♥를 눌러 보세요.' : '조건에 맞는 공간이 없습니다. 조건을 바꿔 보세요.'}
          renderItem={(space) => <SpaceCard key={space.id} space={space} />}
          href={href}
        />
      )}
    </div>
  );
}
