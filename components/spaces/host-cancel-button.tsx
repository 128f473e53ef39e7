'use client';
import { callEndpoint } from '@/lib/http/client';
import { won } from '@/lib/payments/labels';
import { cancelReservationEndpoint } from '@/lib/http/routes';
import { ReasonDialogButton } from './reason-dialog-button';

/** The host cancels a confirmed booking: a reason is required, the guest is refunded in full and told why. */
export function HostCancelButton({ id, refundAmount }: { id: number; refundAmount: number }) {
  return (
    <ReasonDialogButton
      label="예약 취소"
      title="예약을 취소할까요?"
      description={`예약자에게 사유와 함께 알리고 ${won(refundAmount)}을 전액 환불합니다.`}
      confirmLabel="예약 취소"
      send={(reason) => callEndpoint(cancelReservationEndpoint, { params: { id }, body: { reason } })}
    />
  );
}
