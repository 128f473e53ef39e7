import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { DomainError } from '@/lib/core/domain-error';
import { CHEONGUN, createUser, YONGDAM2 } from '@/tests/support/factories';
import { isVerified } from '@/lib/accounts/neighbourhood-status';
import { accuracyBucket, withinNearestTolerance } from './rules';
import { verifyNeighbourhood } from './verification';

const YONGDAM1 = '5011057000';
/** 용담2동's reference point: inside its boundary, about 1 km from 용담1동. */
const IN_YONGDAM2 = { lat: 33.50774, lng: 126.50049 };
/** In 용담1동, about 140 m from 용담2동's boundary. */
const NEAR_YONGDAM2 = { lat: 33.5005, lng: 126.5135 };
/** In 연동, kilometres from 용담2동. */
const IN_YEONDONG = { lat: 33.495, lng: 126.48 };
/** On the line from 청운효자동's reference point to 사직동's (no boundaries loaded in Seoul). */
const cheongunToSajik = (t: number) => ({ lat: 37.58475 + (37.57387 - 37.58475) * t, lng: 126.96839 + (126.97044 - 126.96839) * t });

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

describe('동네인증 by boundary (제주 sample)', () => {
  it('verifies a point inside 용담2동 for 용담2동, for 30 days, keeping only the result', async () => {
    const user = await createUser({ neighbourhoodCode: YONGDAM2 });
    const now = new Date('2026-12-01T00:00:00Z');
    const result = await verifyNeighbourhood(getDb(), user.id, { ...IN_YONGDAM2, accuracy: 35 }, () => now);
    expect(result).toEqual({ verified: true, verifiedUntil: '2026-12-31T00:00:00.000Z', dong: '용담2동', code: YONGDAM2, method: 'boundary' });
    const [row] = await getDb().select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ neighbourhoodVerifiedCode: YONGDAM2, neighbourhoodVerificationMethod: 'boundary', neighbourhoodVerificationAccuracy: '50m' });
    expect(JSON.stringify(row)).not.toContain('33.507');
  });

  it('refuses the same point for 용담1동 and names 용담2동', async () => {
    const user = await createUser({ neighbourhoodCode: YONGDAM1 });
    const error = await refusal(verifyNeighbourhood(getDb(), user.id, { ...IN_YONGDAM2, accuracy: 20 }));
    expect(error.code).toBe('unprocessable');
    expect(error.extra).toMatchObject({ reason: 'outside_neighbourhood', dong: { code: YONGDAM2, dong: '용담2동' } });
  });

  it('accepts a point just outside the boundary, within 300 m (GPS error)', async () => {
    const user = await createUser({ neighbourhoodCode: YONGDAM2 });
    await expect(verifyNeighbourhood(getDb(), user.id, { ...NEAR_YONGDAM2, accuracy: 150 })).resolves.toMatchObject({ method: 'boundary' });
  });

  it('refuses a point kilometres away and names the dong it is in', async () => {
    const user = await createUser({ neighbourhoodCode: YONGDAM2 });
    const error = await refusal(verifyNeighbourhood(getDb(), user.id, { ...IN_YEONDONG, accuracy: 20 }));
    expect(error.extra.dong).toMatchObject({ dong: '연동', sigungu: '제주시' });
  });
});

describe('동네인증 by nearest reference point (no boundary)', () => {
  it('verifies within 1.2× the nearest reference point, refuses beyond it', async () => {
    const user = await createUser({ neighbourhoodCode: CHEONGUN });
    // 649 m from 청운효자동's point, 576 m from 사직동's (nearest): within 1.2×.
    await expect(verifyNeighbourhood(getDb(), user.id, { ...cheongunToSajik(0.53), accuracy: 30 })).resolves.toMatchObject({
      method: 'nearest',
      dong: '청운효자동',
    });
    // 735 m against 490 m: outside, and 사직동 is offered.
    const error = await refusal(verifyNeighbourhood(getDb(), user.id, { ...cheongunToSajik(0.6), accuracy: 30 }));
    expect(error.extra).toMatchObject({ reason: 'outside_neighbourhood', dong: { dong: '사직동' } });
  });
});

describe('rules', () => {
  it('keeps accuracy as a bucket only', () => {
    expect([10, 50, 51, 200, 201, 1000].map(accuracyBucket)).toEqual(['50m', '50m', '200m', '200m', '1km', '1km']);
  });

  it('widens the Voronoi cell by 1.2', () => {
    expect(withinNearestTolerance(120, 100)).toBe(true);
    expect(withinNearestTolerance(121, 100)).toBe(false);
  });

  it('counts a verification only for the current dong and until it runs out', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const until = new Date('2026-12-02T00:00:00Z');
    expect(isVerified({ neighbourhoodCode: YONGDAM2, neighbourhoodVerifiedCode: YONGDAM2, neighbourhoodVerifiedUntil: until }, now)).toBe(true);
    expect(isVerified({ neighbourhoodCode: YONGDAM1, neighbourhoodVerifiedCode: YONGDAM2, neighbourhoodVerifiedUntil: until }, now)).toBe(false);
    expect(isVerified({ neighbourhoodCode: YONGDAM2, neighbourhoodVerifiedCode: YONGDAM2, neighbourhoodVerifiedUntil: until }, until)).toBe(false);
  });
});
