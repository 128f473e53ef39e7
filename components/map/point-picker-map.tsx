'use client';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import type { MapPoint, TileConfig } from './types';

const pin = L.divIcon({
  className: 'dongne-marker',
  html: '<span class="block h-7 w-7 rounded-full border-[3px] border-white bg-red-600 shadow-md"></span>',
  iconSize: [28, 28],
  iconAnchor: [14, 14],
});

/**
 * Leaflet for picking one point: a click or tap puts the pin there, dragging moves it. The map
 * follows `value` when it changes from outside (a venue picked, the centre taken), and reports
 * its centre so the field can offer "지도 가운데로" to keyboard users. Browser-only: load it
 * through PointField.
 */
export default function PointPickerMap({
  value,
  fallbackCenter,
  tiles,
  label,
  onPick,
  onCenter,
}: {
  value: MapPoint | null;
  fallbackCenter: MapPoint;
  tiles: TileConfig;
  label: string;
  onPick: (point: MapPoint) => void;
  onCenter: (point: MapPoint) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const marker = useRef<L.Marker | null>(null);
  // The latest callbacks, without rebuilding the map on every render.
  const callbacks = useRef({ onPick, onCenter });
  useEffect(() => {
    callbacks.current = { onPick, onCenter };
  }, [onPick, onCenter]);

  useEffect(() => {
    if (!container.current) return;
    const start = value ?? fallbackCenter;
    const m = L.map(container.current, { scrollWheelZoom: false }).setView([start.lat, start.lng], value ? 16 : 14);
    L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 19 }).addTo(m);
    m.on('click', (e: L.LeafletMouseEvent) => callbacks.current.onPick({ lat: e.latlng.lat, lng: e.latlng.lng }));
    m.on('moveend', () => {
      const c = m.getCenter();
      callbacks.current.onCenter({ lat: c.lat, lng: c.lng });
    });
    map.current = m;
    return () => {
      m.remove();
      map.current = null;
      marker.current = null;
    };
    // Built once per tile server: `value` changes are followed by the effect below.
  }, [tiles]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    if (!value) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    if (!marker.current) {
      marker.current = L.marker([value.lat, value.lng], { icon: pin, draggable: true, keyboard: false, title: '고른 위치', alt: '고른 위치' }).addTo(m);
      marker.current.on('dragend', () => {
        const p = marker.current!.getLatLng();
        callbacks.current.onPick({ lat: p.lat, lng: p.lng });
      });
    } else marker.current.setLatLng([value.lat, value.lng]);
    if (!m.getBounds().contains([value.lat, value.lng])) m.panTo([value.lat, value.lng]);
  }, [value]);

  return <div ref={container} role="application" aria-label={label} className="z-0 h-64 w-full rounded-xl border border-stone-300" data-testid="point-picker" />;
}
