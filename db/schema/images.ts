import { sql } from 'drizzle-orm';
import { check, customType, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { id, timestampNow, ref } from './columns';
import { spaces } from './spaces';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  // postgres.js hands back a Buffer, PGlite a Uint8Array.
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** The default image store (lib/images/pg-store.ts): encoded WebP bytes by key, shared by every app process. */
export const imageBlobs = pgTable('image_blobs', {
  key: text().primaryKey(),
  contentType: text().notNull(),
  bytes: bytea().notNull(),
  createdAt: timestampNow(),
});

/**
 * A space's photo; `key` names two stored files, `<key>.webp` (display) and `<key>-thumb.webp`.
 * Positions run 0.. in gallery order; at most 10 per space (checked under the space's row lock).
 */
export const spaceImages = pgTable(
  'space_images',
  {
    id: id(),
    spaceId: ref(() => spaces.id, 'cascade'),
    key: text().notNull(),
    width: integer().notNull(),
    height: integer().notNull(),
    position: integer().notNull(),
    createdAt: timestampNow(),
  },
  (t) => [index('space_images_space_id_position_idx').on(t.spaceId, t.position), check('space_images_position_check', sql`${t.position} between 0 and 9`)],
);

export type SpaceImage = typeof spaceImages.$inferSelect;
