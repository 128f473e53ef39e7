import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as orderRoute from '@/app/api/posts/[id]/order/route';
import * as itemsRoute from '@/app/api/posts/[id]/order/items/route';
import * as itemRoute from '@/app/api/posts/[id]/order/items/[itemId]/route';
import * as cancelRoute from '@/app/api/posts/[id]/order/cancel/route';
import { getDb } from '@/db/client';
import { addItem, putOrder } from '@/lib/orders/mutations';
import { createTestPost } from '../support/boards';
import { bearerFor, createUser } from '../support/factories';
import { call } from '../support/http';
import { orderInput } from '../support/orders';

const value = fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue(), fc.constant(null), fc.constant('\u0000'), fc.constant('+275760-09-13T00:00:00.001Z'), fc.integer(), fc.double());
const bodyLike = (keys: string[]) => fc.oneof(fc.jsonValue(), fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] }));
const idLike = fc.oneof(fc.constant('1'), fc.string({ maxLength: 12 }), fc.integer().map(String), fc.constant('99999999999999999999'));

describe('group order routes: no input produces a 500', () => {
  it('PUT order, items, item changes and cancel with arbitrary bodies and ids', async () => {
    const organizer = await createUser();
    const auth = await bearerFor(organizer);
    const post = await createTestPost(organizer);
    await putOrder(getDb(), organizer, post.id, orderInput());
    const { item } = await addItem(getDb(), organizer, post.id, { name: '치킨', price: 10000, quantity: 1 });
    const orderKeys = ['restaurant', 'menuUrl', 'minOrderAmount', 'deliveryFee', 'splitRule', 'pickupPlace', 'orderBy'];
    const itemKeys = ['name', 'price', 'quantity'];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ route: fc.constant('put'), body: bodyLike(orderKeys), id: fc.oneof(fc.constant(String(post.id)), idLike) }),
          fc.record({ route: fc.constant('item'), body: bodyLike(itemKeys), id: fc.oneof(fc.constant(String(post.id)), idLike) }),
          fc.record({ route: fc.constant('patch'), body: bodyLike(itemKeys), id: fc.constant(String(post.id)), itemId: fc.oneof(fc.constant(String(item.id)), idLike) }),
          fc.record({ route: fc.constant('cancel'), body: bodyLike(['reason']), id: idLike }),
        ),
        async (c) => {
          const params = { id: c.id, ...('itemId' in c ? { itemId: c.itemId } : {}) };
          const res =
            c.route === 'put'
              ? await call(orderRoute.PUT, { method: 'PUT', headers: auth, unchecked: c.body, params })
              : c.route === 'item'
                ? await call(itemsRoute.POST, { method: 'POST', headers: auth, unchecked: c.body, params })
                : c.route === 'patch'
                  ? await call(itemRoute.PATCH, { method: 'PATCH', headers: auth, unchecked: c.body, params })
                  : await call(cancelRoute.POST, { method: 'POST', headers: auth, unchecked: c.body, params });
          expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
  });
});
