import { SelectField } from '@/components/ui/form-fields';
import { TextField } from '@/components/ui/text-field';
import { genderLabels, isoWeekdayLabels, levelLabels, sportLabels, timeOfDayLabels } from '@/lib/games/labels';

export type GameFilterValues = Partial<Record<'sport' | 'date' | 'radiusKm' | 'free' | 'q' | 'level' | 'gender' | 'timeOfDay' | 'weekday', string>>;

/** Weekday choices as the API's `weekday` list (1 Monday … 7 Sunday). */
const weekdayOptions: [string, string][] = [['1,2,3,4,5', '평일'], ['6,7', '주말'], ...isoWeekdayLabels.slice(1).map((label, i): [string, string] => [String(i + 1), `${label}요일`])];

export const radiusOptions = ['1', '3', '5', '10', '20'] as const;

/** A plain GET form: the filters are the page's URL, so results can be shared and work before hydration. */
export function GameFilters({ values, errors, dong, view }: { values: GameFilterValues; errors: Record<string, string[]>; dong: string | null; view: 'list' | 'map' }) {
  return (
    <form method="get" action="/games" className="flex flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-4" aria-label="경기 검색">
      {view === 'map' && <input type="hidden" name="view" value="map" />}
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
          disabled={!dong}
          hint={dong ? `${dong} 중심에서` : '로그인하면 내 동네에서 가까운 경기를 찾을 수 있어요'}
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
          <option value="">전체</option>
          {Object.entries(levelLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField label="성별" name="gender" defaultValue={values.gender ?? ''} errors={errors.gender}>
          <option value="">전체</option>
          {Object.entries(genderLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField label="시간대" name="timeOfDay" defaultValue={values.timeOfDay ?? ''} errors={errors.timeOfDay}>
          <option value="">전체</option>
          {Object.entries(timeOfDayLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField label="요일" name="weekday" defaultValue={values.weekday ?? ''} errors={errors.weekday}>
          <option value="">전체</option>
          {weekdayOptions.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
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
      <button type="submit" className="min-h-11 self-end rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
        검색
      </button>
    </form>
  );
}
