'use client';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { useBrowserPosition } from './use-browser-position';

/** `at` in a search URL: the browser's position, rounded to about 10 m (enough to sort by distance). */
export const formatAt = (lat: number, lng: number) => `${lat.toFixed(4)},${lng.toFixed(4)}`;

/**
 * "현재 위치 기준": the browser asks for the position only on this tap; the search then measures
 * distance from where the person is (`at` in the URL) instead of their home dong's centre.
 */
export function LocateMeButton({ defaultRadiusKm = '5' }: { defaultRadiusKm?: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const position = useBrowserPosition();
  const locate = () =>
    position.locate((lat, lng) => {
      const params = new URLSearchParams(search.toString());
      params.set('at', formatAt(lat, lng));
      if (!params.get('radiusKm')) params.set('radiusKm', defaultRadiusKm);
      params.delete('page');
      router.push(`${pathname}?${params}`);
    });

  return (
    <div className="flex flex-col gap-1">
      <Button type="button" variant="secondary" className="self-start text-sm" loading={position.locating} onClick={locate}>
        {position.locating ? (
          '위치 찾는 중…'
        ) : (
          <>
            <span aria-hidden>📍</span> 현재 위치 기준
          </>
        )}
      </Button>
      {position.error && (
        <p role="alert" className="text-sm text-red-700">
          {position.error}
        </p>
      )}
    </div>
  );
}
