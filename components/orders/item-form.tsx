'use client';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { numberOrUndefined } from '@/components/ui/form-values';
import { TextField } from '@/components/ui/text-field';
import { useFormSubmit } from '@/components/ui/use-form-submit';
import { callEndpoint, type Unchecked } from '@/lib/http/client';
import { addItemEndpoint, updateItemEndpoint } from '@/lib/http/routes';
import type { OrderItemView } from '@/lib/orders/schema';
import { useSetOrder } from './use-live-order';

/** Add a menu item of my own, or change one (then `item` is set). */
export function ItemForm({ postId, item, onDone }: { postId: number; item?: OrderItemView; onDone?: () => void }) {
  const setOrder = useSetOrder(postId);
  const { errors, pending, onSubmit } = useFormSubmit(
    (form) => {
      const body = { name: form.text('name'), price: numberOrUndefined(form.text('price')), quantity: numberOrUndefined(form.text('quantity')) };
      return item
        ? callEndpoint(updateItemEndpoint, { params: { id: postId, itemId: item.id }, body: body as Unchecked<typeof updateItemEndpoint> })
        : callEndpoint(addItemEndpoint, { params: { id: postId }, body: body as Unchecked<typeof addItemEndpoint> });
    },
    {
      onSuccess: (result, form) => {
        setOrder(result.order);
        if (!item) form.element.reset();
        onDone?.();
      },
    },
  );
  const f = errors.fields;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2" aria-label={item ? '메뉴 고치기' : '내 메뉴 담기'}>
      {errors.message && <Alert>{errors.message}</Alert>}
      <TextField label="메뉴" name="name" required maxLength={100} defaultValue={item?.name} placeholder="후라이드 치킨" errors={f.name} />
      <div className="grid grid-cols-[1fr_6rem] gap-2">
        <TextField label="가격 (원)" name="price" type="number" inputMode="numeric" min={100} max={1_000_000} step={100} required defaultValue={item?.price} errors={f.price} />
        <TextField label="수량" name="quantity" type="number" inputMode="numeric" min={1} max={20} required defaultValue={item?.quantity ?? 1} errors={f.quantity} />
      </div>
      <Button type="submit" loading={pending} variant={item ? 'primary' : 'secondary'}>
        {item ? '저장' : '담기'}
      </Button>
    </form>
  );
}
