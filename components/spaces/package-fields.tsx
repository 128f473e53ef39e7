'use client';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/form-fields';
import { TextField } from '@/components/ui/text-field';

export type PackageDraft = { key: number; name: string; startTime: string; endTime: string; price: string };

const hours = Array.from({ length: 25 }, (_, h) => `${String(h).padStart(2, '0')}:00`);
let nextKey = 0;
export const newPackageDraft = (p?: { name: string; startTime: string; endTime: string; price: number }): PackageDraft => ({
  key: nextKey++,
  name: p?.name ?? '',
  startTime: p?.startTime ?? '09:00',
  endTime: p?.endTime ?? '15:00',
  price: p ? String(p.price) : '',
});

/** Fixed time ranges with their own price (주간 09–15 …); errors arrive as packages.<i>.<field>. */
export function PackageFields({ packages, onChange, errors }: { packages: PackageDraft[]; onChange: (next: PackageDraft[]) => void; errors: Record<string, string[]> }) {
  const update = (key: number, patch: Partial<PackageDraft>) => onChange(packages.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 text-sm font-medium text-stone-800">패키지 (선택)</legend>
      <p className="text-sm text-stone-600">정해진 시간대를 한 가격에 빌려주려면 패키지를 추가하세요. 영업시간 안에 있어야 합니다.</p>
      {packages.map((p, i) => (
        <div key={p.key} className="flex flex-col gap-2 rounded-xl border border-stone-200 p-3" role="group" aria-label={`패키지 ${i + 1}`}>
          <div className="grid grid-cols-2 gap-2">
            <TextField label="패키지 이름" value={p.name} maxLength={30} onChange={(e) => update(p.key, { name: e.target.value })} errors={errors[`packages.${i}.name`]} />
            <TextField
              label="가격(원)"
              type="number"
              min={1000}
              step={1000}
              inputMode="numeric"
              value={p.price}
              onChange={(e) => update(p.key, { price: e.target.value })}
              errors={errors[`packages.${i}.price`]}
            />
            <SelectField label="시작" value={p.startTime} onChange={(e) => update(p.key, { startTime: e.target.value })} errors={errors[`packages.${i}.startTime`]}>
              {hours.slice(0, 24).map((h) => (
                <option key={h}>{h}</option>
              ))}
            </SelectField>
            <SelectField label="끝" value={p.endTime} onChange={(e) => update(p.key, { endTime: e.target.value })} errors={errors[`packages.${i}.endTime`]}>
              {hours.slice(1).map((h) => (
                <option key={h}>{h}</option>
              ))}
            </SelectField>
          </div>
          <Button type="button" variant="secondary" className="self-end" onClick={() => onChange(packages.filter((x) => x.key !== p.key))}>
            패키지 {i + 1} 삭제
          </Button>
        </div>
      ))}
      {packages.length < 10 && (
        <Button type="button" variant="secondary" className="self-start" onClick={() => onChange([...packages, newPackageDraft()])}>
          + 패키지 추가
        </Button>
      )}
      {errors.packages && <p className="text-sm text-red-700">{errors.packages.join(' ')}</p>}
    </fieldset>
  );
}
