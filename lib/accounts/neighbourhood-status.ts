/**
 * The neighbourhood facts kept on the user row: how long a 동네인증 lasts, when it counts, and how
 * often the neighbourhood may change (lib/trust decides verifications; accounts stores them).
 */
export const VERIFICATION_DAYS = 30;
/** Neighbourhood changes allowed per rolling window. */
export const NEIGHBOURHOOD_CHANGES_ALLOWED = 2;
export const NEIGHBOURHOOD_CHANGE_WINDOW_DAYS = 30;

const DAY_MS = 86_400_000;

export const verifiedUntilFrom = (now: Date) => new Date(now.getTime() + VERIFICATION_DAYS * DAY_MS);
export const changeWindowStart = (now: Date) => new Date(now.getTime() - NEIGHBOURHOOD_CHANGE_WINDOW_DAYS * DAY_MS);
export const changeWindowEnd = (changedAt: Date) => new Date(changedAt.getTime() + NEIGHBOURHOOD_CHANGE_WINDOW_DAYS * DAY_MS);

/** A verification counts while it names the user's current dong and has not run out. */
export const isVerified = (
  user: { neighbourhoodCode: string; neighbourhoodVerifiedCode: string | null; neighbourhoodVerifiedUntil: Date | null },
  now: Date,
) => user.neighbourhoodVerifiedCode === user.neighbourhoodCode && user.neighbourhoodVerifiedUntil !== null && user.neighbourhoodVerifiedUntil > now;
