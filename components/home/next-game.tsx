import Link from '@/components/ui/link';
import { fullDateTime } from '@/lib/core/seoul-time';
import type { GameView } from '@/lib/games/schema';

/** The next game I play in: what, when, where, and the way to pay when my seat is only held. */
export function NextGame({ game, participation }: { game: GameView; participation: string }) {
  return (
    <div className="flex flex-col gap-2 rounded-2xl border border-brand-200 bg-brand-50 p-4" data-testid="next-game">
      <div className="flex items-start justify-between gap-2">
        <Link href={`/games/${game.id}`} className="text-base font-bold text-stone-900 hover:underline">
          {game.title}
        </Link>
        <span className="shrink-0 rounded-full bg-white px-2 py-0.5 text-xs font-semibold text-stone-800">
          {participation === 'joined' ? '참여 확정' : '결제 대기'}
        </span>
      </div>
      <p className="text-sm text-stone-700">
        {game.sportLabel} · {fullDateTime(game.startsAt)}
      </p>
      <p className="text-sm text-stone-600">{game.placeName}</p>
      {participation === 'pending_payment' && (
        <Link href={`/games/${game.id}`} className="inline-flex min-h-11 w-fit items-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
          결제하러 가기
        </Link>
      )}
    </div>
  );
}
