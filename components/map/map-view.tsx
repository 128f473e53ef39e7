'use client';
import dynamic from 'next/dynamic';
import { Spinner } from '@/components/ui/spinner';

/** The Leaflet map, loaded in the browser only (Leaflet needs `window`). */
export const MapView = dynamic(() => import('./marker-map'), {
  ssr: false,
  loading: () => (
    <div className="flex h-[60vh] min-h-80 items-center justify-center rounded-2xl border border-stone-200 bg-stone-50" role="status">
      <Spinner /> <span className="ml-2 text-sm text-stone-600">지도를 불러오는 중…</span>
    </div>
  ),
});
