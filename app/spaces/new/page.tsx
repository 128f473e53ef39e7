import type { Metadata } from 'next';
import { SpaceForm } from '@/components/spaces/space-form';
import { Card } from '@/components/ui/card';
import { PageShell } from '@/components/ui/page-shell';
import { getDb } from '@/db/client';
import { requireSessionUser } from '@/lib/auth/server-session';
import { getNeighbourhood } from '@/lib/neighbourhoods/queries';
import { tileConfig } from '@/lib/map/tiles';

export const metadata: Metadata = { title: '공간 등록' };

export default async function NewSpacePage() {
  const me = await requireSessionUser('/spaces/new');
  const neighbourhood = await getNeighbourhood(getDb(), me.neighbourhood.code);
  return (
    <PageShell back={{ href: '/spaces', label: '공간 대여' }} title="공간 등록">
      <Card>
        <SpaceForm neighbourhood={neighbourhood} tiles={tileConfig()} />
      </Card>
    </PageShell>
  );
}
