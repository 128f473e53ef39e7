import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProfileActions } from '@/components/friends/profile-actions';
import { ProfileDetails } from '@/components/friends/profile-details';
import { ReportButton } from '@/components/moderation/report-button';
import { UserRatingSummary } from '@/components/reviews/user-rating-summary';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { getProfile } from '@/lib/accounts/queries';
import { userIdParams } from '@/lib/accounts/schema';
import { getSessionUser } from '@/lib/auth/server-session';
import { DomainError } from '@/lib/core/domain-error';
import { ratingSummary } from '@/lib/reviews/queries';

export const metadata: Metadata = { title: '프로필' };

async function loadProfile(rawId: string, viewerId: number | null) {
  const parsed = userIdParams.safeParse({ id: rawId });
  if (!parsed.success) notFound();
  try {
    return await getProfile(getDb(), parsed.data.id, viewerId);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'not_found') notFound();
    throw error;
  }
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await getSessionUser();
  const profile = await loadProfile((await params).id, viewer?.id ?? null);
  const rating = await ratingSummary(getDb(), profile.id);
  return (
    <Card>
      <ProfileDetails profile={profile} />
      <div className="mt-2">
        <UserRatingSummary summary={rating} />
      </div>
      {viewer && viewer.id !== profile.id && <ProfileActions userId={profile.id} isFriend={profile.isFriend} isBlocked={profile.isBlocked} />}
      {viewer && viewer.id !== profile.id && (
        <div className="mt-3 flex justify-end">
          <ReportButton targetType="user" targetId={profile.id} label={`${profile.username}님 신고하기`} />
        </div>
      )}
    </Card>
  );
}
