'use client';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { callEndpoint } from '@/lib/http/client';
import { won } from '@/lib/payments/labels';
import { cancelReservationEndpoint } from '@/lib/http/routes';

/** Cancelling shows, before confirming, what the space's policy refunds right now. */
export function CancelReservationButton({ id, refundAmount, policy }: { id: number; refundAmount: number; policy: string }) {
  return (
    <ConfirmButton
      variant="secondary"
      title="예약을 취소할까요?"
      description={
        <>
          <p>{policy}</p>
          <p className="mt-2 font-semibold">지금 취소하면 {won(refundAmount)}을 돌려받습니다.</p>
        </>
      }
      confirmLabel="예약 취소"
      pendingLabel="취소하는 중…"
      onConfirm={() => callEndpoint(cancelReservationEndpoint, { params: { id }, body: {} })}
      after="refresh"
    >
      예약 취소
    </ConfirmButton>
  );
}
