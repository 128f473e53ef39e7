import type { Metadata } from 'next';
import { ProfileActions } from '@/components/friends/profile-actions';
import { ProfileDetails } from '@/components/friends/profile-details';
import { ReportButton } from '@/components/moderation/report-button';
import { UserRatingSummary } from '@/components/reviews/user-rating-summary';
import { Card } from '@/components/ui/card';
import { MyNoShows } from '@/components/trust/my-no-shows';
import { getProfile } from '@/lib/accounts/queries';
import { userIdParams } from '@/lib/accounts/schema';
import { loadPage } from '@/lib/http/page-loader';
import { ratingSummary } from '@/lib/reviews/queries';

export const metadata: Metadata = { title: '프로필' };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const {
    db,
    me: viewer,
    data: profile,
  } = await loadPage({ params, schema: userIdParams, load: ({ db, params, me }) => getProfile(db, params.id, me?.id ?? null) });
  const rating = await ratingSummary(db, profile.id);
  return (
    <Card>
      <ProfileDetails profile={profile} />
      <div className="mt-2">
        <UserRatingSummary summary={rating} />
      </div>
      {viewer?.id === profile.id && <MyNoShows />}
      {viewer && viewer.id !== profile.id && <ProfileActions userId={profile.id} isFriend={profile.isFriend} isBlocked={profile.isBlocked} />}
      {viewer && viewer.id !== profile.id && (
        <div className="mt-3 flex justify-end">
          <ReportButton targetType="user" targetId={profile.id} label={`${profile.username}님 신고하기`} />
        </div>
      )}
    </Card>
  );
}
