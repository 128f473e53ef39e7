import type { DomainEvent } from '@/lib/events/record';

export type PresenceChange = { userId: number; online: boolean; lastSeenAt: string | null };

/** No audience here: who may see it (friends, direct-room partners) is read when it is delivered. */
export const presenceChanged = (change: PresenceChange): DomainEvent => ({ type: 'presence:changed', payload: change });
