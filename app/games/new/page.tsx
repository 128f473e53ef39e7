import type { Metadata } from 'next';
import { GameForm } from '@/components/games/game-form';
import { Card } from '@/components/ui/card';
import { PageShell } from '@/components/ui/page-shell';
import { getDb } from '@/db/client';
import { requireSessionUser } from '@/lib/auth/server-session';
import { getNeighbourhood } from '@/lib/neighbourhoods/queries';
import { tileConfig } from '@/lib/map/tiles';

export const metadata: Metadata = { title: '경기 열기' };

export default async function NewGamePage() {
  const me = await requireSessionUser('/games/new');
  const neighbourhood = await getNeighbourhood(getDb(), me.neighbourhood.code);
  return (
    <PageShell back={{ href: '/games', label: '같이 운동' }} title="경기 열기">
      <Card>
        <GameForm neighbourhood={neighbourhood} emailVerified={me.emailVerified} tiles={tileConfig()} />
      </Card>
    </PageShell>
  );
}
