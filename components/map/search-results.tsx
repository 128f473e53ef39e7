import type { ReactNode } from 'react';
import { Pagination } from '@/components/boards/pagination';
import { Alert } from '@/components/ui/alert';
import type { PageInfo } from '@/lib/core/pagination';
import { tileConfig } from '@/lib/map/tiles';
import { MapView } from './map-view';
import type { MapMarker } from './types';

/**
 * A search's results as a paged list or, on the map view, as markers for the first page of
 * results (a map has no pages); `summary` and `mapSummary` say how many.
 */
export function SearchResults<T extends { id: number }>({
  view,
  items,
  page,
  summary,
  mapSummary,
  marker,
  mapLabel,
  center,
  listLabel,
  empty,
  renderItem,
  href,
}: {
  view: 'list' | 'map';
  items: T[];
  page: PageInfo;
  summary: string;
  mapSummary: string;
  marker: (item: T) => MapMarker;
  mapLabel: string;
  center?: [number, number];
  listLabel: string;
  empty: string;
  renderItem: (item: T) => ReactNode;
  href: (page: number) => string;
}) {
  if (view === 'map') {
    return (
      <>
        <p className="text-sm text-stone-600" role="status">
          {mapSummary}
        </p>
        <MapView markers={items.map(marker)} tiles={tileConfig()} center={center} label={mapLabel} />
      </>
    );
  }
  if (items.length === 0) return <Alert tone="info">{empty}</Alert>;
  return (
    <>
      <p className="text-sm text-stone-600" role="status">
        {summary}
      </p>
      <ul className="flex flex-col gap-3" aria-label={listLabel}>
        {items.map(renderItem)}
      </ul>
      <Pagination page={page} href={href} />
    </>
  );
}
