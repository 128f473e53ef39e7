import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { HostGameActions } from '@/components/games/game-actions';
import { gameStatusLabel } from '@/components/games/game-labels';
import { LiveSeats } from '@/components/games/live-seats';
import { Alert } from '@/components/ui/alert';
import { PageShell } from '@/components/ui/page-shell';
import { fullDateTime } from '@/lib/core/seoul-time';
import { getDb } from '@/db/client';
import { requireSessionUser } from '@/lib/auth/server-session';
import { listHostedGames } from '@/lib/games/queries';
import type { GameView } from '@/lib/games/schema';
import { won } from '@/lib/payments/labels';
import { hostGameMoney, type GameMoney } from '@/lib/settlements/earnings';

export const metadata: Metadata = { title: '내가 연 경기' };

/** Sections in the order a host needs them: what still recruits first, history last. */
const sections: { title: string; statuses: GameView['status'][] }[] = [
  { title: '모집 중', statuses: ['recruiting', 'full'] },
  { title: '확정', statuses: ['confirmed'] },
  { title: '끝난 경기', statuses: ['finished'] },
  { title: '취소·모집 실패', statuses: ['cancelled', 'failed'] },
];

export default async function HostGamesPage() {
  const me = await requireSessionUser('/host/games');
  const games = await listHostedGames(getDb(), me.id);
  const money = await hostGameMoney(getDb(), me.id, games.filter((g) => g.fee > 0).map((g) => g.id));
  return (
    <PageShell
      back={{ href: '/games', label: '같이 운동' }}
      title="내가 연 경기"
      action={
      <Link href="/games/new" className="rounded-lg bg-brand-700 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-800">
        경기 열기
      </Link>
      }
    >
      <Link href="/host/earnings" className="self-start text-sm font-semibold text-brand-800 underline">
        수입·환불·출금 보기
      </Link>
      {games.length === 0 ? (
        <Alert tone="info">아직 연 경기가 없습니다. 자리가 빈 경기를 열어 이웃을 모아 보세요.</Alert>
      ) : (
        sections.map(({ title, statuses }) => {
          const items = games.filter((g) => statuses.includes(g.status));
          if (!items.length) return null;
          return (
            <section key={title} aria-label={title} className="flex flex-col gap-3">
              <h2 className="text-lg font-bold">
                {title} <span className="text-stone-500">{items.length}</span>
              </h2>
              <ul className="flex flex-col gap-3">
                {items.map((game) => (
                  <HostedGame key={game.id} game={game} money={money.get(game.id)} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </PageShell>
  );
}

function HostedGame({ game, money }: { game: GameView; money?: GameMoney }) {
  const open = game.status === 'recruiting' || game.status === 'full';
  return (
    <li className="flex flex-col gap-2 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm" data-testid="hosted-game">
      <p className="text-xs font-semibold text-brand-800">{game.sportLabel}</p>
      <Link href={`/games/${game.id}`} className="text-lg font-bold hover:underline">
        {game.title}
      </Link>
      <p className="text-sm text-stone-700">
        {fullDateTime(game.startsAt)} · {game.placeName}
      </p>
      {open || game.status === 'confirmed' ? (
        <LiveSeats gameId={game.id} sigunguCode={game.neighbourhoodCode} joined={game.joinedCount} capacity={game.maxPlayers} status={game.status} />
      ) : (
        <p className="text-sm text-stone-600">{gameStatusLabel[game.status]}</p>
      )}
      {game.fee > 0 && (
        <p className="text-sm text-stone-700 tabular-nums" data-testid="hosted-game-money">
          {/* From the ledger: fees paid by players, refunds to them, the platform fee, and what the host keeps. */}
          참가비 {won(money?.collected ?? 0)} · 환불 {won(money?.refunded ?? 0)} · 수수료 {won(money?.fees ?? 0)} · 순수익 <strong>{won(money?.net ?? 0)}</strong>
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <Link href={`/games/${game.id}#players`} className="font-semibold text-brand-800 underline">
          참가자 보기
        </Link>
        {open && (
          <Link href={`/games/${game.id}/edit`} className="font-semibold text-brand-800 underline">
            수정
          </Link>
        )}
      </div>
      {(open || game.status === 'confirmed') && (
        <HostGameActions gameId={game.id} joined={game.joinedCount} canClose={open && game.joinedCount >= game.minPlayers} />
      )}
    </li>
  );
}
