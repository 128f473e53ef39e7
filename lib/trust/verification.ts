import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { neighbourhoods, users } from '@/db/schema';
import type { VerificationMethod } from '@/db/constants/trust';
import { userChanged } from '@/lib/accounts/events';
import { systemClock, type Clock } from '@/lib/core/clock';
import { DomainError, conflict, unauthenticated } from '@/lib/core/domain-error';
import { recordEvent } from '@/lib/events/record';
import { distanceOutsideMetres, dongContaining, getBoundary, metresBetween } from '@/lib/neighbourhoods/boundaries';
import { getNeighbourhood, nearestNeighbourhood } from '@/lib/neighbourhoods/queries';
import { verifiedUntilFrom } from '@/lib/accounts/neighbourhood-status';
import { BOUNDARY_TOLERANCE_METRES, accuracyBucket, withinNearestTolerance } from './rules';
import type { VerificationInput, VerificationResult } from './schema';

type Decision = { verified: boolean; method: VerificationMethod };

/**
 * Inside the user's dong (or within 300 m of its boundary, for GPS error) where a boundary is
 * loaded; elsewhere the dong whose reference point is nearest, or within 1.2× the nearest's distance.
 */
async function decide(db: Db, dong: { code: string; lat: number; lng: number }, point: { lat: number; lng: number }): Promise<Decision> {
  const boundary = await getBoundary(db, dong.code);
  if (boundary) {
    return { verified: distanceOutsideMetres(boundary.geometry, point.lat, point.lng) <= BOUNDARY_TOLERANCE_METRES, method: 'boundary' };
  }
  const nearest = await nearestNeighbourhood(db, point.lat, point.lng);
  const verified = nearest.code === dong.code || withinNearestTolerance(metresBetween(point, dong), metresBetween(point, nearest));
  return { verified, method: 'nearest' };
}

/** The dong a position is in: by boundary where one is loaded there, else by nearest reference point. */
async function dongAt(db: Db, point: { lat: number; lng: number }) {
  const code = await dongContaining(db, point.lat, point.lng);
  return code ? getNeighbourhood(db, code) : nearestNeighbourhood(db, point.lat, point.lng);
}

/**
 * 동네인증 from the browser's position. Only the result is stored (dong, until when, method and an
 * accuracy bucket); the coordinates are used for this decision and then dropped. Outside the
 * user's dong: 422 reason "outside_neighbourhood" with the dong the point is in.
 */
export async function verifyNeighbourhood(db: Db, userId: number, input: VerificationInput, clock: Clock = systemClock): Promise<VerificationResult> {
  const [row] = await db
    .select({ code: neighbourhoods.code, dong: neighbourhoods.dong, lat: neighbourhoods.lat, lng: neighbourhoods.lng })
    .from(users)
    .innerJoin(neighbourhoods, eq(neighbourhoods.code, users.neighbourhoodCode))
    .where(and(eq(users.id, userId), eq(users.isActive, true)));
  if (!row) throw unauthenticated();
  const point = { lat: input.lat, lng: input.lng };
  const { verified, method } = await decide(db, row, point);
  if (!verified) {
    const { code, sido, sigungu, dong } = await dongAt(db, point);
    throw new DomainError('unprocessable', `지금 위치는 ${row.dong}이 아니라 ${dong} 근처예요.`, {
      reason: 'outside_neighbourhood',
      dong: { code, sido, sigungu, dong },
    });
  }
  const verifiedUntil = verifiedUntilFrom(clock());
  await db.transaction(async (tx) => {
    // Conditional on the dong checked: a neighbourhood change meanwhile must not inherit this result.
    const [updated] = await tx
      .update(users)
      .set({
        neighbourhoodVerifiedCode: row.code,
        neighbourhoodVerifiedUntil: verifiedUntil,
        neighbourhoodVerificationMethod: method,
        neighbourhoodVerificationAccuracy: accuracyBucket(input.accuracy),
      })
      .where(and(eq(users.id, userId), eq(users.neighbourhoodCode, row.code)))
      .returning({ id: users.id });
    if (!updated) throw conflict('동네가 바뀌었어요. 다시 인증해 주세요.', undefined, 'neighbourhood_changed');
    await recordEvent(tx, userChanged(userId));
  });
  return { verified: true, verifiedUntil: verifiedUntil.toISOString(), dong: row.dong, code: row.code, method };
}
