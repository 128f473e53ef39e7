import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { VerifiedBadge } from '@/components/accounts/verified-badge';
import { UserRatingSummary } from '@/components/reviews/user-rating-summary';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { getPublicUser } from '@/lib/accounts/queries';
import { userIdParams } from '@/lib/accounts/schema';
import { DomainError } from '@/lib/core/domain-error';
import { displaySigungu } from '@/lib/neighbourhoods/format';
import { ratingSummary } from '@/lib/reviews/queries';

export const metadata: Metadata = { title: '프로필' };

async function loadUser(rawId: string) {
  const parsed = userIdParams.safeParse({ id: rawId });
  if (!parsed.success) notFound();
  try {
    return await getPublicUser(getDb(), parsed.data.id);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'not_found') notFound();
    throw error;
  }
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await loadUser((await params).id);
  const rating = await ratingSummary(getDb(), user.id);
  const since = new Intl.DateTimeFormat('ko-KR', { year: 'numeric', month: 'long', timeZone: 'Asia/Seoul' }).format(new Date(user.createdAt));
  return (
    <Card>
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-2xl font-bold">{user.username}</h1>
        <VerifiedBadge verified={user.emailVerified} />
      </div>
      <p className="mt-1 text-sm text-stone-600">
        {displaySigungu(user.neighbourhood.sigungu)} {user.neighbourhood.dong} · {since} 가입
      </p>
      <div className="mt-2">
        <UserRatingSummary summary={rating} />
      </div>
      {user.bio && <p className="mt-4 whitespace-pre-wrap text-stone-800">{user.bio}</p>}
    </Card>
  );
}
