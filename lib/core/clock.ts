/** Injected wherever a rule depends on the current time, so policies and jobs are testable. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
