import { sql, type AnyColumn } from 'drizzle-orm';

/** cos 36°N: east–west degrees are shortened by this at the middle of South Korea (33°–39°N). */
export const MAP_POINT_LNG_SCALE = 0.809;

/**
 * A place as a 2-D point, its longitude scaled to be as long as its latitude at 36°N: in kilometres
 * the plane is then within 5% of the great-circle distance everywhere in South Korea (lib/map/nearby.ts
 * relies on that bound). PostgreSQL's own GiST point index walks it nearest first (`<->`) and
 * finds those in a box, and builds sorted; the `cube` extension's 3-D points were exact but their
 * index five times slower to walk. Tables index exactly this expression (`…_position_idx`), and
 * searches must write it the same way for PostgreSQL to use the index.
 */
export const mapPoint = (lat: AnyColumn | number, lng: AnyColumn | number) => sql`point(${lng} * ${sql.raw(String(MAP_POINT_LNG_SCALE))}, ${lat})`;
