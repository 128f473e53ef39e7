import type { Metadata } from 'next';
import { RestoreForm } from '@/components/accounts/restore-form';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';

export const metadata: Metadata = { title: '계정 복구' };

export default async function RestorePage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const { deleted } = await searchParams;
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold">계정 복구</h1>
      {deleted && <Alert tone="info">탈퇴했습니다. 마음이 바뀌면 30일 안에 여기서 복구할 수 있어요.</Alert>}
      <Card>
        <p className="mb-4 text-sm text-stone-600">탈퇴한 지 30일이 지나지 않았다면 이메일과 비밀번호로 계정을 되살릴 수 있습니다.</p>
        <RestoreForm />
      </Card>
    </div>
  );
}
