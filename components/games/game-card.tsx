import Link from '@/components/ui/link';
import { HiddenNotice } from '@/components/moderation/hidden-notice';
import { fullDateTime } from '@/lib/core/seoul-time';
import type { GameView } from '@/lib/games/schema';
import { feeLabel } from './game-labels';
import { LiveSeats } from './live-seats';

/** A search result: sport, title, time in Seoul, place, distance, seats left (live), fee. */
export function GameCard({ game }: { game: GameView }) {
  return (
    <li className="rounded-2xl border border-stone-200 bg-white shadow-sm" data-testid="game-card">
      <Link href={`/games/${game.id}`} className="flex flex-col gap-2 p-4 hover:bg-stone-50">
        <div className="flex flex-wrap items-center gap-2 text-xs font-semibold">
          <span className="rounded-full bg-brand-50 px-2 py-0.5 text-brand-800">{game.sportLabel}</span>
          <span className="text-stone-600">
            {game.levelLabel} · {game.genderLabel}
          </span>
          {game.distanceKm !== undefined && <span className="text-stone-600">· {game.distanceKm}km</span>}
          {game.hiddenAt && <HiddenNotice compact />}
        </div>
        <h2 className="text-lg font-bold text-stone-900">{game.title}</h2>
        <p className="text-sm text-stone-700">{fullDateTime(game.startsAt)}</p>
        <p className="text-sm text-stone-600">{game.placeName}</p>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <LiveSeats gameId={game.id} sigunguCode={game.neighbourhoodCode} joined={game.joinedCount} capacity={game.maxPlayers} status={game.status} />
          <p className="text-base font-extrabold text-brand-700">{feeLabel(game.fee)}</p>
        </div>
      </Link>
    </li>
  );
}
