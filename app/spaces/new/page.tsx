import type { Metadata } from 'next';
import Link from 'next/link';
import { SpaceForm } from '@/components/spaces/space-form';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requireSessionUser } from '@/lib/auth/server-session';
import { getNeighbourhood } from '@/lib/neighbourhoods/queries';

export const metadata: Metadata = { title: '공간 등록' };

export default async function NewSpacePage() {
  const me = await requireSessionUser('/spaces/new');
  const neighbourhood = await getNeighbourhood(getDb(), me.neighbourhood.code);
  return (
    <div className="flex flex-col gap-4">
      <Link href="/spaces" className="self-start text-sm font-medium text-stone-600 hover:text-stone-900">
        ← 공간 대여
      </Link>
      <h1 className="text-2xl font-bold">공간 등록</h1>
      <Card>
        <SpaceForm neighbourhood={neighbourhood} />
      </Card>
    </div>
  );
}
