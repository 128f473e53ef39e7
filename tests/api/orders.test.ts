import { describe, expect, it } from 'vitest';
import * as orderRoute from '@/app/api/posts/[id]/order/route';
import * as itemsRoute from '@/app/api/posts/[id]/order/items/route';
import * as itemRoute from '@/app/api/posts/[id]/order/items/[itemId]/route';
import * as lockRoute from '@/app/api/posts/[id]/order/lock/route';
import * as unlockRoute from '@/app/api/posts/[id]/order/unlock/route';
import * as placedRoute from '@/app/api/posts/[id]/order/placed/route';
import * as deliveredRoute from '@/app/api/posts/[id]/order/delivered/route';
import * as cancelRoute from '@/app/api/posts/[id]/order/cancel/route';
import * as withdrawRoute from '@/app/api/posts/[id]/order/withdraw/route';
import * as paymentsRoute from '@/app/api/payments/route';
import * as approveRoute from '@/app/api/payments/[id]/approve/route';
import * as paymentCancelRoute from '@/app/api/payments/[id]/cancel/route';
import * as settlementsRoute from '@/app/api/settlements/route';
import { apiDocument } from '@/app/openapi';
import { getDb } from '@/db/client';
import { joinRoom } from '@/lib/chat/mutations';
import { sandboxPaymentKey } from '@/lib/payments/providers/sandbox';
import { createTestPost } from '../support/boards';
import { bearerFor, cookieFor, createUser } from '../support/factories';
import { call, expectProblem } from '../support/http';

type Auth = Record<string, string>;
const inHour = () => new Date(Date.now() + 3_600_000).toISOString();
const orderBody = (over: Record<string, unknown> = {}) => ({
  restaurant: '용담 치킨',
  menuUrl: 'https://example.com/menu',
  minOrderAmount: 30000,
  deliveryFee: 3000,
  splitRule: 'equal',
  pickupPlace: '주민센터 앞',
  orderBy: inHour(),
  ...over,
});
const p = (id: number, extra: Record<string, string> = {}) => ({ params: { id: String(id), ...extra } });
const get = (auth: Auth, id: number) => call(orderRoute.GET, { headers: auth, ...p(id) });
const put = (auth: Auth, id: number, body: unknown) => call(orderRoute.PUT, { method: 'PUT', headers: auth, unchecked: body, ...p(id) });
const addItem = (auth: Auth, id: number, body: unknown) => call(itemsRoute.POST, { method: 'POST', headers: auth, unchecked: body, ...p(id) });
const post = <H extends Parameters<typeof call>[0]>(route: { POST: H }, auth: Auth, id: number, body?: unknown) => call(route.POST, { method: 'POST', headers: auth, unchecked: body, ...p(id) });

async function neighbourhoodOrder() {
  const organizer = await createUser();
  const a = await createUser();
  const b = await createUser();
  const stranger = await createUser();
  const thePost = await createTestPost(organizer);
  await joinRoom(getDb(), a, thePost.chatRoomId);
  await joinRoom(getDb(), b, thePost.chatRoomId);
  const auth = { organizer: await bearerFor(organizer), a: await bearerFor(a), b: await bearerFor(b), stranger: await bearerFor(stranger) };
  return { organizer, a, b, stranger, post: thePost, auth };
}

async function pay(auth: Auth, postId: number, key: string) {
  const created = await call(paymentsRoute.POST, { method: 'POST', headers: { ...auth, 'idempotency-key': key }, body: { purpose: 'meal_order', subjectId: postId } });
  if (created.status !== 201 && created.status !== 200) return created;
  return call(approveRoute.POST, { method: 'POST', headers: auth, body: { paymentKey: sandboxPaymentKey(created.body.orderId, created.body.amount) }, params: { id: String(created.body.id) } });
}

describe('PUT/GET /api/posts/{id}/order', () => {
  it('the author attaches the order (200); members read it; anonymous 401, a non-member 403, a missing post 404, another member 403, bad input 400', async () => {
    const { a, post: thePost, auth } = await neighbourhoodOrder();
    expectProblem(await put({}, thePost.id, orderBody()), 401);
    expectProblem(await get({}, thePost.id), 401);
    expectProblem(await get(auth.a, thePost.id), 404);
    const bad = expectProblem(await put(auth.organizer, thePost.id, orderBody({ splitRule: 'random', deliveryFee: -1, restaurant: '', orderBy: 'soon', menuUrl: 'javascript:alert(1)' })), 400);
    expect(Object.keys(bad.errors!)).toEqual(expect.arrayContaining(['splitRule', 'deliveryFee', 'restaurant', 'orderBy', 'menuUrl']));
    expect(expectProblem(await put(auth.organizer, thePost.id, orderBody({ orderBy: new Date(Date.now() - 1000).toISOString() })), 400).errors).toHaveProperty('orderBy');
    expectProblem(await put(auth.a, thePost.id, orderBody()), 403);
    expectProblem(await put(auth.organizer, 999_999, orderBody()), 404);
    const body = orderBody();
    const res = await put(auth.organizer, thePost.id, body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      ...body,
      orderBy: new Date(body.orderBy).toISOString(),
      postId: thePost.id,
      status: 'collecting',
      payBy: null,
      itemsTotal: 0,
      grandTotal: 3000,
      myShare: 3000,
    });
    const read = await get(auth.a, thePost.id);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ postId: thePost.id, myShare: null, members: [expect.objectContaining({ isOrganizer: true, paymentStatus: 'organizer' })] });
    expectProblem(await get(auth.stranger, thePost.id), 403);
    expectProblem(await get(auth.a, 999_999), 404);
    // Cookie-authenticated writes need a same-site Origin like every other write.
    const cookie = await cookieFor(a);
    expectProblem(await addItem({ cookie: cookie.cookie }, thePost.id, { name: '치킨', price: 10000, quantity: 1 }), 403);
    expect((await addItem(cookie, thePost.id, { name: '치킨', price: 10000, quantity: 1 })).status).toBe(201);
  });
});

describe('items, lock, payment, placed, delivered', () => {
  it('runs the whole order over HTTP, with each rule’s status code', async () => {
    const { post: thePost, auth } = await neighbourhoodOrder();
    await put(auth.organizer, thePost.id, orderBody());
    const bad = expectProblem(await addItem(auth.a, thePost.id, { name: '', price: 99, quantity: 21 }), 400);
    expect(Object.keys(bad.errors!)).toEqual(expect.arrayContaining(['name', 'price', 'quantity']));
    expectProblem(await addItem(auth.a, thePost.id, { name: '치킨', price: 1_000_001, quantity: 1 }), 400);
    expectProblem(await addItem(auth.stranger, thePost.id, { name: '치킨', price: 10000, quantity: 1 }), 403);
    expectProblem(await addItem({}, thePost.id, { name: '치킨', price: 10000, quantity: 1 }), 401);
    const added = await addItem(auth.a, thePost.id, { name: '후라이드', price: 9000, quantity: 1 });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ item: { name: '후라이드', price: 9000, quantity: 1 }, order: { itemsTotal: 9000, myShare: 9000 + 3000 } });
    const itemId = String(added.body.item.id);
    expectProblem(await call(itemRoute.PATCH, { method: 'PATCH', headers: auth.b, body: { quantity: 2 }, ...p(thePost.id, { itemId }) }), 403);
    expectProblem(await call(itemRoute.PATCH, { method: 'PATCH', headers: auth.a, body: { quantity: 0 }, ...p(thePost.id, { itemId }) }), 400);
    expectProblem(await call(itemRoute.PATCH, { method: 'PATCH', headers: auth.a, body: { quantity: 1 }, ...p(thePost.id, { itemId: '999999' }) }), 404);
    const patched = await call(itemRoute.PATCH, { method: 'PATCH', headers: auth.a, body: { quantity: 2 }, ...p(thePost.id, { itemId }) });
    expect(patched.status).toBe(200);
    expect(patched.body.order.itemsTotal).toBe(18000);
    await addItem(auth.b, thePost.id, { name: '양념', price: 10000, quantity: 1 });
    const extra = await addItem(auth.b, thePost.id, { name: '콜라', price: 2000, quantity: 1 });
    expect((await call(itemRoute.DELETE, { method: 'DELETE', headers: auth.b, ...p(thePost.id, { itemId: String(extra.body.item.id) }) })).status).toBe(204);

    expectProblem(await post(lockRoute, auth.a, thePost.id), 403);
    const below = expectProblem(await post(lockRoute, auth.organizer, thePost.id), 409);
    expect(below.reason).toBe('below_minimum');
    await addItem(auth.organizer, thePost.id, { name: '치즈볼', price: 4000, quantity: 1 });
    const locked = await post(lockRoute, auth.organizer, thePost.id);
    expect(locked.status).toBe(200);
    expect(locked.body).toMatchObject({ status: 'locked', itemsTotal: 32000, grandTotal: 35000, payBy: expect.any(String) });
    expect(locked.body.members.map((m: { share: number }) => m.share)).toEqual([4000 + 1000, 18000 + 1000, 10000 + 1000]);
    expect(expectProblem(await addItem(auth.a, thePost.id, { name: '치킨', price: 10000, quantity: 1 }), 409).reason).toBe('order_locked');
    expect(expectProblem(await call(itemRoute.PATCH, { method: 'PATCH', headers: auth.a, body: { quantity: 1 }, ...p(thePost.id, { itemId }) }), 409).reason).toBe('order_locked');
    expect(expectProblem(await call(itemRoute.DELETE, { method: 'DELETE', headers: auth.a, ...p(thePost.id, { itemId }) }), 409).reason).toBe('order_locked');
    expect(expectProblem(await put(auth.organizer, thePost.id, orderBody()), 409).reason).toBe('order_locked');
    expect(expectProblem(await post(placedRoute, auth.organizer, thePost.id), 409).reason).toBe('not_paid');

    // The organizer pays the restaurant, not Dongne; a stranger has no share.
    expect(expectProblem(await pay(auth.organizer, thePost.id, 'o-1'), 409).reason).toBe('organizer');
    expectProblem(await pay(auth.stranger, thePost.id, 's-1'), 404);
    const paidA = await pay(auth.a, thePost.id, 'a-1');
    expect(paidA.body).toMatchObject({ status: 'approved', amount: 19000, purpose: 'meal_order', subjectId: thePost.id });
    // Direct refunds of a meal order share are refused: withdraw or cancel instead.
    expect(expectProblem(await call(paymentCancelRoute.POST, { method: 'POST', headers: auth.a, body: { reason: '그냥' }, params: { id: String(paidA.body.id) } }), 409).reason).toBe('nothing_refundable');
    expect(expectProblem(await post(unlockRoute, auth.organizer, thePost.id), 409).reason).toBe('already_paid');
    await pay(auth.b, thePost.id, 'b-1');
    expect((await get(auth.a, thePost.id)).body).toMatchObject({ status: 'paid', myShare: 19000 });
    expectProblem(await post(placedRoute, auth.a, thePost.id), 403);
    expect((await post(placedRoute, auth.organizer, thePost.id)).body.status).toBe('ordered');
    expect(expectProblem(await post(withdrawRoute, auth.a, thePost.id), 409).reason).toBe('order_placed');
    expect(expectProblem(await post(cancelRoute, auth.organizer, thePost.id, { reason: '늦었어요' }), 409).reason).toBe('order_placed');
    const delivered = await post(deliveredRoute, auth.organizer, thePost.id);
    expect(delivered.body).toMatchObject({ status: 'delivered', deliveredAt: expect.any(String) });
    const settlements = await call(settlementsRoute.GET, { headers: auth.organizer });
    expect(settlements.body.balance).toBe(19000 + 11000);
  });

  it('withdraw and cancel over HTTP: refunds shown in the answer, the second cancel 409', async () => {
    const { post: thePost, auth } = await neighbourhoodOrder();
    await put(auth.organizer, thePost.id, orderBody({ minOrderAmount: 0 }));
    await addItem(auth.a, thePost.id, { name: '후라이드', price: 10000, quantity: 1 });
    await addItem(auth.b, thePost.id, { name: '양념', price: 10000, quantity: 1 });
    expectProblem(await post(withdrawRoute, auth.stranger, thePost.id), 403);
    await post(lockRoute, auth.organizer, thePost.id);
    await pay(auth.a, thePost.id, 'a-1');
    await pay(auth.b, thePost.id, 'b-1');
    const withdrawn = await post(withdrawRoute, auth.b, thePost.id);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ refundedAmount: 11500, order: { status: 'paid', itemsTotal: 10000 } });
    expectProblem(await post(cancelRoute, auth.organizer, thePost.id, {}), 400);
    expectProblem(await post(cancelRoute, auth.a, thePost.id, { reason: '싫어요' }), 403);
    const cancelled = await post(cancelRoute, auth.organizer, thePost.id, { reason: '가게 휴무' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: '가게 휴무' });
    expect(cancelled.body.members.find((m: { paymentStatus: string }) => m.paymentStatus === 'refunded')).toMatchObject({ refundedAmount: 11500 });
    expect(expectProblem(await post(cancelRoute, auth.organizer, thePost.id, { reason: '가게 휴무' }), 409).reason).toBe('order_cancelled');
  });

  it('is in the OpenAPI document', () => {
    const paths = apiDocument().paths;
    for (const path of ['/api/posts/{id}/order', '/api/posts/{id}/order/items', '/api/posts/{id}/order/items/{itemId}', '/api/posts/{id}/order/lock', '/api/posts/{id}/order/withdraw']) {
      expect(paths).toHaveProperty([path]);
    }
    expect(Object.keys(paths['/api/posts/{id}/order']!)).toEqual(['put', 'get']);
  });
});
