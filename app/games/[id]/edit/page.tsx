import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { GameForm } from '@/components/games/game-form';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requireSessionUser } from '@/lib/auth/server-session';
import { DomainError } from '@/lib/core/domain-error';
import { getGame } from '@/lib/games/queries';
import { gameIdParams } from '@/lib/games/schema';
import { getNeighbourhood } from '@/lib/neighbourhoods/queries';

export const metadata: Metadata = { title: '경기 수정' };

export default async function EditGamePage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = gameIdParams.safeParse(await params);
  if (!parsed.success) notFound();
  const me = await requireSessionUser(`/games/${parsed.data.id}/edit`);
  const game = await getGame(getDb(), parsed.data.id).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === 'not_found') notFound();
    throw error;
  });
  const editable = game.status === 'recruiting' || game.status === 'full';
  return (
    <div className="flex flex-col gap-4">
      <Link href={`/games/${game.id}`} className="self-start text-sm font-medium text-stone-600 hover:text-stone-900">
        ← {game.title}
      </Link>
      <h1 className="text-2xl font-bold">경기 수정</h1>
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
          <GameForm neighbourhood={await getNeighbourhood(getDb(), game.neighbourhoodCode)} emailVerified={me.emailVerified} game={game} />
        </Card>
      )}
    </div>
  );
}
