import Link from '@/components/ui/link';
import { HiddenNotice } from '@/components/moderation/hidden-notice';
import { won } from '@/lib/payments/labels';
import { amenityLabel, spaceTypeLabel } from '@/lib/spaces/labels';
import type { SpaceView } from '@/lib/spaces/schema';

/** A search result: the first photo, type, place, capacity, price per hour, rating, likes. */
export function SpaceCard({ space }: { space: SpaceView }) {
  const cover = space.images[0];
  return (
    <li className="overflow-hidden rounded-2xl border border-stone-200 bg-white shadow-sm">
      <Link href={`/spaces/${space.id}`} className="flex flex-col hover:bg-stone-50">
        {cover && (
          // eslint-disable-next-line @next/next/no-img-element -- our own 400 px WebP thumbnail; next/image would re-encode it
          <img src={cover.thumbnailUrl} alt="" loading="lazy" className="aspect-[16/9] w-full bg-stone-100 object-cover" />
        )}
        <div className="flex flex-col gap-2 p-4">
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
            <p className="flex gap-3 text-sm text-stone-600">
              {space.rating !== null && (
                <span>
                  <span className="text-amber-500" aria-hidden>
                    ★
                  </span>
                  <span className="sr-only">별점</span> {space.rating} ({space.reviewCount})
                </span>
              )}
              <span>
                <span aria-hidden>♥</span>
                <span className="sr-only">찜</span> {space.likeCount}
              </span>
            </p>
          </div>
        </div>
      </Link>
    </li>
  );
}
