'use client';
import { useRouter } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/ui/use-action';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { callEndpoint } from '@/lib/http/client';
import { deleteSpaceEndpoint, updateSpaceEndpoint } from '@/lib/http/routes';

/** The host's controls: pause or reopen bookings, or delete (refused while bookings are ahead: pause instead). */
export function HostSpaceActions({ spaceId, paused }: { spaceId: number; paused: boolean }) {
  const router = useRouter();
  const togglePause = useAction(
    async () => {
      await callEndpoint(updateSpaceEndpoint, { params: { id: spaceId }, body: { status: paused ? 'active' : 'paused' } });
      router.refresh();
    },
    { fallback: '바꾸지 못했습니다.' },
  );

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" loading={togglePause.pending} onClick={() => togglePause.run()}>
          {paused ? '예약 다시 받기' : '예약 일시 중지'}
        </Button>
        <ConfirmButton
          title="공간을 삭제할까요?"
          description="다가오는 예약이 있으면 삭제할 수 없습니다. 그럴 때는 예약을 일시 중지하세요."
          confirmLabel="삭제"
          pendingLabel="삭제하는 중…"
          onConfirm={() => callEndpoint(deleteSpaceEndpoint, { params: { id: spaceId } })}
          after={() => router.push('/spaces')}
        >
          공간 삭제
        </ConfirmButton>
      </div>
      {togglePause.error && <Alert>{togglePause.error}</Alert>}
    </div>
  );
}
