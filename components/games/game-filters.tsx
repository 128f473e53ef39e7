import { Options, SelectField } from '@/components/ui/form-fields';
import { TextField } from '@/components/ui/text-field';
import { LocateMeButton } from '@/components/map/locate-me-button';
import Link from '@/components/ui/link';
import { genderLabels, isoWeekdayLabels, levelLabels, sportLabels, timeOfDayLabels } from '@/lib/games/labels';

export type GameFilterValues = Partial<Record<'sport' | 'date' | 'radiusKm' | 'free' | 'q' | 'level' | 'gender' | 'timeOfDay' | 'weekday' | 'at', string>>;

/** The same search measured from the home dong again. */
const withoutPosition = (values: GameFilterValues) =>
  `/games?${new URLSearchParams(Object.entries(values).filter((e): e is [string, string] => e[0] !== 'at' && e[1] !== undefined))}`;

/** Weekday choices as the API's `weekday` list (1 Monday … 7 Sunday). */
const weekdayOptions: [string, string][] = [['1,2,3,4,5', '평일'], ['6,7', '주말'], ...isoWeekdayLabels.slice(1).map((label, i): [string, string] => [String(i + 1), `${label}요일`])];

export const radiusOptions = ['1', '3', '5', '10', '20'] as const;

/** A plain GET form: the filters are the page's URL, so results can be shared and work before hydration. */
export function GameFilters({
  values,
  errors,
  dong,
  here,
  view,
}: {
  values: GameFilterValues;
  errors: Record<string, string[]>;
  dong: string | null;
  /** Distances are measured from the browser's position (`at`), not the home dong. */
  here: boolean;
  view: 'list' | 'map';
}) {
  return (
    <form method="get" action="/games" className="flex flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-4" aria-label="경기 검색">
      {view === 'map' && <input type="hidden" name="view" value="map" />}
      {here && <input type="hidden" name="at" value={values.at} />}
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-stone-800">종목</legend>
        <div className="flex flex-wrap gap-2">
          {[['', '전체'] as const, ...Object.entries(sportLabels)].map(([value, label]) => (
            <label
              key={value}
              className="inline-flex min-h-11 cursor-pointer items-center rounded-full border border-stone-300 px-3 text-sm has-checked:border-brand-700 has-checked:bg-brand-700 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-brand-700"
            >
              <input type="radio" name="sport" value={value} defaultChecked={(values.sport ?? '') === value} className="sr-only" />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid grid-cols-2 gap-3">
        <TextField label="날짜" name="date" type="date" defaultValue={values.date} errors={errors.date} />
        <SelectField
          label="거리"
          name="radiusKm"
          defaultValue={values.radiusKm ?? ''}
          errors={errors.radiusKm}
          disabled={!dong && !here}
          hint={here ? '현재 위치에서' : dong ? `${dong} 중심에서` : '로그인하거나 현재 위치를 쓰면 가까운 경기를 찾을 수 있어요'}
        >
          <option value="">전체</option>
          {radiusOptions.map((r) => (
            <option key={r} value={r}>
              {r}km 이내
            </option>
          ))}
        </SelectField>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <SelectField label="수준" name="level" defaultValue={values.level ?? ''} errors={errors.level}>
          <Options from={levelLabels} any="전체" />
        </SelectField>
        <SelectField label="성별" name="gender" defaultValue={values.gender ?? ''} errors={errors.gender}>
          <Options from={genderLabels} any="전체" />
        </SelectField>
        <SelectField label="시간대" name="timeOfDay" defaultValue={values.timeOfDay ?? ''} errors={errors.timeOfDay}>
          <Options from={timeOfDayLabels} any="전체" />
        </SelectField>
        <SelectField label="요일" name="weekday" defaultValue={values.weekday ?? ''} errors={errors.weekday}>
          <Options from={weekdayOptions} any="전체" />
        </SelectField>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <SelectField label="참가비" name="free" defaultValue={values.free ?? ''} errors={errors.free}>
          <option value="">전체</option>
          <option value="true">무료</option>
          <option value="false">유료</option>
        </SelectField>
        <TextField label="검색어" name="q" defaultValue={values.q} placeholder="예: 풋살장 이름" errors={errors.q} />
      </div>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <LocateMeButton />
        {here && (
          <Link href={withoutPosition(values)} className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-800 underline">
            {dong ? `${dong} 기준으로` : '위치 기준 해제'}
          </Link>
        )}
      </div>
      <button type="submit" className="min-h-11 self-end rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
        검색
      </button>
    </form>
  );
}
