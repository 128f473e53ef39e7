import type { DomainEvent } from '@/lib/events/record';

/** A user row changed: every process's cached copy is dropped. */
export const userChanged = (userId: number): DomainEvent => ({ type: 'user:changed', payload: { userId } });

/** Sessions revoked (tokenVersion bumped, banned, deleted): the cached copy goes and every socket of the user closes. */
export const userRevoked = (userId: number): DomainEvent => ({ type: 'user:revoked', payload: { userId } });

/** A login's refresh-token family was revoked: its access tokens stop working in every process. */
export const familyRevoked = (familyId: string): DomainEvent => ({ type: 'token-family:revoked', payload: { familyId } });
