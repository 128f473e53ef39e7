import type { Metadata } from 'next';
import { GameForm } from '@/components/games/game-form';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { PageShell } from '@/components/ui/page-shell';
import { getGame } from '@/lib/games/queries';
import { gameIdParams } from '@/lib/games/schema';
import { loadPage } from '@/lib/http/page-loader';
import { getNeighbourhood } from '@/lib/neighbourhoods/queries';
import { tileConfig } from '@/lib/map/tiles';

export const metadata: Metadata = { title: '경기 수정' };

export default async function EditGamePage({ params }: { params: Promise<{ id: string }> }) {
  const {
    db,
    me,
    data: game,
  } = await loadPage({ params, schema: gameIdParams, signIn: ({ id }) => `/games/${id}/edit`, load: ({ db, params }) => getGame(db, params.id) });
  const editable = game.status === 'recruiting' || game.status === 'full';
  return (
    <PageShell back={{ href: `/games/${game.id}`, label: game.title }} title="경기 수정">
      {game.host.id !== me.id ? (
        <Alert>경기를 연 호스트만 수정할 수 있습니다.</Alert>
      ) : !editable ? (
        <Alert tone="info">모집 중인 경기만 수정할 수 있습니다.</Alert>
      ) : (
        <Card>
          {game.joinedCount > 0 && (
            <div className="mb-4">
              <Alert tone="info">
                이미 {game.joinedCount}명이 참여했습니다. 모집 인원은 그보다 줄일 수 없고, 결제한 참가자가 있으면 참가비를 바꿀 수 없습니다.
              </Alert>
            </div>
          )}
          <GameForm neighbourhood={await getNeighbourhood(db, game.neighbourhoodCode)} emailVerified={me.emailVerified} game={game} tiles={tileConfig()} />
        </Card>
      )}
    </PageShell>
  );
}
