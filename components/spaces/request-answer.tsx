'use client';
import { useRouter } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/ui/use-action';
import { callEndpoint } from '@/lib/http/client';
import { acceptReservationEndpoint, declineReservationEndpoint } from '@/lib/http/routes';
import { ReasonDialogButton } from './reason-dialog-button';

/** The host answers a booking request: 수락 confirms it, 거절 asks a reason and refunds the guest in full. */
export function RequestAnswer({ id }: { id: number }) {
  const router = useRouter();
  const accept = useAction(
    async () => {
      await callEndpoint(acceptReservationEndpoint, { params: { id } });
      router.refresh();
    },
    { fallback: '수락하지 못했습니다.' },
  );
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button loading={accept.pending} onClick={() => void accept.run()}>
          수락
        </Button>
        <ReasonDialogButton
          label="거절"
          title="예약 요청을 거절할까요?"
          description="예약자에게 사유와 함께 알리고 결제 금액을 전액 환불합니다."
          confirmLabel="거절하기"
          send={(reason) => callEndpoint(declineReservationEndpoint, { params: { id }, body: { reason } })}
        />
      </div>
      {accept.error && <Alert>{accept.error}</Alert>}
    </div>
  );
}
