import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointToPolygonDistance } from '@turf/point-to-polygon-distance';
import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { z } from '@/lib/core/zod';
import type { Db } from '@/db/client';
import { neighbourhoodBoundaries, neighbourhoods, type NeighbourhoodBoundary } from '@/db/schema';

/** admdongkor's HangJeongDong_verYYYYMMDD.geojson: one feature per 행정동, keyed by `adm_cd2`. */
const boundaryFile = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      properties: z.object({ adm_cd2: z.union([z.string(), z.number()]).transform(String) }),
      geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.any()) }),
    }),
  ),
});

const METRES_PER_DEGREE_LAT = 111_320;

const sqlExcluded = (column: string) => sql.raw(`excluded."${column}"`);

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function boundingBox(geometry: Polygon | MultiPolygon) {
  let minLat = Infinity, minLng = Infinity, maxLat = -Infinity, maxLng = -Infinity;
  for (const polygon of polygonsOf(geometry)) {
    // The outer ring bounds the polygon; holes lie inside it.
    for (const [lng, lat] of polygon[0] ?? []) {
      if (lat! < minLat) minLat = lat!;
      if (lat! > maxLat) maxLat = lat!;
      if (lng! < minLng) minLng = lng!;
      if (lng! > maxLng) maxLng = lng!;
    }
  }
  return { minLat, minLng, maxLat, maxLng };
}

/**
 * Replaces the boundaries of every dong in the file, in one transaction. Codes the reference table
 * does not know (a file newer or older than the neighbourhood data) are skipped and reported.
 */
export async function loadBoundaries(db: Db, json: unknown, source: string) {
  const file = boundaryFile.parse(json);
  const codes = file.features.map((f) => f.properties.adm_cd2);
  const known = new Set(
    (await db.select({ code: neighbourhoods.code }).from(neighbourhoods).where(inArray(neighbourhoods.code, codes))).map((r) => r.code),
  );
  const rows = file.features
    .filter((f) => known.has(f.properties.adm_cd2))
    .map((f) => {
      const geometry = f.geometry as Polygon | MultiPolygon;
      return { code: f.properties.adm_cd2, geometry, source, loadedAt: new Date(), ...boundingBox(geometry) };
    });
  await db.transaction(async (tx) => {
    // A national file holds ~3,500 polygons of a few KB each: small batches keep each statement modest.
    for (let i = 0; i < rows.length; i += 100) {
      await tx
        .insert(neighbourhoodBoundaries)
        .values(rows.slice(i, i + 100))
        .onConflictDoUpdate({
          target: neighbourhoodBoundaries.code,
          set: {
            geometry: sqlExcluded('geometry'),
            minLat: sqlExcluded('min_lat'),
            minLng: sqlExcluded('min_lng'),
            maxLat: sqlExcluded('max_lat'),
            maxLng: sqlExcluded('max_lng'),
            source: sqlExcluded('source'),
            loadedAt: sqlExcluded('loaded_at'),
          },
        });
    }
  });
  return { loaded: rows.length, skipped: codes.filter((c) => !known.has(c)) };
}

export async function getBoundary(db: Db, code: string): Promise<NeighbourhoodBoundary | undefined> {
  const [row] = await db.select().from(neighbourhoodBoundaries).where(eq(neighbourhoodBoundaries.code, code)).limit(1);
  return row;
}

/**
 * Metres from the point to the boundary's edge: 0 or less inside (turf answers negative inside).
 * Inside is decided by point-in-polygon first, the cheap test that settles most checks.
 */
export function distanceOutsideMetres(geometry: Polygon | MultiPolygon, lat: number, lng: number) {
  if (booleanPointInPolygon([lng, lat], geometry)) return 0;
  return Math.max(0, pointToPolygonDistance([lng, lat], geometry, { units: 'meters' }));
}

/** The dong whose boundary contains the point, among those loaded; the bounding boxes filter first (indexed). */
export async function dongContaining(db: Db, lat: number, lng: number): Promise<string | undefined> {
  const candidates = await db
    .select({ code: neighbourhoodBoundaries.code, geometry: neighbourhoodBoundaries.geometry })
    .from(neighbourhoodBoundaries)
    .where(
      and(
        lte(neighbourhoodBoundaries.minLat, lat),
        gte(neighbourhoodBoundaries.maxLat, lat),
        lte(neighbourhoodBoundaries.minLng, lng),
        gte(neighbourhoodBoundaries.maxLng, lng),
      ),
    );
  return candidates.find((c) => booleanPointInPolygon([lng, lat], c.geometry))?.code;
}

/** Distance between two points in metres, equirectangular: exact enough for the few kilometres compared here. */
export function metresBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }) {
  const cosLat = Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  return Math.hypot(a.lat - b.lat, (a.lng - b.lng) * cosLat) * METRES_PER_DEGREE_LAT;
}
