import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { AvatarForm } from '@/components/accounts/avatar-form';
import { DeleteAccountForm } from '@/components/accounts/delete-account-form';
import { EmailForm } from '@/components/accounts/email-form';
import { PasswordForm } from '@/components/accounts/password-form';
import { ProfileForm } from '@/components/accounts/profile-form';
import { ResendVerificationButton } from '@/components/accounts/resend-verification-button';
import { SetPasswordForm } from '@/components/accounts/set-password-form';
import { LogoutEverywhereButton } from '@/components/accounts/session-buttons';
import { VerifiedBadge } from '@/components/accounts/verified-badge';
import { NeighbourhoodBadge } from '@/components/trust/neighbourhood-badge';
import { VerifyNeighbourhood } from '@/components/trust/verify-neighbourhood';
import { MoreLinks } from '@/components/layout/more-links';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requireSessionUser } from '@/lib/auth/server-session';
import { getNeighbourhood } from '@/lib/neighbourhoods/queries';

export const metadata: Metadata = { title: '내 정보' };

const seoulDate = new Intl.DateTimeFormat('ko-KR', { month: 'long', day: 'numeric', timeZone: 'Asia/Seoul' });

export default async function MePage({ searchParams }: { searchParams: Promise<{ restored?: string; passwordSet?: string }> }) {
  const me = await requireSessionUser('/me');
  const neighbourhood = await getNeighbourhood(getDb(), me.neighbourhood.code);
  const { restored, passwordSet } = await searchParams;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-2xl font-bold">내 정보</h1>
        <VerifiedBadge verified={me.emailVerified} />
        <Link href={`/users/${me.id}`} className="ml-auto text-sm font-medium text-brand-700 underline">
          내 공개 프로필
        </Link>
      </div>
      {restored && <Alert tone="success">계정을 복구했습니다. 다시 오신 걸 환영해요!</Alert>}
      {passwordSet && <Alert tone="success">비밀번호를 설정했습니다. 이제 이메일로도 로그인할 수 있어요.</Alert>}
      <MoreLinks />
      {me.neighbourhoodNeedsConfirmation && (
        <Alert tone="info">
          행정구역이 바뀌어 내 동네가 {neighbourhood.dong}(으)로 옮겨졌어요. 아래 프로필에서 동네를 확인하고 저장해 주세요.
        </Alert>
      )}
      <Card title="동네인증">
        {me.verifiedNeighbourhood && (
          <p className="mb-3 flex flex-wrap items-center gap-2 text-sm text-stone-700">
            <NeighbourhoodBadge dong={me.verifiedNeighbourhood.dong} />
            <span>{seoulDate.format(new Date(me.verifiedNeighbourhood.verifiedUntil))}까지</span>
          </p>
        )}
        <VerifyNeighbourhood dong={neighbourhood.dong} />
      </Card>
      <Card title="프로필 사진">
        <AvatarForm avatarUrl={me.avatarUrl} username={me.username} />
      </Card>
      <Card title="프로필">
        <ProfileForm me={me} neighbourhood={neighbourhood} />
      </Card>
      <Card title="이메일">
        {!me.emailVerified && (
          <div className="mb-4 flex flex-col gap-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
            <p>아직 인증하지 않은 주소입니다. 메일의 링크를 누르면 인증이 끝나요.</p>
            <ResendVerificationButton />
          </div>
        )}
        <EmailForm me={me} />
      </Card>
      {me.hasPassword ? (
        <Card title="비밀번호 변경">
          <PasswordForm />
        </Card>
      ) : (
        <Card title="비밀번호 설정">
          <SetPasswordForm />
        </Card>
      )}
      <Card title="로그인 관리">
        <LogoutEverywhereButton />
      </Card>
      <Card title="회원 탈퇴">
        <DeleteAccountForm />
      </Card>
    </div>
  );
}
