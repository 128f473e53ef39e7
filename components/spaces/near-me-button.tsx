'use client';
import { useRef } from 'react';
import { Button } from '@/components/ui/button';
import { useBrowserPosition } from '@/components/map/use-browser-position';

/**
 * "내 주변" in the spaces search form: asks for the browser's position only when tapped, then
 * submits the form with near=lat,lng and the distance sort. With a position already in the
 * URL it offers to drop it instead.
 */
export function NearMeButton({ near }: { near?: string }) {
  const hidden = useRef<HTMLInputElement>(null);
  const position = useBrowserPosition();
  const submitWith = (value: string, sort: string) => {
    const form = hidden.current!.form!;
    hidden.current!.value = value;
    const sortField = form.elements.namedItem('sort');
    if (sortField instanceof HTMLSelectElement) sortField.value = sort;
    form.requestSubmit();
  };

  const locate = () => position.locate((lat, lng) => submitWith(`${lat},${lng}`, 'distance'));

  return (
    <div className="flex flex-col gap-1">
      <input ref={hidden} type="hidden" name="near" defaultValue={near} />
      {near ? (
        <Button type="button" variant="secondary" onClick={() => submitWith('', 'newest')}>
          내 주변 해제
        </Button>
      ) : (
        <Button type="button" variant="secondary" loading={position.locating} onClick={locate}>
          내 주변
        </Button>
      )}
      {position.error && (
        <p className="text-sm text-red-700" role="alert">
          {position.error}
        </p>
      )}
    </div>
  );
}
