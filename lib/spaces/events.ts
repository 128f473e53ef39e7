import type { Db } from '@/db/client';
import { recordEvent, type DomainEvent } from '@/lib/events/record';

/**
 * Something a space search shows changed (a space, its packages, photos, likes, rating or
 * visibility): the shared searches (lib/spaces/queries.ts) are cleared in every process when it
 * commits. A reservation whose status moves records it from a trigger (migration 0031).
 */
export const spacesChanged: DomainEvent = { type: 'spaces:changed', payload: {} };

/** A space left every search (deleted, or hidden by moderation): no search shows it again, even stale. */
export const spacesRemoved: DomainEvent = { type: 'spaces:changed', payload: { removed: true } };

/** A viewer liked or unliked a space: searches show its count, and the viewer's own likes (lib/spaces/liked-spaces.ts) changed. */
export const spaceLikesChanged = (userId: number): DomainEvent => ({ type: 'spaces:changed', payload: { likedBy: userId } });

/** In the change's transaction, so the event exists exactly when the change does. */
export const recordSpacesChanged = (tx: Db) => recordEvent(tx, spacesChanged);
export const recordSpacesRemoved = (tx: Db) => recordEvent(tx, spacesRemoved);
