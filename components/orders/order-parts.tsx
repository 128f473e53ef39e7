'use client';
import { useSyncExternalStore } from 'react';
import { won } from '@/lib/payments/labels';
import type { OrderMemberView, OrderView } from '@/lib/orders/schema';
import { clockTime } from '@/lib/core/seoul-time';

export const statusLabel: Record<OrderView['status'], string> = {
  collecting: '메뉴 모으는 중',
  locked: '결제 받는 중',
  paid: '결제 완료',
  ordered: '가게에 주문함',
  delivered: '도착',
  cancelled: '취소됨',
};

const steps: OrderView['status'][] = ['collecting', 'locked', 'paid', 'ordered', 'delivered'];

/** collecting → locked → paid → ordered → delivered, with the current step marked (or the cancellation). */
export function StatusTimeline({ order }: { order: OrderView }) {
  if (order.status === 'cancelled') {
    return (
      <p className="rounded-lg bg-red-50 px-3 py-2 text-sm font-medium text-red-800" role="status">
        주문이 취소됐어요{order.cancelReason ? ` · ${order.cancelReason}` : ''}
      </p>
    );
  }
  const current = steps.indexOf(order.status);
  return (
    <ol className="grid grid-cols-5 gap-1 text-center text-[11px] leading-tight sm:text-xs" aria-label="주문 진행 단계">
      {steps.map((step, i) => (
        <li key={step} aria-current={i === current ? 'step' : undefined} className="flex flex-col items-center gap-1">
          <span className={`h-1.5 w-full rounded-full ${i <= current ? 'bg-brand-600' : 'bg-stone-200'}`} aria-hidden />
          <span className={i === current ? 'font-bold text-brand-800' : i < current ? 'text-stone-700' : 'text-stone-400'}>{statusLabel[step]}</span>
        </li>
      ))}
    </ol>
  );
}

/** How far the items are from the restaurant's minimum order. */
export function MinimumProgress({ order }: { order: OrderView }) {
  const percent = order.minOrderAmount === 0 ? 100 : Math.min(100, Math.floor((order.itemsTotal / order.minOrderAmount) * 100));
  const short = order.minOrderAmount - order.itemsTotal;
  return (
    <div>
      <div className="flex items-baseline justify-between text-sm">
        <span className="font-medium text-stone-700">최소 주문 {won(order.minOrderAmount)}</span>
        <span className="font-bold" data-testid="items-total">
          {won(order.itemsTotal)}
        </span>
      </div>
      <div
        className="mt-1.5 h-2 overflow-hidden rounded-full bg-stone-200"
        role="progressbar"
        aria-label="최소 주문 금액까지"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className={`h-full rounded-full ${short <= 0 ? 'bg-brand-600' : 'bg-amber-500'}`} style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-1 text-xs text-stone-600">{short > 0 ? `${won(short)} 더 담으면 주문할 수 있어요` : '최소 주문 금액을 넘겼어요'}</p>
    </div>
  );
}

const subscribeSeconds = (onChange: () => void) => {
  const timer = setInterval(onChange, 1000);
  return () => clearInterval(timer);
};
const currentSecond = () => Math.floor(Date.now() / 1000) * 1000;

/** The time, ticking every second; null on the server and while hydrating. */
function useSecondTick() {
  return useSyncExternalStore(subscribeSeconds, currentSecond, () => null);
}

/** "결제 마감까지 12:34" while payments are open. */
export function PayDeadline({ payBy }: { payBy: string }) {
  const now = useSecondTick();
  const left = now === null ? null : Math.max(0, new Date(payBy).getTime() - now);
  const mm = left === null ? '--' : String(Math.floor(left / 60_000)).padStart(2, '0');
  const ss = left === null ? '--' : String(Math.floor((left % 60_000) / 1000)).padStart(2, '0');
  return (
    <p className="flex items-center justify-between rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <span>결제 마감 {clockTime(payBy)}</span>
      <span className="font-mono text-base font-bold" aria-label={`결제 마감까지 ${mm}분 ${ss}초`} role="timer">
        {left === 0 ? '마감' : `${mm}:${ss}`}
      </span>
    </p>
  );
}

/** "내 몫 12,500원 = 메뉴 10,000원 + 배달비 2,500원" */
export function ShareLine({ member, you = false }: { member: OrderMemberView; you?: boolean }) {
  return (
    <p className={you ? 'text-base' : 'text-sm text-stone-700'} data-testid={you ? 'my-share' : undefined}>
      <span className="font-bold">
        {you ? '내 몫' : '몫'} {won(member.share)}
      </span>
      <span className="text-stone-600">
        {' '}
        = 메뉴 {won(member.itemsAmount)} + 배달비 {won(member.feeShare)}
      </span>
    </p>
  );
}

export const paymentLabel: Record<OrderMemberView['paymentStatus'], string> = {
  organizer: '주최자 · 가게에 직접 결제',
  unpaid: '결제 전',
  paid: '결제 완료',
  refunded: '환불 완료',
};
