import { SelectField } from '@/components/ui/form-fields';
import { TextField } from '@/components/ui/text-field';
import { amenityLabel, spaceTypeLabel } from '@/lib/spaces/labels';
import { NearMeButton } from './near-me-button';
import { amenityKeys, spaceSorts, spaceTypes } from '@/lib/spaces/schema';

export type SpaceFilterValues = Partial<Record<'type' | 'sigungu' | 'near' | 'radiusKm' | 'date' | 'start' | 'end' | 'people' | 'q' | 'minPrice' | 'maxPrice' | 'sort' | 'liked', string>> & {
  amenities: string[];
};

const sortLabel: Record<(typeof spaceSorts)[number], string> = {
  newest: '최신순',
  price_asc: '낮은 가격순',
  price_desc: '높은 가격순',
  popular: '인기순',
  rating: '평점순',
  distance: '가까운 순 (내 주변)',
};

export type SpaceRegion = { code: string; name: string; count: number };

const radii = [1, 3, 5, 10, 20];

const hours = Array.from({ length: 25 }, (_, h) => `${String(h).padStart(2, '0')}:00`);

/** A plain GET form: filters are the page's URL, so results can be shared and work before hydration. */
export function SpaceFilters({ values, errors, view, regions }: { values: SpaceFilterValues; errors: Record<string, string[]>; view: 'list' | 'map'; regions: SpaceRegion[] }) {
  return (
    <form method="get" action="/spaces" className="flex flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-4" aria-label="공간 검색">
      {view === 'map' && <input type="hidden" name="view" value="map" />}
      {values.liked === 'true' && <input type="hidden" name="liked" value="true" />}
      <TextField label="검색어" name="q" defaultValue={values.q} placeholder="예: 파티룸, 합주" errors={errors.q} />
      <div className="grid grid-cols-2 gap-3">
        <SelectField label="공간 유형" name="type" defaultValue={values.type ?? ''} errors={errors.type}>
          <option value="">전체</option>
          {spaceTypes.map((t) => (
            <option key={t} value={t}>
              {spaceTypeLabel[t]}
            </option>
          ))}
        </SelectField>
        <TextField label="인원" name="people" type="number" min={1} inputMode="numeric" defaultValue={values.people} errors={errors.people} />
      </div>
      <fieldset className="grid grid-cols-2 items-end gap-3">
        <legend className="col-span-2 mb-1 text-sm font-medium text-stone-800">지역</legend>
        <SelectField label="시군구" name="sigungu" defaultValue={values.sigungu ?? ''} errors={errors.sigungu} className="col-span-2">
          <option value="">전체</option>
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name} ({r.count})
            </option>
          ))}
        </SelectField>
        <NearMeButton near={values.near} />
        {values.near ? (
          <SelectField label="반경" name="radiusKm" defaultValue={values.radiusKm ?? '3'} errors={errors.radiusKm ?? errors.near}>
            {radii.map((km) => (
              <option key={km} value={km}>
                {km}km 이내
              </option>
            ))}
          </SelectField>
        ) : (
          <p className="text-xs text-stone-600">누르면 위치 권한을 물어요. 위치는 검색에만 쓰고 저장하지 않아요.</p>
        )}
      </fieldset>
      <fieldset className="grid grid-cols-2 gap-3">
        <legend className="col-span-2 mb-1 text-sm font-medium text-stone-800">이용 날짜와 시간 (시간을 비우면 그날 최소 이용 시간만큼 빈 곳)</legend>
        <TextField label="날짜" name="date" type="date" defaultValue={values.date} errors={errors.date} className="col-span-2" />
        <SelectField label="시작" name="start" defaultValue={values.start ?? ''} errors={errors.start}>
          <option value="">-</option>
          {hours.slice(0, 24).map((h) => (
            <option key={h}>{h}</option>
          ))}
        </SelectField>
        <SelectField label="끝" name="end" defaultValue={values.end ?? ''} errors={errors.end}>
          <option value="">-</option>
          {hours.slice(1).map((h) => (
            <option key={h}>{h}</option>
          ))}
        </SelectField>
      </fieldset>
      <div className="grid grid-cols-2 gap-3">
        <TextField label="최저 가격 (시간당)" name="minPrice" type="number" min={0} step={1000} defaultValue={values.minPrice} errors={errors.minPrice} />
        <TextField label="최고 가격 (시간당)" name="maxPrice" type="number" min={0} step={1000} defaultValue={values.maxPrice} errors={errors.maxPrice} />
      </div>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-stone-800">편의시설 (모두 갖춘 곳)</legend>
        <div className="flex flex-wrap gap-2">
          {amenityKeys.map((a) => (
            <label key={a} className="inline-flex min-h-11 items-center gap-2 rounded-full border border-stone-300 px-3 text-sm">
              <input type="checkbox" name="amenities" value={a} defaultChecked={values.amenities.includes(a)} />
              {amenityLabel[a]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex items-end gap-3">
        <SelectField label="정렬" name="sort" defaultValue={values.sort ?? 'newest'} errors={errors.sort} className="flex-1">
          {spaceSorts.map((s) => (
            <option key={s} value={s}>
              {sortLabel[s]}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
          검색
        </button>
      </div>
    </form>
  );
}
