'use client';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { revokePersonalTokenEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';

export function RevokeTokenButton({ id, name }: { id: number; name: string }) {
  return (
    <ConfirmButton
      title="토큰 폐기"
      description={`「${name}」 토큰을 쓰는 스크립트와 서버는 바로 API를 쓸 수 없게 됩니다.`}
      confirmLabel="폐기"
      pendingLabel="폐기하는 중…"
      aria-label={`${name} 토큰 폐기`}
      onConfirm={() => callEndpoint(revokePersonalTokenEndpoint, { params: { id } })}
      after="refresh"
    >
      폐기
    </ConfirmButton>
  );
}
