import Link from '@/components/ui/link';
import { GameCard } from '@/components/games/game-card';
import type { GameView } from '@/lib/games/schema';

/** Games of my 시군구 still recruiting, soonest first (seats live), or a way to start one. */
export function GamesNearby({ games }: { games: GameView[] }) {
  if (games.length === 0) {
    return (
      <div className="flex flex-col items-start gap-2 rounded-2xl border border-dashed border-stone-300 bg-white p-4 text-sm text-stone-700">
        <p>지금 근처에서 모집 중인 게임이 없어요.</p>
        <Link href="/games/new" className="font-medium text-brand-700 underline">
          게임 열기
        </Link>
      </div>
    );
  }
  return (
    <ul className="flex flex-col gap-3" aria-label="근처 게임">
      {games.map((game) => (
        <GameCard key={game.id} game={game} />
      ))}
    </ul>
  );
}
