import type { AccuracyBucket } from '@/db/constants/trust';

/** 동네인증 and no-show rules in one place (README "Trust between neighbours" states them too; the 30-day
 * validity and the change limit are lib/accounts/neighbourhood-status.ts). */
/** GPS error allowed around a dong's boundary. */
export const BOUNDARY_TOLERANCE_METRES = 300;
/** Without a boundary: the user's dong may be up to this many times as far as the nearest reference point. */
export const NEAREST_TOLERANCE = 1.2;
/** Positions less precise than this are refused. */
export const MAX_ACCURACY_METRES = 1000;

/** A host may mark a no-show from the end of the game or booking until this many hours after it. */
export const NO_SHOW_WINDOW_HOURS = 24;

/** Whether a host may mark a no-show now: from the end until NO_SHOW_WINDOW_HOURS after it. */
export const inNoShowWindow = (endsAt: Date, now = new Date()) =>
  now >= endsAt && now.getTime() <= endsAt.getTime() + NO_SHOW_WINDOW_HOURS * 3_600_000;

/** Only the bucket is kept, never the reported figure (which with the time would narrow down the position). */
export function accuracyBucket(accuracyMetres: number): AccuracyBucket {
  if (accuracyMetres <= 50) return '50m';
  if (accuracyMetres <= 200) return '200m';
  return '1km';
}

/** The nearest-point rule: a Voronoi cell of reference points, widened by NEAREST_TOLERANCE. */
export const withinNearestTolerance = (toOwnMetres: number, toNearestMetres: number) => toOwnMetres <= toNearestMetres * NEAREST_TOLERANCE;
