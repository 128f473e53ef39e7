'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { TextField } from '@/components/ui/text-field';
import { ApiError, callEndpoint } from '@/lib/http/client';
import { cancelOrderEndpoint, createPaymentEndpoint, deliverOrderEndpoint, placeOrderEndpoint, lockOrderEndpoint, unlockOrderEndpoint, withdrawOrderEndpoint } from '@/lib/http/routes';
import type { OrderView } from '@/lib/orders/schema';
import { won } from '@/lib/payments/labels';
import { useSetOrder } from './use-live-order';

const newKey = () => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);

/** Runs a call that answers with the sheet, showing its failure next to the button. */
function useOrderCall(postId: number) {
  const setOrder = useSetOrder(postId);
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function run(name: string, call: () => Promise<OrderView>) {
    setPending(name);
    setError(null);
    try {
      setOrder(await call());
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '문제가 생겼습니다. 잠시 후 다시 시도해 주세요.');
    } finally {
      setPending(null);
    }
  }
  return { pending, error, run, setOrder };
}

/** Off to the checkout (the sandbox card or Toss) for my locked share; it comes back to the post. */
export function PayShareButton({ postId, amount }: { postId: number; amount: number }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function pay() {
    setPending(true);
    setError(null);
    try {
      const payment = await callEndpoint(createPaymentEndpoint, { body: { purpose: 'meal_order', subjectId: postId }, headers: { 'idempotency-key': newKey() } });
      router.push(payment.checkoutUrl);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '결제를 시작하지 못했습니다.');
      setPending(false);
    }
  }
  return (
    <div className="flex flex-col gap-2">
      {error && <Alert>{error}</Alert>}
      <Button onClick={pay} loading={pending} className="w-full">
        내 몫 {won(amount)} 결제하기
      </Button>
    </div>
  );
}

/** A member leaves the order before it is placed: a paid share comes back in full. */
export function WithdrawButton({ order }: { order: OrderView }) {
  const setOrder = useSetOrder(order.postId);
  return (
    <ConfirmButton
      title="주문에서 빠질까요?"
      description={
        order.status === 'collecting'
          ? '담은 메뉴가 모두 빠집니다.'
          : '담은 메뉴가 빠지고, 결제한 몫은 전액 환불됩니다. 남은 이웃들의 몫은 같은 규칙으로 다시 계산돼요.'
      }
      confirmLabel="빠지기"
      onConfirm={async () => setOrder((await callEndpoint(withdrawOrderEndpoint, { params: { id: order.postId } })).order)}
    >
      주문에서 빠지기
    </ConfirmButton>
  );
}

/** The organizer's buttons for the order's next step, and cancelling with each refund shown first. */
export function OrganizerControls({ order }: { order: OrderView }) {
  const { pending, error, run, setOrder } = useOrderCall(order.postId);
  const params = { params: { id: order.postId } };
  const anyPaid = order.members.some((m) => m.paidAmount > m.refundedAmount);
  const refunds = order.members.filter((m) => m.paidAmount - m.refundedAmount > 0);
  const [reason, setReason] = useState('');
  return (
    <div className="flex flex-col gap-2" aria-label="주최자 메뉴">
      {error && <Alert>{error}</Alert>}
      <div className="flex flex-wrap gap-2">
        {order.status === 'collecting' && (
          <Button onClick={() => run('lock', () => callEndpoint(lockOrderEndpoint, params))} loading={pending === 'lock'} disabled={order.itemsTotal < order.minOrderAmount || order.itemsTotal === 0}>
            주문 확정하고 결제 받기
          </Button>
        )}
        {order.status === 'locked' && !anyPaid && (
          <Button variant="secondary" onClick={() => run('unlock', () => callEndpoint(unlockOrderEndpoint, params))} loading={pending === 'unlock'}>
            확정 되돌리기
          </Button>
        )}
        {order.status === 'paid' && (
          <Button onClick={() => run('placed', () => callEndpoint(placeOrderEndpoint, params))} loading={pending === 'placed'}>
            가게에 주문했어요
          </Button>
        )}
        {order.status === 'ordered' && (
          <Button onClick={() => run('delivered', () => callEndpoint(deliverOrderEndpoint, params))} loading={pending === 'delivered'}>
            음식이 도착했어요
          </Button>
        )}
        {['collecting', 'locked', 'paid'].includes(order.status) && (
          <ConfirmButton
            title="같이 주문을 취소할까요?"
            description={
              <div className="flex flex-col gap-3">
                {refunds.length ? (
                  <>
                    <p>결제한 이웃에게 전액 환불돼요.</p>
                    <ul className="flex flex-col gap-1" aria-label="환불 예정">
                      {refunds.map((m) => (
                        <li key={m.user.id} className="flex justify-between" data-testid="refund-preview">
                          <span>{m.user.username}</span>
                          <span className="font-semibold">{won(m.paidAmount - m.refundedAmount)} 환불</span>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p>아직 결제한 이웃이 없어 환불할 돈은 없어요.</p>
                )}
                <TextField label="취소 사유" name="reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={200} />
              </div>
            }
            confirmLabel="주문 취소"
            onConfirm={async () => setOrder(await callEndpoint(cancelOrderEndpoint, { ...params, body: { reason: reason.trim() || '주최자가 취소했어요' } }))}
          >
            주문 취소
          </ConfirmButton>
        )}
      </div>
      {order.status === 'collecting' && order.itemsTotal < order.minOrderAmount && (
        <p className="text-xs text-stone-600">최소 주문 금액을 넘기면 확정할 수 있어요.</p>
      )}
    </div>
  );
}
