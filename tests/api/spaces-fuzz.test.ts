import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as reservationsRoute from '@/app/api/reservations/route';
import * as spaceRoute from '@/app/api/spaces/[id]/route';
import * as spacesRoute from '@/app/api/spaces/route';
import { bearerFor } from '../support/factories';
import { call } from '../support/http';
import { createTestSpace, spaceBody } from '../support/spaces';

/** The real body with some fields replaced by arbitrary JSON. */
const mutated = (base: Record<string, unknown>) =>
  fc
    .dictionary(fc.constantFrom(...Object.keys(base)), fc.oneof(fc.jsonValue(), fc.string({ maxLength: 40 }), fc.integer(), fc.constant(null)), { maxKeys: 4 })
    .map((changes) => ({ ...base, ...changes }));

const queryValue = fc.oneof(fc.string({ maxLength: 20 }), fc.integer().map(String), fc.constantFrom('2026-02-29', '24:00', '09:30', '-1', '1e9', '37.5,127', 'wifi,pool'));

describe('no space or reservation input produces a 500', () => {
  it('POST /api/spaces and PATCH /api/spaces/{id}', async () => {
    const { host, space } = await createTestSpace();
    const headers = await bearerFor(host);
    await fc.assert(
      fc.asyncProperty(mutated(spaceBody()), async (body) => {
        const created = await call(spacesRoute.POST, { method: 'POST', headers, unchecked: body });
        const patched = await call(spaceRoute.PATCH, { method: 'PATCH', headers, params: { id: String(space.id) }, body });
        for (const res of [created, patched]) {
          expect(res.status, JSON.stringify(body)).toBeLessThan(500);
          if (res.status >= 400) expect(res.headers.get('content-type')).toBe('application/problem+json');
        }
      }),
      { numRuns: 60 },
    );
  });

  it('POST /api/reservations', async () => {
    const { space } = await createTestSpace();
    const { host: guest } = await createTestSpace();
    const headers = await bearerFor(guest);
    const base = { spaceId: space.id, startsAt: '2030-01-01T05:00:00Z', endsAt: '2030-01-01T07:00:00Z', date: '2030-01-01', packageId: 1, people: 2, bookerName: '이웃', bookerPhone: '010-1234-5678' };
    await fc.assert(
      fc.asyncProperty(mutated(base), async (body) => {
        const res = await call(reservationsRoute.POST, { method: 'POST', headers, unchecked: body });
        expect(res.status, JSON.stringify(body)).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });

  it('GET /api/spaces query strings', async () => {
    const keys = ['type', 'sigungu', 'near', 'radiusKm', 'date', 'start', 'end', 'people', 'q', 'minPrice', 'maxPrice', 'amenities', 'sort', 'page', 'size', 'liked'];
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...keys), queryValue, { maxKeys: 6 }), async (query) => {
        const res = await call(spacesRoute.GET, { path: `/api/spaces?${new URLSearchParams(query)}` });
        expect(res.status, JSON.stringify(query)).toBeLessThan(500);
      }),
      { numRuns: 80 },
    );
  });
});
