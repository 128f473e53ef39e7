import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HostSpaceActions } from '@/components/spaces/host-space-actions';
import { SpaceForm } from '@/components/spaces/space-form';
import { SpaceImagesEditor } from '@/components/spaces/space-images-editor';
import { Card } from '@/components/ui/card';
import { PageShell } from '@/components/ui/page-shell';
import { loadPage } from '@/lib/http/page-loader';
import { getNeighbourhood } from '@/lib/neighbourhoods/queries';
import { getSpace } from '@/lib/spaces/queries';
import { spaceIdParams } from '@/lib/spaces/schema';
import { tileConfig } from '@/lib/map/tiles';

export const metadata: Metadata = { title: '공간 수정' };

type Props = { params: Promise<{ id: string }> };

/** The host's page for one space: details and packages, photos, pause and delete. Anyone else gets 404. */
export default async function EditSpacePage({ params }: Props) {
  const {
    db,
    me,
    data: space,
  } = await loadPage({ params, schema: spaceIdParams, signIn: ({ id }) => `/spaces/${id}/edit`, load: ({ db, params, me }) => getSpace(db, params.id, me.id) });
  if (space.host.id !== me.id) notFound();
  const neighbourhood = await getNeighbourhood(db, space.neighbourhoodCode);
  return (
    <PageShell back={{ href: `/spaces/${space.id}`, label: space.title }} title="공간 수정">
      <Card title="사진">
        <SpaceImagesEditor spaceId={space.id} initial={space.images} />
      </Card>
      <Card title="공간 정보">
        <SpaceForm neighbourhood={neighbourhood} space={space} tiles={tileConfig()} />
      </Card>
      <Card title="예약 받기와 삭제">
        <HostSpaceActions spaceId={space.id} paused={space.status === 'paused'} />
      </Card>
    </PageShell>
  );
}
