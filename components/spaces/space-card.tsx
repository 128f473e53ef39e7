import Link from 'next/link';
import { HiddenNotice } from '@/components/moderation/hidden-notice';
import { won } from '@/lib/payments/labels';
import { amenityLabel, spaceTypeLabel } from '@/lib/spaces/labels';
import type { SpaceView } from '@/lib/spaces/schema';

/** A search result: type, place, capacity, price per hour, likes (no photos until image upload exists). */
export function SpaceCard({ space }: { space: SpaceView }) {
  return (
    <li className="rounded-2xl border border-stone-200 bg-white shadow-sm">
      <Link href={`/spaces/${space.id}`} className="flex flex-col gap-2 p-4 hover:bg-stone-50">
        <div className="flex items-center gap-2 text-xs font-semibold">
          <span className="rounded-full bg-brand-50 px-2 py-0.5 text-brand-800">{spaceTypeLabel[space.type]}</span>
          <span className="text-stone-600">
            {space.neighbourhood.sigungu} {space.neighbourhood.dong}
          </span>
          {space.distanceKm !== undefined && <span className="text-stone-600">· {space.distanceKm}km</span>}
        </div>
        {space.hiddenAt && <HiddenNotice compact />}
        <h2 className="text-lg font-bold text-stone-900">{space.title}</h2>
        <p className="text-sm text-stone-600">
          최대 {space.capacity}명 · {space.openTime}~{space.closeTime} · 최소 {space.minHours}시간
        </p>
        {space.amenities.length > 0 && (
          <p className="text-xs text-stone-600">{space.amenities.map((a) => amenityLabel[a]).join(' · ')}</p>
        )}
        <div className="flex items-center justify-between">
          <p className="text-base font-extrabold text-brand-700">
            {won(space.pricePerHour)}
            <span className="text-sm font-medium text-stone-600"> / 시간</span>
          </p>
          <p className="text-sm text-stone-600" aria-label={`찜 ${space.likeCount}개`}>
            ♥ {space.likeCount}
          </p>
        </div>
      </Link>
    </li>
  );
}
