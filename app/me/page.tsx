import type { Metadata } from 'next';
import { DeleteAccountForm } from '@/components/accounts/delete-account-form';
import { PasswordForm } from '@/components/accounts/password-form';
import { ProfileForm } from '@/components/accounts/profile-form';
import { LogoutEverywhereButton } from '@/components/accounts/session-buttons';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requireSessionUser } from '@/lib/auth/server-session';
import { getNeighbourhood } from '@/lib/neighbourhoods/queries';

export const metadata: Metadata = { title: '내 정보' };

export default async function MePage({ searchParams }: { searchParams: Promise<{ restored?: string }> }) {
  const me = await requireSessionUser('/me');
  const neighbourhood = await getNeighbourhood(getDb(), me.neighbourhood.code);
  const { restored } = await searchParams;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">내 정보</h1>
      {restored && <Alert tone="success">계정을 복구했습니다. 다시 오신 걸 환영해요!</Alert>}
      <Card title="프로필">
        <ProfileForm me={me} neighbourhood={neighbourhood} />
      </Card>
      <Card title="비밀번호 변경">
        <PasswordForm />
      </Card>
      <Card title="로그인 관리">
        <LogoutEverywhereButton />
      </Card>
      <Card title="회원 탈퇴">
        <DeleteAccountForm />
      </Card>
    </div>
  );
}
