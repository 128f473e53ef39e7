import { describe, expect, it } from 'vitest';
import * as searchRoute from '@/app/api/neighbourhoods/route';
import * as nearestRoute from '@/app/api/neighbourhoods/nearest/route';
import * as codeRoute from '@/app/api/neighbourhoods/[code]/route';
import { call, expectProblem } from '../support/http';

describe('/api/neighbourhoods', () => {
  it('searches by part of a name, best matches first, at most 20', async () => {
    const res = await call(searchRoute.GET, { path: `/api/neighbourhoods?q=${encodeURIComponent('용담')}` });
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeLessThanOrEqual(20);
    expect(res.body.items.map((n: { dong: string }) => n.dong)).toContain('용담2동');
    const city = await call(searchRoute.GET, { path: `/api/neighbourhoods?q=${encodeURIComponent('종로구 청운')}` });
    expect(city.body.items[0]).toMatchObject({ code: '1111051500', sido: '서울특별시', sigungu: '종로구', dong: '청운효자동', fullName: '서울특별시 종로구 청운효자동' });
  });

  it('needs a query', async () => {
    expectProblem(await call(searchRoute.GET, { path: '/api/neighbourhoods' }), 400);
    expectProblem(await call(searchRoute.GET, { path: `/api/neighbourhoods?q=${'가'.repeat(51)}` }), 400);
  });

  it('finds the nearest dong and validates coordinates', async () => {
    const res = await call(nearestRoute.GET, { path: '/api/neighbourhoods/nearest?lat=37.5549&lng=126.9238' });
    expect(res.body.dong).toBe('서교동');
    expectProblem(await call(nearestRoute.GET, { path: '/api/neighbourhoods/nearest?lat=abc&lng=1' }), 400);
    expectProblem(await call(nearestRoute.GET, { path: '/api/neighbourhoods/nearest?lat=91&lng=1' }), 400);
    expectProblem(await call(nearestRoute.GET, { path: '/api/neighbourhoods/nearest' }), 400);
  });

  it('gets one by code: 404 unknown, 400 malformed', async () => {
    expect((await call(codeRoute.GET, { params: { code: '5011058000' } })).body.dong).toBe('용담2동');
    expectProblem(await call(codeRoute.GET, { params: { code: '5011058001' } }), 404);
    expectProblem(await call(codeRoute.GET, { params: { code: 'abc' } }), 400);
  });
});
