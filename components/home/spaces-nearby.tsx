import Link from '@/components/ui/link';
import { SpaceCard } from '@/components/spaces/space-card';
import type { SpaceView } from '@/lib/spaces/schema';

/** The most wanted rooms of my 시군구 (likes and bookings lately), or a way to find one. */
export function SpacesNearby({ spaces }: { spaces: SpaceView[] }) {
  if (spaces.length === 0) {
    return (
      <div className="flex flex-col items-start gap-2 rounded-2xl border border-dashed border-stone-300 bg-white p-4 text-sm text-stone-700">
        <p>아직 근처에 등록된 공간이 없어요.</p>
        <Link href="/spaces" className="font-medium text-brand-700 underline">
          다른 동네 공간 찾아보기
        </Link>
      </div>
    );
  }
  return (
    <ul className="flex flex-col gap-3" aria-label="근처 공간">
      {spaces.map((space) => (
        <SpaceCard key={space.id} space={space} />
      ))}
    </ul>
  );
}
