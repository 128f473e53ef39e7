'use client';
import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';

/**
 * "내 주변" in the spaces search form: asks for the browser's position only when tapped, then
 * submits the form with near=lat,lng and the distance sort. With a position already in the
 * URL it offers to drop it instead.
 */
export function NearMeButton({ near }: { near?: string }) {
  const hidden = useRef<HTMLInputElement>(null);
  const [locating, setLocating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submitWith = (value: string, sort: string) => {
    const form = hidden.current!.form!;
    hidden.current!.value = value;
    const sortField = form.elements.namedItem('sort');
    if (sortField instanceof HTMLSelectElement) sortField.value = sort;
    form.requestSubmit();
  };

  const locate = () => {
    setError(null);
    if (!('geolocation' in navigator)) return setError('이 브라우저에서는 위치를 찾을 수 없습니다.');
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => submitWith(`${coords.latitude.toFixed(5)},${coords.longitude.toFixed(5)}`, 'distance'),
      () => {
        setLocating(false);
        setError('위치 권한이 없어 내 주변을 찾을 수 없습니다. 시군구로 골라 주세요.');
      },
      { timeout: 10_000, maximumAge: 60_000 },
    );
  };

  return (
    <div className="flex flex-col gap-1">
      <input ref={hidden} type="hidden" name="near" defaultValue={near} />
      {near ? (
        <Button type="button" variant="secondary" onClick={() => submitWith('', 'newest')}>
          내 주변 해제
        </Button>
      ) : (
        <Button type="button" variant="secondary" loading={locating} onClick={locate}>
          내 주변
        </Button>
      )}
      {error && (
        <p className="text-sm text-red-700" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
