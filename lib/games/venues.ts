import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { venues, type User, type Venue } from '@/db/schema';
import { containsPattern } from '@/db/like';
import { conflict, forbidden, notFound } from '@/lib/core/domain-error';
import { isUniqueViolation } from '@/lib/core/pg-errors';
import { pageInfo } from '@/lib/core/pagination';
import { placeAt } from '@/lib/neighbourhoods/locate';
import type { UpdateVenueInput, VenueInput } from './schema';

export const toVenueView = (v: Venue) => ({
  id: v.id,
  name: v.name,
  address: v.address,
  detailAddress: v.detailAddress,
  contact: v.contact,
  description: v.description,
  isIndoor: v.isIndoor,
  sports: v.sports,
  neighbourhoodCode: v.neighbourhoodCode,
  lat: v.lat,
  lng: v.lng,
  createdAt: v.createdAt.toISOString(),
});

const duplicateAddress = () => conflict('이미 등록된 주소입니다.', { address: ['이미 등록된 주소입니다.'] }, 'duplicate_address');

/** Any signed-in user registers a venue, at a point picked on the map or at its dong's centre. */
export async function createVenue(db: Db, user: User, input: VenueInput) {
  const place = await placeAt(db, input);
  try {
    const [venue] = await db
      .insert(venues)
      .values({ ...input, ...place, createdBy: user.id })
      .returning();
    return toVenueView(venue!);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateAddress();
    throw error;
  }
}

/** Only whoever registered the venue edits it; a new point or dong moves it (lib/neighbourhoods/locate.ts). */
export async function updateVenue(db: Db, user: User, id: number, input: UpdateVenueInput) {
  const [existing] = await db.select().from(venues).where(eq(venues.id, id));
  if (!existing) throw notFound('장소를 찾을 수 없습니다.');
  if (existing.createdBy !== user.id) throw forbidden('장소를 등록한 사람만 고칠 수 있습니다.');
  const moved = input.neighbourhoodCode !== undefined || input.lat !== undefined || input.lng !== undefined;
  const place = moved ? await placeAt(db, input) : {};
  try {
    const [venue] = await db
      .update(venues)
      .set({ ...input, ...place, updatedAt: new Date() })
      .where(and(eq(venues.id, id), eq(venues.createdBy, user.id)))
      .returning();
    return toVenueView(venue!);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateAddress();
    throw error;
  }
}

export async function getVenue(db: Db, id: number) {
  const [venue] = await db.select().from(venues).where(eq(venues.id, id));
  if (!venue) throw notFound('장소를 찾을 수 없습니다.');
  return toVenueView(venue);
}

export async function listVenues(db: Db, query: { q?: string; sport?: Venue['sports'][number]; neighbourhood?: string; page: number; size: number }) {
  const where: SQL[] = [];
  if (query.q) {
    const pattern = containsPattern(query.q);
    where.push(or(ilike(venues.name, pattern), ilike(venues.address, pattern))!);
  }
  if (query.sport) where.push(sql`${venues.sports} @> array[${query.sport}]::text[]`);
  if (query.neighbourhood) where.push(eq(venues.neighbourhoodCode, query.neighbourhood));
  const condition = and(...where);
  const [rows, [total]] = await Promise.all([
    db.select().from(venues).where(condition).orderBy(asc(venues.name), asc(venues.id)).limit(query.size).offset((query.page - 1) * query.size),
    db.select({ n: count() }).from(venues).where(condition),
  ]);
  return { items: rows.map(toVenueView), page: pageInfo(query.page, query.size, total!.n) };
}
