import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { VerifiedBadge } from '@/components/accounts/verified-badge';
import { ReportButton } from '@/components/moderation/report-button';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { getPublicUser } from '@/lib/accounts/queries';
import { userIdParams } from '@/lib/accounts/schema';
import { getSessionUser } from '@/lib/auth/server-session';
import { DomainError } from '@/lib/core/domain-error';
import { displaySigungu } from '@/lib/neighbourhoods/format';

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
  const me = await getSessionUser();
  const since = new Intl.DateTimeFormat('ko-KR', { year: 'numeric', month: 'long', timeZone: 'Asia/Seoul' }).format(new Date(user.createdAt));
  return (
    <Card>
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-2xl font-bold">{user.username}</h1>
        <VerifiedBadge verified={user.emailVerified} />
        {me && me.id !== user.id && <ReportButton targetType="user" targetId={user.id} label={`${user.username}님 신고하기`} className="ml-auto" />}
      </div>
      <p className="mt-1 text-sm text-stone-600">
        {displaySigungu(user.neighbourhood.sigungu)} {user.neighbourhood.dong} · {since} 가입
      </p>
      {user.bio && <p className="mt-4 whitespace-pre-wrap text-stone-800">{user.bio}</p>}
    </Card>
  );
}
