import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as gamesRoute from '@/app/api/games/route';
import * as gameRoute from '@/app/api/games/[id]/route';
import * as playersRoute from '@/app/api/games/[id]/players/route';
import * as venuesRoute from '@/app/api/venues/route';
import { bearerFor, createUser } from '../support/factories';
import { createTestGame } from '../support/games';
import { call } from '../support/http';

const gameKeys = ['sport', 'title', 'description', 'level', 'venueId', 'placeName', 'address', 'neighbourhoodCode', 'lat', 'lng', 'startsAt', 'endsAt', 'recruitUntil', 'minPlayers', 'maxPlayers', 'fee'];
const anything = fc.oneof(fc.string({ maxLength: 60 }), fc.jsonValue(), fc.constant(null), fc.integer(), fc.double(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()));
const bodyLike = (keys: string[]) => fc.oneof(fc.jsonValue(), fc.record(Object.fromEntries(keys.map((k) => [k, anything])), { requiredKeys: [] }));

const expectHandled = (res: { status: number; headers: Headers }) => {
  expect(res.status).toBeLessThan(500);
  if (res.status >= 400) expect(res.headers.get('content-type')).toBe('application/problem+json');
};

describe('no input to the games routes produces a 500', () => {
  it('POST /api/games, PATCH /api/games/{id}, POST /api/games/{id}/players, POST /api/venues', async () => {
    const host = await createUser();
    const headers = await bearerFor(host);
    const game = await createTestGame(host, new Date());
    const params = { id: String(game.id) };
    await fc.assert(
      fc.asyncProperty(bodyLike(gameKeys), bodyLike(['waitlist']), bodyLike(['name', 'address', 'sports', 'isIndoor', 'neighbourhoodCode', 'lat', 'lng']), async (g, j, v) => {
        expectHandled(await call(gamesRoute.POST, { method: 'POST', headers, unchecked: g }));
        expectHandled(await call(gameRoute.PATCH, { method: 'PATCH', headers, params, unchecked: g }));
        expectHandled(await call(playersRoute.POST, { method: 'POST', headers, params, unchecked: j }));
        expectHandled(await call(venuesRoute.POST, { method: 'POST', headers, unchecked: v }));
      }),
      { numRuns: 40 },
    );
  });

  it('GET /api/games with arbitrary query strings', async () => {
    const keys = ['sport', 'from', 'to', 'near', 'radiusKm', 'status', 'q', 'page', 'size', 'sort', 'free', 'sigungu'];
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...keys), fc.string({ maxLength: 40 })), async (query) => {
        expectHandled(await call(gamesRoute.GET, { path: `/api/games?${new URLSearchParams(query)}` }));
      }),
      { numRuns: 60 },
    );
  });
});
