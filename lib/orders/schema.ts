import { mealOrderStatuses, orderPaymentStatuses, orderShareStatuses, splitRules } from '@/db/constants/orders';
import { userRef } from '@/lib/accounts/user-ref';
import { z } from '@/lib/core/zod';

export { mealOrderStatuses, splitRules };

const text = (label: string, max: number) =>
  z.string({ error: `${label}을(를) 입력해 주세요.` }).trim().min(1, `${label}을(를) 입력해 주세요.`).max(max, `${label}은(는) ${max}자 이하여야 합니다.`);
const won = (label: string, max: number) =>
  z.number({ error: `${label}을(를) 숫자로 입력해 주세요.` }).int(`${label}은(는) 원 단위 정수여야 합니다.`).min(0, `${label}은(는) 0원 이상이어야 합니다.`).max(max, `${label}은(는) ${max.toLocaleString('ko-KR')}원 이하여야 합니다.`);

export const MAX_ITEMS_PER_MEMBER = 20;

export const orderBody = z.object({
  restaurant: text('가게 이름', 100),
  menuUrl: z
    .string()
    .trim()
    .max(500, '메뉴 주소는 500자 이하여야 합니다.')
    .regex(/^https?:\/\/\S+$/, 'http(s):// 로 시작하는 주소를 입력해 주세요.')
    .nullish()
    .or(z.literal('').transform(() => null)),
  minOrderAmount: won('최소 주문 금액', 10_000_000),
  deliveryFee: won('배달비', 1_000_000),
  splitRule: z.enum(splitRules, { error: '배달비 나누는 방법을 골라 주세요 (equal 또는 proportional).' }),
  pickupPlace: text('받는 곳', 100),
  orderBy: z.coerce.date({ error: '주문 시각을 입력해 주세요.' }),
});
export type OrderInput = z.infer<typeof orderBody>;

export const itemBody = z.object({
  name: text('메뉴 이름', 100),
  price: z
    .number({ error: '가격을 숫자로 입력해 주세요.' })
    .int('가격은 원 단위 정수여야 합니다.')
    .min(100, '가격은 100원 이상이어야 합니다.')
    .max(1_000_000, '가격은 1,000,000원 이하여야 합니다.'),
  quantity: z
    .number({ error: '수량을 숫자로 입력해 주세요.' })
    .int('수량은 정수여야 합니다.')
    .min(1, '수량은 1개 이상이어야 합니다.')
    .max(20, '수량은 20개 이하여야 합니다.'),
});
export type ItemInput = z.infer<typeof itemBody>;
export const updateItemBody = itemBody.partial().strict();
export type UpdateItemInput = z.infer<typeof updateItemBody>;

export const cancelOrderBody = z.object({
  reason: z.string({ error: '취소 사유를 입력해 주세요.' }).trim().min(1, '취소 사유를 입력해 주세요.').max(200, '취소 사유는 200자 이하여야 합니다.'),
});

const id = z.coerce.number().int().positive().max(2_147_483_647);
export const orderParams = z.object({ id });
export const itemParams = z.object({ id, itemId: id });

export const orderItem = z.object({ id: z.number().int(), name: z.string(), price: z.number().int(), quantity: z.number().int() });
export type OrderItemView = z.infer<typeof orderItem>;

export const orderMember = z.object({
  user: userRef,
  items: z.array(orderItem),
  itemsAmount: z.number().int(),
  feeShare: z.number().int(),
  /** itemsAmount + feeShare: what this member's food costs them (the organizer's is paid to the restaurant directly). */
  share: z.number().int(),
  paymentStatus: z.enum(orderPaymentStatuses),
  isOrganizer: z.boolean(),
  paidAmount: z.number().int(),
  refundedAmount: z.number().int(),
  /** The part of a paid share that went up after others left, covered by the organizer. */
  coveredAmount: z.number().int(),
});
export type OrderMemberView = z.infer<typeof orderMember>;

export const order = z.object({
  postId: z.number().int(),
  status: z.enum(mealOrderStatuses),
  organizer: userRef,
  restaurant: z.string(),
  menuUrl: z.string().nullable(),
  minOrderAmount: z.number().int(),
  deliveryFee: z.number().int(),
  splitRule: z.enum(splitRules),
  pickupPlace: z.string(),
  orderBy: z.iso.datetime(),
  payBy: z.iso.datetime().nullable(),
  itemsTotal: z.number().int(),
  grandTotal: z.number().int(),
  members: z.array(orderMember),
  /** The caller's share (null when the caller is not in the order; also null in socket pushes, which go to everyone). */
  myShare: z.number().int().nullable(),
  /** Members who left a locked order: dropped at payBy, or withdrawn, with what they got back. */
  departed: z.array(z.object({ user: userRef, status: z.enum(orderShareStatuses), refundedAmount: z.number().int() })),
  lockedAt: z.iso.datetime().nullable(),
  paidAt: z.iso.datetime().nullable(),
  placedAt: z.iso.datetime().nullable(),
  deliveredAt: z.iso.datetime().nullable(),
  cancelledAt: z.iso.datetime().nullable(),
  cancelReason: z.string().nullable(),
});
export type OrderView = z.infer<typeof order>;

export const itemResult = z.object({ item: orderItem, order });
