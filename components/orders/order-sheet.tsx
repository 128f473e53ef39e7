'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { ApiError, callEndpoint } from '@/lib/http/client';
import { deleteItemEndpoint } from '@/lib/http/routes';
import type { OrderMemberView, OrderView } from '@/lib/orders/schema';
import { won } from '@/lib/payments/labels';
import { fullDateTime } from '@/lib/core/seoul-time';
import { ItemForm } from './item-form';
import { OrganizerControls, PayShareButton, WithdrawButton } from './order-actions';
import { OrderForm } from './order-form';
import { MinimumProgress, PayDeadline, paymentLabel, ShareLine, StatusTimeline, statusLabel } from './order-parts';
import { orderKey, useLiveOrder } from './use-live-order';

type Props = { postId: number; chatRoomId: number; viewerId: number; isOrganizer: boolean; subscribe?: boolean };

/**
 * The post's group order, live: items by member, my share with its breakdown, the minimum,
 * the steps, the pay deadline, my items and the organizer's controls. Used on the post page and
 * in the chat room's bottom sheet.
 */
export function OrderSheet({ postId, chatRoomId, viewerId, isOrganizer, subscribe = true }: Props) {
  const query = useLiveOrder(postId, chatRoomId, viewerId, { subscribe });
  const [editing, setEditing] = useState(false);
  if (query.isPending) return <LoadingState label="주문서를 불러오는 중…" />;
  if (query.isError) return <ErrorState message={`주문서를 불러오지 못했습니다. ${query.error.message}`} onRetry={() => query.refetch()} retrying={query.isFetching} />;
  const order = query.data;
  if (!order) {
    return isOrganizer ? (
      <div className="flex flex-col gap-3">
        <p className="text-sm text-stone-700">가게와 배달비를 정하면 이웃들이 메뉴를 담고, 각자 몫이 자동으로 계산돼요.</p>
        <OrderForm postId={postId} order={null} />
      </div>
    ) : (
      <p className="text-sm text-stone-600">아직 주문서가 없어요. 글쓴이가 가게를 정하면 여기서 메뉴를 담을 수 있어요.</p>
    );
  }
  const me = order.members.find((m) => m.user.id === viewerId);
  const collecting = order.status === 'collecting';
  return (
    <div className="flex flex-col gap-4" data-testid="order-sheet" data-status={order.status}>
      <header className="flex flex-col gap-1">
        <div className="flex items-center justify-between gap-2">
          <h2 className="text-lg font-bold">{order.restaurant}</h2>
          <span className="shrink-0 rounded-full bg-brand-50 px-2.5 py-1 text-xs font-semibold text-brand-800" data-testid="order-status">
            {statusLabel[order.status]}
          </span>
        </div>
        <p className="text-sm text-stone-600">
          {order.pickupPlace} · {fullDateTime(order.orderBy)} 주문 · 배달비 {won(order.deliveryFee)} ({order.splitRule === 'equal' ? '똑같이' : '금액 비율대로'})
        </p>
        {order.menuUrl && (
          <a href={order.menuUrl} target="_blank" rel="noopener noreferrer nofollow" className="text-sm font-medium text-brand-700 underline">
            메뉴 보기
          </a>
        )}
      </header>
      <StatusTimeline order={order} />
      {order.status === 'locked' && order.payBy && <PayDeadline payBy={order.payBy} />}
      <MinimumProgress order={order} />
      {me && <MyShare order={order} me={me} />}
      <MemberList order={order} viewerId={viewerId} />
      {collecting && (
        <section aria-labelledby="add-item" className="rounded-xl border border-stone-200 p-3">
          <h3 id="add-item" className="mb-2 text-sm font-bold">
            내 메뉴 담기
          </h3>
          <ItemForm postId={postId} />
        </section>
      )}
      {me && !me.isOrganizer && ['collecting', 'locked', 'paid'].includes(order.status) && (me.items.length > 0 || me.paidAmount > 0) && <WithdrawButton order={order} />}
      {isOrganizer && (
        <section aria-label="주최자" className="flex flex-col gap-2 border-t border-stone-200 pt-3">
          <OrganizerControls order={order} />
          {collecting && (
            <Button variant="ghost" onClick={() => setEditing((v) => !v)} aria-expanded={editing} className="self-start">
              {editing ? '주문서 닫기' : '주문서 고치기'}
            </Button>
          )}
          {collecting && editing && <OrderForm postId={postId} order={order} onDone={() => setEditing(false)} />}
        </section>
      )}
      {order.departed.length > 0 && (
        <ul className="text-xs text-stone-600" aria-label="빠진 이웃">
          {order.departed.map((d) => (
            <li key={d.user.id}>
              {d.user.username} · {d.status === 'dropped' ? '결제 마감으로 빠짐' : '스스로 빠짐'}
              {d.refundedAmount > 0 ? ` · ${won(d.refundedAmount)} 환불` : ''}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function MyShare({ order, me }: { order: OrderView; me: OrderMemberView }) {
  const owes = !me.isOrganizer && me.paymentStatus === 'unpaid' && order.status === 'locked';
  return (
    <section className="rounded-xl bg-brand-50 p-3" aria-label="내 몫" aria-live="polite">
      <ShareLine member={me} you />
      {me.isOrganizer && <p className="mt-1 text-xs text-stone-600">주최자는 가게에 직접 결제해요. 이웃들이 낸 몫은 도착 후 정산 내역에 들어와요.</p>}
      {me.coveredAmount > 0 && <p className="mt-1 text-xs text-stone-600">빠진 이웃 때문에 늘어난 {won(me.coveredAmount)}은 주최자가 부담해요.</p>}
      {me.paymentStatus === 'paid' && <p className="mt-1 text-sm font-semibold text-brand-800">{won(me.paidAmount - me.refundedAmount)} 결제 완료</p>}
      {me.paymentStatus === 'refunded' && <p className="mt-1 text-sm font-semibold text-stone-700">{won(me.refundedAmount)} 환불 완료</p>}
      {me.refundedAmount > 0 && me.paymentStatus === 'paid' && <p className="mt-1 text-xs text-stone-600">몫이 줄어 {won(me.refundedAmount)}을 돌려받았어요.</p>}
      {owes && (
        <div className="mt-2">
          <PayShareButton postId={order.postId} amount={me.share} />
        </div>
      )}
    </section>
  );
}

function MemberList({ order, viewerId }: { order: OrderView; viewerId: number }) {
  return (
    <ul className="flex flex-col divide-y divide-stone-100 rounded-xl border border-stone-200" aria-label="이웃별 메뉴">
      {order.members.map((m) => (
        <li key={m.user.id} className="flex flex-col gap-1 p-3" data-testid="order-member" data-user={m.user.username}>
          <div className="flex items-center justify-between gap-2">
            <span className="font-semibold">
              {m.user.username}
              {m.user.id === viewerId && <span className="ml-1 text-xs text-brand-700">(나)</span>}
            </span>
            <span className={`text-xs ${m.paymentStatus === 'paid' ? 'font-semibold text-brand-800' : 'text-stone-600'}`}>{paymentLabel[m.paymentStatus]}</span>
          </div>
          {m.items.length === 0 ? (
            <p className="text-sm text-stone-500">담은 메뉴 없음</p>
          ) : (
            <ul className="flex flex-col gap-1">
              {m.items.map((item) => (
                <ItemRow key={item.id} order={order} item={item} mine={m.user.id === viewerId} />
              ))}
            </ul>
          )}
          <ShareLine member={m} />
        </li>
      ))}
    </ul>
  );
}

function ItemRow({ order, item, mine }: { order: OrderView; item: OrderMemberView['items'][number]; mine: boolean }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editable = mine && order.status === 'collecting';
  async function remove() {
    setError(null);
    try {
      await callEndpoint(deleteItemEndpoint, { params: { id: order.postId, itemId: item.id } });
      await queryClient.invalidateQueries({ queryKey: orderKey(order.postId) });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '빼지 못했습니다.');
    }
  }
  return (
    <li className="flex flex-col gap-1 text-sm">
      <div className="flex items-center justify-between gap-2">
        <span>
          {item.name} × {item.quantity}
        </span>
        <span className="flex items-center gap-1">
          <span className="tabular-nums">{won(item.price * item.quantity)}</span>
          {editable && (
            <>
              <button type="button" className="min-h-9 rounded px-2 text-xs text-brand-700 underline" onClick={() => setEditing((v) => !v)} aria-expanded={editing}>
                {editing ? '닫기' : '고치기'}
              </button>
              <button type="button" className="min-h-9 rounded px-2 text-xs text-red-700 underline" onClick={remove} aria-label={`${item.name} 빼기`}>
                빼기
              </button>
            </>
          )}
        </span>
      </div>
      {error && <Alert>{error}</Alert>}
      {editing && <ItemForm postId={order.postId} item={item} onDone={() => setEditing(false)} />}
    </li>
  );
}
