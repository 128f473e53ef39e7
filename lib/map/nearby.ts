import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { mapPoint, MAP_POINT_LNG_SCALE } from '@/db/schema/map-point';

const EARTH_RADIUS_KM = 6371;
/** Kilometres in a degree of latitude, the unit of mapPoint's plane. */
const DEGREE_KM = (EARTH_RADIUS_KM * Math.PI) / 180;

/**
 * How far mapPoint's plane and the great-circle distance may disagree in South Korea, either way:
 * a plane distance is at most this times the true one, and the true one at most this times the
 * plane's (33°–39°N: cos 36° against cos 33° and cos 39°, within 4.2%).
 */
export const PLANE_ERROR = 1.05;

/** The query point, as mapPoint places it. */
const centrePoint = ([lat, lng]: readonly [number, number]) => sql`point(${lng * MAP_POINT_LNG_SCALE}::float8, ${lat}::float8)`;

/** Great-circle distance in km (haversine) from a place's columns to a point. */
export const distanceKm = (lat: AnyColumn, lng: AnyColumn, to: readonly [number, number]) =>
  sql<number>`(${EARTH_RADIUS_KM} * 2 * asin(sqrt(power(sin(radians(${lat} - ${to[0]}) / 2), 2) + cos(radians(${to[0]})) * cos(radians(${lat})) * power(sin(radians(${lng} - ${to[1]}) / 2), 2))))`;

/**
 * Within `radiusKm` of a point: the position index narrows to a square around the circle, wide
 * enough for the plane's error, then the exact distance decides.
 */
export function withinKm(lat: AnyColumn, lng: AnyColumn, centre: readonly [number, number], radiusKm: number): SQL {
  const half = (radiusKm * PLANE_ERROR) / DEGREE_KM;
  const [y, x] = [centre[0], centre[1] * MAP_POINT_LNG_SCALE];
  const square = sql`box(point(${x - half}::float8, ${y - half}::float8), point(${x + half}::float8, ${y + half}::float8))`;
  return sql`${mapPoint(lat, lng)} <@ ${square} and ${distanceKm(lat, lng, centre)} <= ${radiusKm}`;
}

/**
 * Nearest first on mapPoint's plane, the order the position index walks; in degrees of latitude
 * (planeKm turns it into km). Close to the great-circle order, not equal: see PLANE_ERROR.
 */
export const nearestFirst = (lat: AnyColumn, lng: AnyColumn, centre: readonly [number, number]): SQL => sql`${mapPoint(lat, lng)} <-> ${centrePoint(centre)}`;

/** A nearestFirst distance in km. */
export const planeKm = (degrees: number) => degrees * DEGREE_KM;
