'use client';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { callEndpoint } from '@/lib/http/client';
import { markGameNoShowEndpoint, markReservationNoShowEndpoint } from '@/lib/http/routes';

/** The host's "노쇼" beside someone who did not come, in the 24 h after; `mark` is the game's or the booking's call. */
function NoShowButton({ username, mark }: { username: string; mark: () => Promise<unknown> }) {
  return (
    <ConfirmButton
      aria-label={`${username} 노쇼 표시`}
      title={`${username}님이 오지 않았나요?`}
      description="노쇼로 표시하면 이 이웃의 매너 온도가 내려가요. 본인은 한 번 이의를 제기할 수 있고, 관리자가 확인해요."
      confirmLabel="노쇼로 표시"
      pendingLabel="표시하는 중…"
      onConfirm={mark}
      after="refresh"
      variant="secondary"
    >
      노쇼
    </ConfirmButton>
  );
}

export function GameNoShowButton({ gameId, userId, username }: { gameId: number; userId: number; username: string }) {
  return <NoShowButton username={username} mark={() => callEndpoint(markGameNoShowEndpoint, { params: { id: gameId, userId } })} />;
}

export function ReservationNoShowButton({ reservationId, username }: { reservationId: number; username: string }) {
  return <NoShowButton username={username} mark={() => callEndpoint(markReservationNoShowEndpoint, { params: { id: reservationId } })} />;
}
