import { VerifiedBadge } from '@/components/accounts/verified-badge';
import { NeighbourhoodBadge } from '@/components/trust/neighbourhood-badge';
import { ReviewTagCounts, TemperatureSummary } from '@/components/trust/temperature';
import { statusLabels } from '@/lib/accounts/status';
import type { Profile } from '@/lib/accounts/schema';
import { displaySigungu } from '@/lib/neighbourhoods/format';

const monthYear = new Intl.DateTimeFormat('ko-KR', { year: 'numeric', month: 'long', timeZone: 'Asia/Seoul' });

/** The top of /users/[id]: what this viewer may see of the profile. */
export function ProfileDetails({ profile }: { profile: Profile }) {
  return (
    <div>
      <div className="flex flex-wrap items-center gap-2">
        {profile.avatarUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- our own 256 px WebP; next/image would re-encode it
          <img src={profile.avatarUrl} alt="" className="h-14 w-14 rounded-full bg-stone-100 object-cover" data-testid="profile-avatar" />
        )}
        <h1 className="text-2xl font-bold">{profile.username}</h1>
        {profile.emailVerified !== null && <VerifiedBadge verified={profile.emailVerified} />}
        {profile.verifiedNeighbourhood && <NeighbourhoodBadge dong={profile.verifiedNeighbourhood.dong} />}
        {profile.status && (
          <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs font-semibold text-stone-700" data-testid="profile-status">
            {statusLabels[profile.status]}
          </span>
        )}
      </div>
      {profile.isVisible && profile.neighbourhood && profile.createdAt ? (
        <>
          <p className="mt-1 text-sm text-stone-600">
            {displaySigungu(profile.neighbourhood.sigungu)} {profile.neighbourhood.dong} · {monthYear.format(new Date(profile.createdAt))} 가입
          </p>
          {profile.bio && <p className="mt-4 whitespace-pre-wrap text-stone-800">{profile.bio}</p>}
        </>
      ) : (
        <p className="mt-2 text-sm text-stone-600">비공개 프로필이에요. 이 이웃이 친구로 추가한 사람만 자세히 볼 수 있어요.</p>
      )}
      <TemperatureSummary temperature={profile.temperature} />
      <ReviewTagCounts tags={profile.reviewTags} />
    </div>
  );
}
