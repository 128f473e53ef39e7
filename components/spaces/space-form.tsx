'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { NeighbourhoodPicker } from '@/components/neighbourhoods/neighbourhood-picker';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Options, SelectField, TextareaField } from '@/components/ui/form-fields';
import { TextField } from '@/components/ui/text-field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { createSpaceEndpoint, updateSpaceEndpoint, uploadSpaceImagesEndpoint } from '@/lib/http/routes';
import { ApiError, callEndpoint, uploadToEndpoint, type Unchecked } from '@/lib/http/client';
import type { NeighbourhoodView } from '@/lib/neighbourhoods/schema';
import { PointField } from '@/components/map/point-field';
import type { MapPoint, TileConfig } from '@/components/map/types';
import { amenityLabel, policyLabels, spaceTypeLabel } from '@/lib/spaces/labels';
import type { SpaceView } from '@/lib/spaces/schema';
import { numberOrUndefined } from '@/components/ui/form-values';
import Link from '@/components/ui/link';
import { UploadProgress } from '@/components/ui/upload-progress';
import { newPackageDraft, PackageFields, type PackageDraft } from './package-fields';
import { PendingPhotos } from './pending-photos';

const hours = Array.from({ length: 25 }, (_, h) => `${String(h).padStart(2, '0')}:00`);

/**
 * Listing a space, or editing one (`space` given: every field, packages replaced as a whole).
 * A new space's photos are picked here and uploaded once it is saved; on the edit page they
 * are managed beside this form.
 */
export function SpaceForm({ neighbourhood, space, tiles }: { neighbourhood: NeighbourhoodView; space?: SpaceView; tiles: TileConfig }) {
  const router = useRouter();
  const errors = useFormErrors();
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const [picked, setPicked] = useState<NeighbourhoodView | null>(neighbourhood);
  const [point, setPoint] = useState<MapPoint | null>(space ? { lat: space.lat, lng: space.lng } : null);
  const [packages, setPackages] = useState<PackageDraft[]>(() => (space?.packages ?? []).map(newPackageDraft));
  const [photos, setPhotos] = useState<File[]>([]);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  /** Saved, but its photos did not go up: the space exists, so the form must not create it again. */
  const [savedWithoutPhotos, setSavedWithoutPhotos] = useState<{ id: number; message: string } | null>(null);

  async function uploadPhotos(spaceId: number) {
    setProgress(0);
    try {
      await uploadToEndpoint(uploadSpaceImagesEndpoint, { params: { id: spaceId }, files: photos, onProgress: setProgress });
      return true;
    } catch (e) {
      const message = e instanceof ApiError ? (Object.values(e.fieldErrors()).flat()[0] ?? e.message) : '연결이 끊겼습니다.';
      setSavedWithoutPhotos({ id: spaceId, message });
      return false;
    } finally {
      setProgress(null);
    }
  }

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
      // A point picked on the map places the space there; its dong follows the point.
      ...(point && { lat: point.lat, lng: point.lng }),
      capacity: numberOrUndefined(form.get('capacity')),
      pricePerHour: numberOrUndefined(form.get('pricePerHour')),
      // Empty means "same as weekdays" (null), not "leave unchanged".
      weekendPricePerHour: numberOrUndefined(form.get('weekendPricePerHour')) ?? null,
      holidayPricePerHour: numberOrUndefined(form.get('holidayPricePerHour')) ?? null,
      minHours: numberOrUndefined(form.get('minHours')),
      bufferMinutes: numberOrUndefined(form.get('bufferMinutes')),
      bookingMode: String(form.get('bookingMode') ?? ''),
      approvalHours: numberOrUndefined(form.get('approvalHours')),
      openTime: String(form.get('openTime') ?? ''),
      closeTime: String(form.get('closeTime') ?? ''),
      amenities: form.getAll('amenities').map(String),
      packages: packages.map((p) => ({ name: p.name, startTime: p.startTime, endTime: p.endTime, price: numberOrUndefined(p.price) })),
      cancellationPolicy: String(form.get('cancellationPolicy') ?? ''),
    };
    setPending(true);
    setSaved(false);
    try {
      if (space) {
        await callEndpoint(updateSpaceEndpoint, { params: { id: space.id }, body: body as Unchecked<typeof updateSpaceEndpoint> });
        setSaved(true);
        router.refresh();
      } else {
        const created = await callEndpoint(createSpaceEndpoint, { body: body as Unchecked<typeof createSpaceEndpoint> });
        if (photos.length === 0 || (await uploadPhotos(created.id))) router.push(`/spaces/${created.id}`);
      }
    } catch (error) {
      errors.show(error);
    } finally {
      setPending(false);
    }
  }

  const f = errors.fields;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" aria-label={space ? '공간 정보 수정' : '공간 등록'} noValidate>
      <TextField label="공간 이름" name="title" maxLength={60} required defaultValue={space?.title} errors={f.title} />
      <SelectField label="공간 유형" name="type" defaultValue={space?.type ?? 'study_room'} errors={f.type}>
        <Options from={spaceTypeLabel} />
      </SelectField>
      <TextareaField label="소개" name="description" rows={4} maxLength={3000} required defaultValue={space?.description} errors={f.description} />
      <TextField label="주소" name="address" maxLength={200} required defaultValue={space?.address} errors={f.address} />
      <PointField value={point} onChange={setPoint} fallbackCenter={picked ?? neighbourhood} tiles={tiles} errors={f.lat ?? f.lng} />
      {!point && <NeighbourhoodPicker label="동네" value={picked} onChange={setPicked} errors={f.neighbourhoodCode} />}
      <div className="grid grid-cols-3 gap-3">
        <TextField label="최대 인원" name="capacity" type="number" min={1} inputMode="numeric" defaultValue={space?.capacity ?? 4} errors={f.capacity} />
        <TextField label="시간당 가격(원)" name="pricePerHour" type="number" min={1000} step={1000} inputMode="numeric" defaultValue={space?.pricePerHour} errors={f.pricePerHour} />
        <TextField label="최소 시간" name="minHours" type="number" min={1} inputMode="numeric" defaultValue={space?.minHours ?? 1} errors={f.minHours} />
      </div>
      <div className="grid grid-cols-2 gap-3">
        <TextField label="주말 가격(원/시간)" name="weekendPricePerHour" type="number" min={1000} step={1000} inputMode="numeric" hint="비우면 평일 가격" defaultValue={space?.weekendPricePerHour ?? ''} errors={f.weekendPricePerHour} />
        <TextField label="공휴일 가격(원/시간)" name="holidayPricePerHour" type="number" min={1000} step={1000} inputMode="numeric" hint="비우면 주말 가격" defaultValue={space?.holidayPricePerHour ?? ''} errors={f.holidayPricePerHour} />
      </div>
      <TextField
        label="정리 시간(분)"
        name="bufferMinutes"
        type="number"
        min={0}
        max={240}
        step={10}
        inputMode="numeric"
        hint="예약이 끝난 뒤 다음 예약까지 비워 둘 시간 (0~240분)"
        defaultValue={space?.bufferMinutes ?? 0}
        errors={f.bufferMinutes}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-stone-800">예약 방식</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="radio" name="bookingMode" value="instant" defaultChecked={(space?.bookingMode ?? 'instant') === 'instant'} />
          바로 확정 (결제하면 예약 확정)
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="radio" name="bookingMode" value="approval" defaultChecked={space?.bookingMode === 'approval'} />
          호스트 승인 (결제 후 내가 수락해야 확정, 거절하면 전액 환불)
        </label>
        {f.bookingMode && <p className="text-sm text-red-700">{f.bookingMode.join(' ')}</p>}
      </fieldset>
      <TextField
        label="승인 기한(시간)"
        name="approvalHours"
        type="number"
        min={1}
        max={72}
        inputMode="numeric"
        hint="호스트 승인 방식에서 이 시간 안에 답하지 않으면 요청이 취소되고 전액 환불됩니다."
        defaultValue={space?.approvalHours ?? 24}
        errors={f.approvalHours}
      />
      <div className="grid grid-cols-2 gap-3">
        <SelectField label="여는 시간" name="openTime" defaultValue={space?.openTime ?? '09:00'} errors={f.openTime}>
          {hours.slice(0, 24).map((h) => (
            <option key={h}>{h}</option>
          ))}
        </SelectField>
        <SelectField label="닫는 시간" name="closeTime" defaultValue={space?.closeTime ?? '22:00'} errors={f.closeTime}>
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
              <input type="checkbox" name="amenities" value={value} defaultChecked={space?.amenities.includes(value as SpaceView['amenities'][number])} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-stone-800">환불 규정</legend>
        {Object.entries(policyLabels).map(([value, { name, summary }]) => (
          <label key={value} className="flex min-h-11 items-center gap-2 rounded-lg border border-stone-300 px-3 text-sm">
            <input type="radio" name="cancellationPolicy" value={value} defaultChecked={value === (space?.cancellationPolicy ?? 'flexible')} />
            <span>
              <strong>{name}</strong> · {summary}
            </span>
          </label>
        ))}
        {f.cancellationPolicy && <p className="text-sm text-red-700">{f.cancellationPolicy.join(' ')}</p>}
      </fieldset>
      <PackageFields packages={packages} onChange={setPackages} errors={f} />
      {!space && <PendingPhotos files={photos} onChange={setPhotos} error={photoError} onError={setPhotoError} disabled={pending || savedWithoutPhotos !== null} />}
      {errors.message && <Alert>{errors.message}</Alert>}
      {saved && <Alert tone="success">저장했습니다.</Alert>}
      {progress !== null && (
        <div className="flex flex-col gap-1" data-testid="photo-upload">
          <p className="text-sm text-stone-700">공간을 저장했습니다. 사진 {photos.length}장을 올리는 중…</p>
          <UploadProgress progress={progress} />
        </div>
      )}
      {savedWithoutPhotos ? (
        <Alert>
          공간은 등록했지만 사진을 올리지 못했습니다: {savedWithoutPhotos.message}{' '}
          <Link href={`/spaces/${savedWithoutPhotos.id}/edit`} className="font-semibold underline">
            편집 화면에서 다시 올리기
          </Link>
        </Alert>
      ) : (
        <Button type="submit" loading={pending}>
          {space ? '저장' : photos.length ? `공간 등록 (사진 ${photos.length}장)` : '공간 등록'}
        </Button>
      )}
    </form>
  );
}
