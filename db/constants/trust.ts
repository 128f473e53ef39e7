/** How a 동네인증 was decided: inside (or within 300 m of) the dong's boundary, or by nearest reference point. */
export const verificationMethods = ['boundary', 'nearest'] as const;
export type VerificationMethod = (typeof verificationMethods)[number];

/** The GPS accuracy kept with a verification, rounded up to one of these (the position itself is never stored). */
export const accuracyBuckets = ['50m', '200m', '1km'] as const;
export type AccuracyBucket = (typeof accuracyBuckets)[number];

/** One line under a temperature: "시간 약속을 잘 지켜요 12". */
export type TemperatureReason = { label: string; count: number };

/** What a no-show was marked on: a game (by its host) or a space reservation (by the space's host). */
export const noShowSubjects = ['game', 'reservation'] as const;
export type NoShowSubject = (typeof noShowSubjects)[number];

/** An admin's decision on a disputed no-show: accepted voids the mark, rejected keeps it. */
export const noShowDecisions = ['accepted', 'rejected'] as const;
export type NoShowDecision = (typeof noShowDecisions)[number];
