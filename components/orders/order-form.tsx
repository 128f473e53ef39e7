'use client';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/form-fields';
import { numberOrUndefined, seoulInstant, seoulLocal } from '@/components/ui/form-values';
import { TextField } from '@/components/ui/text-field';
import { useFormSubmit } from '@/components/ui/use-form-submit';
import { callEndpoint, type Unchecked } from '@/lib/http/client';
import { putOrderEndpoint } from '@/lib/http/routes';
import type { OrderView } from '@/lib/orders/schema';
import { useSetOrder } from './use-live-order';

/** The organizer attaches the order to the post, or changes it while it still collects. */
export function OrderForm({ postId, order, onDone }: { postId: number; order: OrderView | null; onDone?: () => void }) {
  const setOrder = useSetOrder(postId);
  const { errors, pending, onSubmit } = useFormSubmit(
    (form) =>
      callEndpoint(putOrderEndpoint, {
        params: { id: postId },
        body: {
          restaurant: form.text('restaurant'),
          menuUrl: form.text('menuUrl') || null,
          minOrderAmount: numberOrUndefined(form.text('minOrderAmount')),
          deliveryFee: numberOrUndefined(form.text('deliveryFee')),
          splitRule: form.text('splitRule'),
          pickupPlace: form.text('pickupPlace'),
          orderBy: seoulInstant(form.text('orderBy')),
        } as Unchecked<typeof putOrderEndpoint>,
      }),
    {
      onSuccess: (saved) => {
        setOrder(saved);
        onDone?.();
      },
    },
  );
  const f = errors.fields;
  // An hour from when the form first showed.
  const [defaultOrderBy] = useState(() => seoulLocal(new Date(Date.now() + 60 * 60_000)));
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="주문서">
      {errors.message && <Alert>{errors.message}</Alert>}
      <TextField label="가게 이름" name="restaurant" required maxLength={100} defaultValue={order?.restaurant} errors={f.restaurant} />
      <TextField label="메뉴 주소 (선택)" name="menuUrl" type="url" inputMode="url" placeholder="https://" defaultValue={order?.menuUrl ?? ''} errors={f.menuUrl} />
      <div className="grid grid-cols-2 gap-3">
        <TextField label="최소 주문 금액 (원)" name="minOrderAmount" type="number" inputMode="numeric" min={0} step={100} required defaultValue={order?.minOrderAmount} errors={f.minOrderAmount} />
        <TextField label="배달비 (원)" name="deliveryFee" type="number" inputMode="numeric" min={0} step={100} required defaultValue={order?.deliveryFee} errors={f.deliveryFee} />
      </div>
      <SelectField label="배달비 나누기" name="splitRule" defaultValue={order?.splitRule ?? 'equal'} errors={f.splitRule} hint="1원 단위는 버리고, 남는 돈은 주최자가 냅니다.">
        <option value="equal">똑같이 (메뉴 담은 사람끼리 N분의 1)</option>
        <option value="proportional">메뉴 금액 비율대로</option>
      </SelectField>
      <TextField label="받는 곳" name="pickupPlace" required maxLength={100} defaultValue={order?.pickupPlace} errors={f.pickupPlace} />
      <TextField label="주문 시각" name="orderBy" type="datetime-local" required defaultValue={order ? seoulLocal(order.orderBy) : defaultOrderBy} hint="한국 시간" errors={f.orderBy} />
      <Button type="submit" loading={pending}>
        {order ? '주문서 고치기' : '주문서 붙이기'}
      </Button>
    </form>
  );
}
