import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HostSpaceActions } from '@/components/spaces/host-space-actions';
import { SpaceForm } from '@/components/spaces/space-form';
import { SpaceImagesEditor } from '@/components/spaces/space-images-editor';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requireSessionUser } from '@/lib/auth/server-session';
import { DomainError } from '@/lib/core/domain-error';
import { getNeighbourhood } from '@/lib/neighbourhoods/queries';
import { getSpace } from '@/lib/spaces/queries';
import { spaceIdParams } from '@/lib/spaces/schema';

export const metadata: Metadata = { title: '공간 수정' };

type Props = { params: Promise<{ id: string }> };

/** The host's page for one space: details and packages, photos, pause and delete. Anyone else gets 404. */
export default async function EditSpacePage({ params }: Props) {
  const parsed = spaceIdParams.safeParse(await params);
  if (!parsed.success) notFound();
  const me = await requireSessionUser(`/spaces/${parsed.data.id}/edit`);
  const space = await getSpace(getDb(), parsed.data.id, me.id).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === 'not_found') notFound();
    throw error;
  });
  if (space.host.id !== me.id) notFound();
  const neighbourhood = await getNeighbourhood(getDb(), space.neighbourhoodCode);
  return (
    <div className="flex flex-col gap-4">
      <Link href={`/spaces/${space.id}`} className="self-start text-sm font-medium text-stone-600 hover:text-stone-900">
        ← {space.title}
      </Link>
      <h1 className="text-2xl font-bold">공간 수정</h1>
      <Card title="사진">
        <SpaceImagesEditor spaceId={space.id} initial={space.images} />
      </Card>
      <Card title="공간 정보">
        <SpaceForm neighbourhood={neighbourhood} space={space} />
      </Card>
      <Card title="예약 받기와 삭제">
        <HostSpaceActions spaceId={space.id} paused={space.status === 'paused'} />
      </Card>
    </div>
  );
}
