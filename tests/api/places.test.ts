import { describe, expect, it } from 'vitest';
import * as gamesRoute from '@/app/api/games/route';
import * as gameRoute from '@/app/api/games/[id]/route';
import * as venuesRoute from '@/app/api/venues/route';
import * as spacesRoute from '@/app/api/spaces/route';
import * as spaceRoute from '@/app/api/spaces/[id]/route';
import { getDb } from '@/db/client';
import { getNeighbourhood } from '@/lib/neighbourhoods/queries';
import { bearerFor, CHEONGUN, createUser, YONGDAM2 } from '../support/factories';
import { HOUR } from '../support/games';
import { call, expectProblem } from '../support/http';
import { spaceBody } from '../support/spaces';

const inHours = (h: number) => new Date(Date.now() + h * HOUR).toISOString();
const gameBody = {
  sport: 'futsal' as const,
  title: '지도에서 고른 풋살',
  placeName: '용담 해안 풋살장',
  address: '제주특별자치도 제주시 서해안로 1',
  startsAt: inHours(48),
  endsAt: inHours(50),
  minPlayers: 2,
  maxPlayers: 10,
  fee: 0,
};
// The East Sea between Ulleungdo and Japan: inside the coordinates' range, far from every dong.
const AT_SEA = { lat: 36.2, lng: 131.6 };

describe('precise places: a point picked on the map', () => {
  it('places a game at the point and derives its dong (no code needed); a code that disagrees loses to the point', async () => {
    const auth = await bearerFor(await createUser());
    const yongdam = await getNeighbourhood(getDb(), YONGDAM2);
    const point = { lat: yongdam.lat + 0.002, lng: yongdam.lng + 0.001 };
    const created = await call(gamesRoute.POST, { method: 'POST', headers: auth, body: { ...gameBody, ...point } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ neighbourhoodCode: YONGDAM2, ...point });
    const moved = await call(gameRoute.PATCH, { method: 'PATCH', headers: auth, params: { id: String(created.body.id) }, body: { neighbourhoodCode: CHEONGUN, ...point } });
    expect(moved.body).toMatchObject({ neighbourhoodCode: YONGDAM2, ...point });
  });

  it('refuses a point at sea with field errors and changes nothing; one coordinate alone or no place at all is 400', async () => {
    const auth = await bearerFor(await createUser());
    const sea = expectProblem(await call(gamesRoute.POST, { method: 'POST', headers: auth, body: { ...gameBody, ...AT_SEA } }), 400);
    expect(Object.keys(sea.errors!)).toEqual(['lat', 'lng']);
    expect(expectProblem(await call(gamesRoute.POST, { method: 'POST', headers: auth, body: { ...gameBody, lat: 33.5 } }), 400).errors).toHaveProperty('lat');
    expect(expectProblem(await call(gamesRoute.POST, { method: 'POST', headers: auth, body: gameBody }), 400).errors).toHaveProperty('neighbourhoodCode');
    expectProblem(await call(gamesRoute.POST, { method: 'POST', body: { ...gameBody, lat: 33.5, lng: 126.5 } }), 401);
  });

  it("a game at a picked venue takes the venue's point and dong", async () => {
    const auth = await bearerFor(await createUser());
    const cheongun = await getNeighbourhood(getDb(), CHEONGUN);
    const point = { lat: cheongun.lat + 0.001, lng: cheongun.lng };
    const venue = await call(venuesRoute.POST, {
      method: 'POST',
      headers: auth,
      body: { name: '청운 풋살장', address: '서울특별시 종로구 자하문로 100', isIndoor: false, sports: ['futsal'], ...point },
    });
    expect(venue.status).toBe(201);
    expect(venue.body).toMatchObject({ neighbourhoodCode: CHEONGUN, ...point });
    const game = await call(gamesRoute.POST, { method: 'POST', headers: auth, body: { ...gameBody, venueId: venue.body.id, neighbourhoodCode: YONGDAM2 } });
    expect(game.body).toMatchObject({ venueId: venue.body.id, neighbourhoodCode: CHEONGUN, ...point });
  });

  it('places a space at the point, and moving the pin on edit moves its dong', async () => {
    const host = await createUser();
    const auth = await bearerFor(host);
    const yongdam = await getNeighbourhood(getDb(), YONGDAM2);
    const cheongun = await getNeighbourhood(getDb(), CHEONGUN);
    const { neighbourhoodCode: _ignored, ...withoutCode } = spaceBody({ lat: yongdam.lat, lng: yongdam.lng });
    const created = await call(spacesRoute.POST, { method: 'POST', headers: auth, unchecked: withoutCode });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ neighbourhood: { code: YONGDAM2 }, lat: yongdam.lat, lng: yongdam.lng });
    const params = { id: String(created.body.id) };
    expectProblem(await call(spaceRoute.PATCH, { method: 'PATCH', headers: auth, params, body: AT_SEA }), 400);
    const moved = await call(spaceRoute.PATCH, { method: 'PATCH', headers: auth, params, body: { lat: cheongun.lat, lng: cheongun.lng } });
    expect(moved.body).toMatchObject({ neighbourhood: { code: CHEONGUN }, lat: cheongun.lat });
  });
});
