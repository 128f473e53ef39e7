import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { neighbourhoodBoundaries } from '@/db/schema';
import { DomainError } from '@/lib/core/domain-error';
import { loadBoundaries } from './boundaries';
import { dongAt, placeAt } from './locate';
import { getNeighbourhood } from './queries';

const YONGDAM2 = '5011058000';
const CHEONGUN = '1111051500';

const fieldsOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).extra.fields;
};

/** A square boundary of `size` degrees around a point, as admdongkor's file has them. */
const squareAround = (code: string, lat: number, lng: number, size: number) => ({
  type: 'FeatureCollection',
  features: [
    {
      properties: { adm_cd2: code },
      geometry: { type: 'Polygon', coordinates: [[[lng - size, lat - size], [lng + size, lat - size], [lng + size, lat + size], [lng - size, lat + size], [lng - size, lat - size]]] },
    },
  ],
});

describe('where a point is', () => {
  afterEach(async () => {
    await getDb().delete(neighbourhoodBoundaries).where(eq(neighbourhoodBoundaries.code, CHEONGUN));
  });

  it('falls in the nearest dong when no boundary is loaded', async () => {
    const yongdam = await getNeighbourhood(getDb(), YONGDAM2);
    expect(await dongAt(getDb(), yongdam.lat + 0.001, yongdam.lng - 0.001)).toBe(YONGDAM2);
  });

  it('falls in the dong whose boundary contains it, even when another centre is nearer', async () => {
    const cheongun = await getNeighbourhood(getDb(), CHEONGUN);
    // A boundary reaching 2 km past its centre: a point at its edge is nearer other centres.
    await loadBoundaries(getDb(), squareAround(CHEONGUN, cheongun.lat, cheongun.lng, 0.02), 'test');
    const edge = { lat: cheongun.lat - 0.019, lng: cheongun.lng + 0.019 };
    expect(await dongAt(getDb(), edge.lat, edge.lng)).toBe(CHEONGUN);
  });

  it('is refused at sea or abroad, naming both coordinates', async () => {
    // The East Sea between Ulleungdo and Japan: inside the coordinates' range, far from every dong.
    expect(await fieldsOf(dongAt(getDb(), 36.2, 131.6))).toEqual({ lat: [expect.stringContaining('한국 안')], lng: [expect.stringContaining('한국 안')] });
  });
});

describe('placeAt', () => {
  it('derives the dong from a point, ignoring a code that disagrees', async () => {
    const yongdam = await getNeighbourhood(getDb(), YONGDAM2);
    expect(await placeAt(getDb(), { neighbourhoodCode: CHEONGUN, lat: yongdam.lat, lng: yongdam.lng })).toEqual({ neighbourhoodCode: YONGDAM2, lat: yongdam.lat, lng: yongdam.lng });
  });

  it("puts a place without a point at its dong's centre", async () => {
    const cheongun = await getNeighbourhood(getDb(), CHEONGUN);
    expect(await placeAt(getDb(), { neighbourhoodCode: CHEONGUN, lat: null, lng: null })).toEqual({ neighbourhoodCode: CHEONGUN, lat: cheongun.lat, lng: cheongun.lng });
  });

  it('wants both coordinates, and a dong or a point', async () => {
    expect(await fieldsOf(placeAt(getDb(), { neighbourhoodCode: YONGDAM2, lat: 37.5 }))).toHaveProperty('lat');
    expect(await fieldsOf(placeAt(getDb(), {}))).toHaveProperty('neighbourhoodCode');
    expect(await fieldsOf(placeAt(getDb(), { neighbourhoodCode: '9999999999' }))).toHaveProperty('neighbourhoodCode');
  });
});
