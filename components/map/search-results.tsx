import type { ReactNode } from 'react';
import { Pagination } from '@/components/boards/pagination';
import { Alert } from '@/components/ui/alert';
import type { PageInfo } from '@/lib/core/pagination';
import { tileConfig } from '@/lib/map/tiles';
import { MapView } from './map-view';
import type { MapMarker } from './types';

/** How a search counts what it found: "경기 … 개", "공간 … 곳". */
export type Counting = { noun: string; unit: string };

/** 을 after a closing consonant (곳을), 를 after a vowel (개를). */
const objectParticle = (word: string) => ((word.charCodeAt(word.length - 1) - 0xac00) % 28 ? '을' : '를');

/** "경기 12개", or "경기 220개 이상" when the search counted only up to a cap. */
const countOf = ({ noun, unit }: Counting, page: PageInfo) => `${noun} ${page.total}${unit}${page.totalCapped ? ' 이상' : ''}`;

/**
 * A search's results as a paged list or, on the map view, as markers for the first page of
 * results (a map has no pages, and shows at most `mapSize`); a line above says how many.
 */
export function SearchResults<T extends { id: number }>({
  view,
  items,
  page,
  counting,
  mapSize,
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
  counting: Counting;
  mapSize: number;
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
          {countOf(counting, page)}
          {page.total > mapSize && ` 중 ${mapSize}${counting.unit}${objectParticle(counting.unit)} 지도에 표시합니다`}
        </p>
        <MapView markers={items.map(marker)} tiles={tileConfig()} center={center} label={mapLabel} />
      </>
    );
  }
  if (items.length === 0) return <Alert tone="info">{empty}</Alert>;
  return (
    <>
      <p className="text-sm text-stone-600" role="status">
        {countOf(counting, page)}
      </p>
      <ul className="flex flex-col gap-3" aria-label={listLabel}>
        {items.map(renderItem)}
      </ul>
      <Pagination page={page} href={href} />
    </>
  );
}
