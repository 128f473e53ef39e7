import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { neighbourhoods, venues, type User, type Venue } from '@/db/schema';
import { conflict, forbidden, invalid, notFound } from '@/lib/core/domain-error';
import { isUniqueViolation } from '@/lib/core/pg-errors';
import { pageInfo } from '@/lib/core/pagination';
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

async function centroid(db: Db, code: string) {
  const [dong] = await db.select().from(neighbourhoods).where(eq(neighbourhoods.code, code));
  if (!dong) throw invalid('입력값을 확인해 주세요.', { neighbourhoodCode: ['없는 동네입니다.'] });
  return dong;
}

/** Any signed-in user registers a venue; coordinates default to the neighbourhood's centre. */
export async function createVenue(db: Db, user: User, input: VenueInput) {
  const dong = await centroid(db, input.neighbourhoodCode);
  try {
    const [venue] = await db
      .insert(venues)
      .values({ ...input, lat: input.lat ?? dong.lat, lng: input.lng ?? dong.lng, createdBy: user.id })
      .returning();
    return toVenueView(venue!);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateAddress();
    throw error;
  }
}

/** Only whoever registered the venue edits it. */
export async function updateVenue(db: Db, user: User, id: number, input: UpdateVenueInput) {
  const [existing] = await db.select().from(venues).where(eq(venues.id, id));
  if (!existing) throw notFound('장소를 찾을 수 없습니다.');
  if (existing.createdBy !== user.id) throw forbidden('장소를 등록한 사람만 고칠 수 있습니다.');
  const place = input.neighbourhoodCode && input.lat === undefined ? await centroid(db, input.neighbourhoodCode) : undefined;
  try {
    const [venue] = await db
      .update(venues)
      .set({ ...input, ...(place ? { lat: place.lat, lng: place.lng } : {}), updatedAt: new Date() })
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
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
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
