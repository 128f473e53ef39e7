'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { NeighbourhoodPicker } from '@/components/neighbourhoods/neighbourhood-picker';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextareaField } from '@/components/ui/form-fields';
import { TextField } from '@/components/ui/text-field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { apiFetch } from '@/lib/http/client';
import type { NeighbourhoodView } from '@/lib/neighbourhoods/schema';
import { amenityLabel, policyLabels, spaceTypeLabel } from '@/lib/spaces/labels';
import type { SpaceView } from '@/lib/spaces/schema';
import { numberOrUndefined } from '@/components/ui/form-values';

const hours = Array.from({ length: 25 }, (_, h) => `${String(h).padStart(2, '0')}:00`);

/** Listing a space (packages and photos are not in this form yet; the API takes packages). */
export function SpaceForm({ neighbourhood }: { neighbourhood: NeighbourhoodView }) {
  const router = useRouter();
  const errors = useFormErrors();
  const [pending, setPending] = useState(false);
  const [picked, setPicked] = useState<NeighbourhoodView | null>(neighbourhood);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    errors.clear();
    const form = new FormData(e.currentTarget);
    const body = {
      title: String(form.get('title') ?? ''),
      type: String(form.get('type') ?? ''),
      description: String(form.get('description') ?? ''),
      address: String(form.get('address') ?? ''),
      neighbourhoodCode: picked?.code ?? '',
      capacity: numberOrUndefined(form.get('capacity')),
      pricePerHour: numberOrUndefined(form.get('pricePerHour')),
      minHours: numberOrUndefined(form.get('minHours')),
      openTime: String(form.get('openTime') ?? ''),
      closeTime: String(form.get('closeTime') ?? ''),
      amenities: form.getAll('amenities').map(String),
      cancellationPolicy: String(form.get('cancellationPolicy') ?? ''),
    };
    setPending(true);
    try {
      const space = await apiFetch<SpaceView>('/api/spaces', { method: 'POST', body });
      router.push(`/spaces/${space.id}`);
    } catch (error) {
      errors.show(error);
      setPending(false);
    }
  }

  const f = errors.fields;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" aria-label="공간 등록" noValidate>
      <TextField label="공간 이름" name="title" maxLength={60} required errors={f.title} />
      <SelectField label="공간 유형" name="type" defaultValue="study_room" errors={f.type}>
        {Object.entries(spaceTypeLabel).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextareaField label="소개" name="description" rows={4} maxLength={3000} required errors={f.description} />
      <TextField label="주소" name="address" maxLength={200} required errors={f.address} />
      <NeighbourhoodPicker label="동네" value={picked} onChange={setPicked} errors={f.neighbourhoodCode} />
      <div className="grid grid-cols-3 gap-3">
        <TextField label="최대 인원" name="capacity" type="number" min={1} inputMode="numeric" defaultValue={4} errors={f.capacity} />
        <TextField label="시간당 가격(원)" name="pricePerHour" type="number" min={1000} step={1000} inputMode="numeric" errors={f.pricePerHour} />
        <TextField label="최소 시간" name="minHours" type="number" min={1} inputMode="numeric" defaultValue={1} errors={f.minHours} />
      </div>
      <div className="grid grid-cols-2 gap-3">
        <SelectField label="여는 시간" name="openTime" defaultValue="09:00" errors={f.openTime}>
          {hours.slice(0, 24).map((h) => (
            <option key={h}>{h}</option>
          ))}
        </SelectField>
        <SelectField label="닫는 시간" name="closeTime" defaultValue="22:00" errors={f.closeTime}>
          {hours.slice(1).map((h) => (
            <option key={h}>{h}</option>
          ))}
        </SelectField>
      </div>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-stone-800">편의시설</legend>
        <div className="flex flex-wrap gap-2">
          {Object.entries(amenityLabel).map(([value, label]) => (
            <label key={value} className="inline-flex min-h-11 items-center gap-2 rounded-full border border-stone-300 px-3 text-sm">
              <input type="checkbox" name="amenities" value={value} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-stone-800">환불 규정</legend>
        {Object.entries(policyLabels).map(([value, { name, summary }]) => (
          <label key={value} className="flex min-h-11 items-center gap-2 rounded-lg border border-stone-300 px-3 text-sm">
            <input type="radio" name="cancellationPolicy" value={value} defaultChecked={value === 'flexible'} />
            <span>
              <strong>{name}</strong> · {summary}
            </span>
          </label>
        ))}
        {f.cancellationPolicy && <p className="text-sm text-red-700">{f.cancellationPolicy.join(' ')}</p>}
      </fieldset>
      {errors.message && <Alert>{errors.message}</Alert>}
      <Button type="submit" loading={pending}>
        공간 등록
      </Button>
    </form>
  );
}
