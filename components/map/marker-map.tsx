'use client';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import type { MapMarker, TileConfig } from './types';

const SEOUL_CITY_HALL: [number, number] = [37.5663, 126.9779];

/** The popup's content built from DOM nodes, so titles from users are text, never HTML. */
function popupOf(marker: MapMarker) {
  const root = document.createElement('div');
  root.className = 'flex flex-col gap-1';
  const link = document.createElement('a');
  link.href = marker.href;
  link.textContent = marker.title;
  link.className = 'font-bold text-brand-800 underline';
  root.append(link);
  for (const line of marker.lines) {
    const p = document.createElement('span');
    p.textContent = line;
    root.append(p);
  }
  return root;
}

const icon = L.divIcon({
  className: 'dongne-marker',
  html: '<span class="block h-6 w-6 rounded-full border-2 border-white bg-brand-700 shadow-md"></span>',
  iconSize: [24, 24],
  iconAnchor: [12, 12],
  popupAnchor: [0, -12],
});

/**
 * Leaflet with one marker per result and a popup linking to it. Browser-only (Leaflet touches
 * `window` on import): load it through MapView, which skips server rendering.
 */
export default function MarkerMap({
  markers,
  tiles,
  center,
  label,
  compact = false,
}: {
  markers: MapMarker[];
  tiles: TileConfig;
  center?: [number, number];
  label: string;
  /** A small map beside a page's details (one place) rather than a search's whole view. */
  compact?: boolean;
}) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, { scrollWheelZoom: false });
    L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 19 }).addTo(map);
    const layer = L.featureGroup(
      markers.map((m) => L.marker([m.lat, m.lng], { icon, title: m.title, alt: m.title, keyboard: true }).bindPopup(() => popupOf(m))),
    ).addTo(map);
    if (markers.length) map.fitBounds(layer.getBounds(), { padding: [32, 32], maxZoom: 15 });
    else map.setView(center ?? SEOUL_CITY_HALL, 14);
    return () => {
      map.remove();
    };
  }, [markers, tiles, center]);
  return <div ref={container} role="region" aria-label={label} className={`z-0 w-full rounded-2xl border border-stone-200 ${compact ? 'h-48' : 'h-[60vh] min-h-80'}`} data-testid="map" />;
}
