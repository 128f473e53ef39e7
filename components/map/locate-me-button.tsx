'use client';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { Spinner } from '@/components/ui/spinner';

/** `at` in a search URL: the browser's position, rounded to about 10 m (enough to sort by distance). */
export const formatAt = (lat: number, lng: number) => `${lat.toFixed(4)},${lng.toFixed(4)}`;

const messages: Record<number, string> = {
  1: '위치 권한이 없어요. 브라우저 설정에서 허용하면 현재 위치 기준으로 찾을 수 있어요.',
  2: '현재 위치를 알 수 없어요. 잠시 후 다시 시도해 주세요.',
  3: '위치를 찾는 데 시간이 너무 걸렸어요. 다시 시도해 주세요.',
};

/**
 * "현재 위치 기준": the browser asks for the position only on this tap; the search then measures
 * distance from where the person is (`at` in the URL) instead of their home dong's centre.
 */
export function LocateMeButton({ defaultRadiusKm = '5' }: { defaultRadiusKm?: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const [state, setState] = useState<{ locating: boolean; error?: string }>({ locating: false });

  function locate() {
    if (!('geolocation' in navigator)) {
      setState({ locating: false, error: '이 브라우저는 위치를 알려 주지 않아요.' });
      return;
    }
    setState({ locating: true });
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const params = new URLSearchParams(search.toString());
        params.set('at', formatAt(coords.latitude, coords.longitude));
        if (!params.get('radiusKm')) params.set('radiusKm', defaultRadiusKm);
        params.delete('page');
        setState({ locating: false });
        router.push(`${pathname}?${params}`);
      },
      (error) => setState({ locating: false, error: messages[error.code] ?? messages[2] }),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 60_000 },
    );
  }

  return (
    <div className="flex flex-col gap-1">
      <button
        type="button"
        onClick={locate}
        disabled={state.locating}
        aria-busy={state.locating || undefined}
        className="inline-flex min-h-11 items-center gap-2 self-start rounded-lg border border-stone-300 bg-white px-3 text-sm font-semibold text-stone-800 hover:bg-stone-100"
      >
        {state.locating ? <Spinner /> : <span aria-hidden>📍</span>}
        {state.locating ? '위치 찾는 중…' : '현재 위치 기준'}
      </button>
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
    </div>
  );
}
