import { z } from '@/lib/core/zod';
import { defineEndpoint } from '@/lib/core/endpoint';
import { cancelOrderBody, itemBody, itemParams, itemResult, order, orderBody, orderParams, updateItemBody } from './schema';

const tag = 'group orders';
const params = orderParams;
const path = '/api/posts/{id}/order';

export const putOrderEndpoint = defineEndpoint({
  method: 'PUT', path, tag, auth: 'required',
  summary:
    '주문서 붙이기·고치기 (글쓴이 = 주최자, collecting일 때만; 그 뒤엔 409 order_locked). splitRule: equal(메뉴 담은 사람끼리 배달비 똑같이) | proportional(메뉴 금액 비율로); 1원 단위 버림, 남는 돈은 주최자 몫',
  params, body: orderBody, responses: { 200: order }, errors: [403, 404, 409],
});

export const getOrderEndpoint = defineEndpoint({
  method: 'GET', path, tag, auth: 'required',
  summary: '주문서 (글 채팅방 멤버만; 다른 사람은 403). 멤버별 메뉴와 몫(메뉴 + 배달비 몫), 결제 상태, myShare',
  params, responses: { 200: order }, errors: [403, 404],
});

export const addItemEndpoint = defineEndpoint({
  method: 'POST', path: `${path}/items`, tag, auth: 'required',
  summary: '내 메뉴 담기 (채팅방 멤버, collecting일 때만; 가격 100..1,000,000원, 수량 1..20, 한 사람 20개까지). 확정 뒤엔 409 order_locked',
  params, body: itemBody, responses: { 201: itemResult }, errors: [403, 404, 409],
});

export const updateItemEndpoint = defineEndpoint({
  method: 'PATCH', path: `${path}/items/{itemId}`, tag, auth: 'required',
  summary: '내 메뉴 고치기 (담은 사람만, collecting일 때만; 409 order_locked)', params: itemParams, body: updateItemBody,
  responses: { 200: itemResult }, errors: [403, 404, 409],
});

export const deleteItemEndpoint = defineEndpoint({
  method: 'DELETE', path: `${path}/items/{itemId}`, tag, auth: 'required',
  summary: '내 메뉴 빼기 (담은 사람만, collecting일 때만; 409 order_locked)', params: itemParams, responses: { 204: null }, errors: [403, 404, 409],
});

export const lockOrderEndpoint = defineEndpoint({
  method: 'POST', path: `${path}/lock`, tag, auth: 'required',
  summary: '주문 확정 (주최자): 몫을 고정하고 payBy(확정 + MEAL_ORDER_PAY_MINUTES분)까지 결제를 받습니다. 메뉴 합계가 최소 주문 금액보다 적으면 409 below_minimum',
  params, responses: { 200: order }, errors: [403, 404, 409],
});

export const unlockOrderEndpoint = defineEndpoint({
  method: 'POST', path: `${path}/unlock`, tag, auth: 'required',
  summary: '확정 되돌리기 (주최자, 아무도 결제하지 않았을 때만; 409 already_paid)', params, responses: { 200: order }, errors: [403, 404, 409],
});

export const placeOrderEndpoint = defineEndpoint({
  method: 'POST', path: `${path}/placed`, tag, auth: 'required',
  summary: '가게에 주문함 (주최자, 모두 결제한 paid에서만) → ordered', params, responses: { 200: order }, errors: [403, 404, 409],
});

export const deliverOrderEndpoint = defineEndpoint({
  method: 'POST', path: `${path}/delivered`, tag, auth: 'required',
  summary: '도착 (주최자, ordered에서만) → delivered: 이웃들이 낸 몫이 주최자 정산 내역에 들어갑니다', params, responses: { 200: order }, errors: [403, 404, 409],
});

export const cancelOrderEndpoint = defineEndpoint({
  method: 'POST', path: `${path}/cancel`, tag, auth: 'required',
  summary: '주문 취소 (주최자, ordered 전까지): 결제한 모두에게 전액 환불 (한 번만; 두 번째는 409 order_cancelled)',
  params, body: cancelOrderBody, responses: { 200: order }, errors: [403, 404, 409],
});

export const withdrawOrderEndpoint = defineEndpoint({
  method: 'POST', path: `${path}/withdraw`, tag, auth: 'required',
  summary:
    '주문에서 빠지기 (주최자가 아닌 멤버, ordered 전까지): 내 메뉴를 빼고 낸 몫은 전액 환불, 남은 사람 몫은 같은 규칙으로 다시 계산. 확정 뒤 빠지면 최소 주문 금액 밑으로 내려가는 경우 409 below_minimum',
  params, responses: { 200: z.object({ refundedAmount: z.number().int(), order }) }, errors: [403, 404, 409],
});
