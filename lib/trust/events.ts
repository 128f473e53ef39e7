import type { DomainEvent } from '@/lib/events/record';

/** Something that feeds a user's temperature happened (a review of them, …): the consumer recomputes it. */
export const trustInputChanged = (userId: number): DomainEvent => ({ type: 'trust:input', payload: { userId } });
