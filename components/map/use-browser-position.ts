'use client';
import { useState } from 'react';

const failures: Record<number, string> = {
  1: '위치 권한이 없어요. 브라우저 설정에서 허용하면 현재 위치로 찾을 수 있어요.',
  2: '현재 위치를 알 수 없어요. 잠시 후 다시 시도해 주세요.',
  3: '위치를 찾는 데 시간이 너무 걸렸어요. 다시 시도해 주세요.',
};

/**
 * The browser's position, asked for only when `locate` is called (a tap): searches "near me"
 * without a permission prompt on page load. `onPosition` gets it rounded to about 1 m.
 */
export function useBrowserPosition() {
  const [state, setState] = useState<{ locating: boolean; error: string | null }>({ locating: false, error: null });
  function locate(onPosition: (lat: number, lng: number) => void) {
    if (!('geolocation' in navigator)) {
      setState({ locating: false, error: '이 브라우저는 위치를 알려 주지 않아요.' });
      return;
    }
    setState({ locating: true, error: null });
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setState({ locating: false, error: null });
        onPosition(Number(coords.latitude.toFixed(5)), Number(coords.longitude.toFixed(5)));
      },
      (error) => setState({ locating: false, error: failures[error.code] ?? failures[2]! }),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 60_000 },
    );
  }
  return { ...state, locate };
}
