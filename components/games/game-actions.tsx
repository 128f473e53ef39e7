'use client';
import { useRouter } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/ui/use-action';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { useGameWatch } from '@/components/realtime/use-game-watch';
import { useSocketEvent } from '@/components/realtime/use-socket-event';
import { cancelGameEndpoint, closeGameEndpoint, joinGameEndpoint, removePlayerEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';
import { won } from '@/lib/payments/labels';
import { VerificationRequiredLink } from '@/components/trust/verification-required';


/** Any change to this game (seats, status) re-renders the server page: players list, buttons, badges. */
export function RefreshOnGameUpdate({ gameId }: { gameId: number }) {
  const router = useRouter();
  useGameWatch({ gameId });
  useSocketEvent('game:updated', (e) => {
    if (e.gameId === gameId) router.refresh();
  });
  return null;
}

/** Join (free: seated at once; paid: off to the checkout), or join the waitlist when the game is full. */
export function JoinButton({ gameId, fee, full }: { gameId: number; fee: number; full: boolean }) {
  const router = useRouter();
  const { run, pending, error, reason } = useAction(
    async () => {
      const result = await callEndpoint(joinGameEndpoint, { params: { id: gameId }, body: { waitlist: full } });
      if (result.payment) router.push(result.payment.checkoutUrl);
      else router.refresh();
      return result;
    },
    // Off to the checkout: busy until the page changes.
    { stayBusy: (result) => Boolean(result.payment) },
  );

  return (
    <div className="flex flex-col gap-2">
      {error && <Alert>{error}</Alert>}
      <VerificationRequiredLink reason={reason} />
      <Button onClick={() => run()} loading={pending}>
        {full ? '대기 명단에 이름 올리기' : fee === 0 ? '참여하기' : `${won(fee)} 결제하고 참여하기`}
      </Button>
    </div>
  );
}

/** My own cancellation, with what the policy refunds right now shown before confirming. */
export function CancelParticipationButton({ gameId, userId, refundAmount, paidAmount }: { gameId: number; userId: number; refundAmount: number; paidAmount: number }) {
  const router = useRouter();
  return (
    <ConfirmButton
      title="참여를 취소할까요?"
      description={
        paidAmount > 0 ? (
          <>
            <p>경기 24시간 전까지 전액, 2시간 전까지 50%를 환불하고, 그 뒤에는 환불되지 않습니다.</p>
            <p className="mt-2 font-semibold" data-testid="refund-preview">
              지금 취소하면 {won(paidAmount)} 중 {won(refundAmount)}을 돌려받습니다.
            </p>
          </>
        ) : (
          <p>자리를 다른 이웃에게 넘깁니다.</p>
        )
      }
      confirmLabel="참여 취소"
      pendingLabel="취소하는 중…"
      onConfirm={async () => {
        const { refundedAmount } = await callEndpoint(removePlayerEndpoint, { params: { id: gameId, userId } });
        router.replace(`/games/${gameId}?cancelled=${refundedAmount}`);
        router.refresh();
      }}
    >
      참여 취소
    </ConfirmButton>
  );
}

/** Host only: close recruitment early (confirms the game) or cancel it (everyone refunded in full). */
export function HostGameActions({ gameId, canClose, joined }: { gameId: number; canClose: boolean; joined: number }) {
  return (
    <div className="flex flex-wrap gap-2">
      {canClose && (
        <ConfirmButton
          variant="secondary"
          title="모집을 마감할까요?"
          description="지금 인원으로 경기가 확정되고, 대기 명단은 정리됩니다."
          confirmLabel="모집 마감"
          pendingLabel="마감하는 중…"
          onConfirm={() => callEndpoint(closeGameEndpoint, { params: { id: gameId } })}
          after="refresh"
        >
          모집 마감
        </ConfirmButton>
      )}
      <ConfirmButton
        title="경기를 취소할까요?"
        description={joined > 0 ? `참가자 ${joined}명 모두에게 참가비가 전액 환불됩니다.` : '아직 참가자가 없습니다.'}
        confirmLabel="경기 취소"
        pendingLabel="취소하는 중…"
        onConfirm={() => callEndpoint(cancelGameEndpoint, { params: { id: gameId } })}
        after="refresh"
      >
        경기 취소
      </ConfirmButton>
    </div>
  );
}

/** Host only: removes a player, whose payment is refunded in full. */
export function RemovePlayerButton({ gameId, userId, username }: { gameId: number; userId: number; username: string }) {
  return (
    <ConfirmButton
      aria-label={`${username} 내보내기`}
      title={`${username}님을 내보낼까요?`}
      description="결제한 참가비는 전액 환불되고, 경기 채팅방에서도 나가게 됩니다."
      confirmLabel="내보내기"
      pendingLabel="내보내는 중…"
      onConfirm={() => callEndpoint(removePlayerEndpoint, { params: { id: gameId, userId } })}
      after="refresh"
    >
      내보내기
    </ConfirmButton>
  );
}
