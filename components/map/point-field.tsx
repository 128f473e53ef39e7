'use client';
import dynamic from 'next/dynamic';
import { useId, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { FieldErrors } from '@/components/ui/text-field';
import type { MapPoint, TileConfig } from './types';

const PointPickerMap = dynamic(() => import('./point-picker-map'), {
  ssr: false,
  loading: () => (
    <div className="flex h-64 items-center justify-center rounded-xl border border-stone-300 bg-stone-50" role="status">
      <Spinner /> <span className="ml-2 text-sm text-stone-600">지도를 불러오는 중…</span>
    </div>
  ),
});

const rounded = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * "지도에서 위치 고르기": tap or drag the pin; keyboard users move the map with the arrow keys and
 * take its centre. Empty means "the dong's centre", as before maps could be picked; the server
 * derives the dong from a picked point (lib/neighbourhoods/locate.ts).
 */
export function PointField({
  value,
  onChange,
  fallbackCenter,
  tiles,
  label = '지도에서 위치 고르기',
  errors,
}: {
  value: MapPoint | null;
  onChange: (point: MapPoint | null) => void;
  fallbackCenter: MapPoint;
  tiles: TileConfig;
  label?: string;
  errors?: string[];
}) {
  const id = useId();
  const center = useRef<MapPoint>(fallbackCenter);
  const pick = (p: MapPoint) => onChange({ lat: rounded(p.lat), lng: rounded(p.lng) });
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={`${id}-state`}>
      <legend className="mb-1 text-sm font-medium text-stone-800">{label}</legend>
      <PointPickerMap
        value={value}
        fallbackCenter={fallbackCenter}
        tiles={tiles}
        label={`${label}: 지도를 누르거나 핀을 끌어 위치를 정하세요`}
        onPick={pick}
        onCenter={(p) => (center.current = p)}
      />
      <p id={`${id}-state`} className="text-sm text-stone-700" aria-live="polite" data-testid="picked-point">
        {value ? `고른 위치: 위도 ${value.lat.toFixed(5)}, 경도 ${value.lng.toFixed(5)} (동네는 이 위치로 정해져요)` : '아직 고르지 않았어요. 고르지 않으면 동네 중심에 표시돼요.'}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" className="text-sm" onClick={() => pick(center.current)}>
          지도 가운데로 정하기
        </Button>
        {value && (
          <Button type="button" variant="ghost" className="text-sm" onClick={() => onChange(null)}>
            위치 지우기
          </Button>
        )}
      </div>
      {errors?.length ? <FieldErrors errors={errors} /> : null}
    </fieldset>
  );
}
