'use client';
import { useState } from 'react';
import type { SpaceImageView } from '@/lib/spaces/schema';

/** The space's photos in the host's order: one large, the rest as thumbnails that switch it. */
export function SpaceGallery({ images, title }: { images: SpaceImageView[]; title: string }) {
  const [current, setCurrent] = useState(0);
  const shown = images[current] ?? images[0];
  if (!shown) return null;
  return (
    <section aria-label="공간 사진" className="flex flex-col gap-2">
      {/* eslint-disable-next-line @next/next/no-img-element -- our own WebP, already sized; next/image would re-encode it */}
      <img src={shown.url} alt={`${title} 사진 ${current + 1}/${images.length}`} className="aspect-[4/3] w-full rounded-2xl bg-stone-100 object-cover" />
      {images.length > 1 && (
        <ul className="flex gap-2 overflow-x-auto pb-1">
          {images.map((image, i) => (
            <li key={image.id} className="shrink-0">
              <button
                type="button"
                onClick={() => setCurrent(i)}
                aria-label={`사진 ${i + 1} 보기`}
                aria-current={i === current || undefined}
                className={`block overflow-hidden rounded-lg border-2 ${i === current ? 'border-brand-700' : 'border-transparent'}`}
              >
                {/* eslint-disable-next-line @next/next/no-img-element -- see above */}
                <img src={image.thumbnailUrl} alt="" className="h-16 w-20 object-cover" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
