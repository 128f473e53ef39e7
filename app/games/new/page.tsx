import type { Metadata } from 'next';
import Link from 'next/link';
import { GameForm } from '@/components/games/game-form';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requireSessionUser } from '@/lib/auth/server-session';
import { getNeighbourhood } from '@/lib/neighbourhoods/queries';

export const metadata: Metadata = { title: '경기 열기' };

export default async function NewGamePage() {
  const me = await requireSessionUser('/games/new');
  const neighbourhood = await getNeighbourhood(getDb(), me.neighbourhood.code);
  return (
    <div className="flex flex-col gap-4">
      <Link href="/games" className="self-start text-sm font-medium text-stone-600 hover:text-stone-900">
        ← 같이 운동
      </Link>
      <h1 className="text-2xl font-bold">경기 열기</h1>
      <Card>
        <GameForm neighbourhood={neighbourhood} emailVerified={me.emailVerified} />
      </Card>
    </div>
  );
}
