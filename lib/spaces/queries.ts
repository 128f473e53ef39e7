import { and, arrayContains, asc, count, desc, eq, gte, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { activeSpace, neighbourhoods, spaceHolds, spaceLikes, spaces, users, type Space } from '@/db/schema';
import { containsPattern } from '@/db/like';
import { toUserRef, type UserRefSource } from '@/lib/accounts/user-ref';
import { notFound } from '@/lib/core/domain-error';
import { trustBadgeColumns } from '@/lib/trust/columns';
import { hourLabel, seoulInstant } from '@/lib/core/seoul-time';
import { pageInfo } from '@/lib/core/pagination';
import { lastOwnWrite } from '@/lib/core/own-writes';
import { sharedBody, sharedPages } from '@/lib/core/shared-pages';
import { distanceKm, withinKm } from '@/lib/map/nearby';
import { toSpaceImageView } from './image-view';
import { likedSpaces } from './liked-spaces';
import { dayKind, holidayNames, hourlyPriceOn } from './pricing';
import { roundRating } from './reviews';
import type { ListSpacesQuery, SpaceView } from './schema';

type PackageRow = { id: number; name: string; startHour: number; endHour: number; price: number };
type ImageRow = { id: number; key: string; position: number };

const POPULAR_DAYS = 30;

/** Everything a space card or page shows, in one statement: packages, images and like counts as subqueries. */
const columns = (viewerId: number | null) => ({
  space: spaces,
  host: { id: users.id, username: users.username, isActive: users.isActive, avatarKey: users.avatarKey, ...trustBadgeColumns },
  neighbourhood: { code: neighbourhoods.code, sido: neighbourhoods.sido, sigungu: neighbourhoods.sigungu, dong: neighbourhoods.dong },
  packages: sql<PackageRow[]>`coalesce((select json_agg(json_build_object('id', p.id, 'name', p.name, 'startHour', p.start_hour, 'endHour', p.end_hour, 'price', p.price) order by p.start_hour, p.id) from space_packages p where p.space_id = ${spaces.id}), '[]'::json)`,
  images: sql<ImageRow[]>`coalesce((select json_agg(json_build_object('id', i.id, 'key', i.key, 'position', i.position) order by i.position, i.id) from space_images i where i.space_id = ${spaces.id}), '[]'::json)`,
  likeCount: sql<number>`(select count(*)::int from space_likes l where l.space_id = ${spaces.id})`,
  isLiked: sql<boolean>`exists (select 1 from space_likes l where l.space_id = ${spaces.id} and l.user_id = ${viewerId ?? 0})`,
});

type Row = { space: Space; host: UserRefSource; neighbourhood: SpaceView['neighbourhood']; packages: PackageRow[]; images: ImageRow[]; likeCount: number; isLiked: boolean; distanceKm: number | null };

export const toSpaceView = (r: Row): SpaceView => ({
  id: r.space.id,
  title: r.space.title,
  type: r.space.type,
  description: r.space.description,
  address: r.space.address,
  neighbourhoodCode: r.space.neighbourhoodCode,
  neighbourhood: r.neighbourhood,
  lat: r.space.lat,
  lng: r.space.lng,
  capacity: r.space.capacity,
  pricePerHour: r.space.pricePerHour,
  weekendPricePerHour: r.space.weekendPricePerHour,
  holidayPricePerHour: r.space.holidayPricePerHour,
  minHours: r.space.minHours,
  openTime: hourLabel(r.space.openHour),
  closeTime: hourLabel(r.space.closeHour),
  amenities: r.space.amenities,
  packages: r.packages.map((p) => ({ id: p.id, name: p.name, startTime: hourLabel(p.startHour), endTime: hourLabel(p.endHour), price: p.price })),
  cancellationPolicy: r.space.cancellationPolicy,
  bufferMinutes: r.space.bufferMinutes,
  bookingMode: r.space.bookingMode,
  approvalHours: r.space.approvalHours,
  status: r.space.status === 'paused' ? 'paused' : 'active',
  host: toUserRef(r.host),
  images: r.images.map(toSpaceImageView),
  rating: roundRating(r.space.ratingAvg),
  reviewCount: r.space.reviewCount,
  likeCount: Number(r.likeCount),
  isLiked: Boolean(r.isLiked),
  ...(r.distanceKm !== null && { distanceKm: Math.round(Number(r.distanceKm) * 100) / 100 }),
  hiddenAt: r.space.hiddenAt?.toISOString() ?? null,
  createdAt: r.space.createdAt.toISOString(),
  updatedAt: r.space.updatedAt.toISOString(),
});

const noDistance = sql<number | null>`null::float8`;

const selectSpaces = (db: Db, viewerId: number | null, extra: { total: SQL<number>; distanceKm: SQL<number | null> }) =>
  db
    .select({ ...columns(viewerId), ...extra })
    .from(spaces)
    .innerJoin(users, eq(users.id, spaces.hostId))
    .innerJoin(neighbourhoods, eq(neighbourhoods.code, spaces.neighbourhoodCode));

/** A space anyone can open by id: active or paused (a paused space shows but takes no bookings). */
export async function getSpace(db: Db, id: number, viewerId: number | null): Promise<SpaceView> {
  const [row] = await selectSpaces(db, viewerId, { total: sql<number>`1`, distanceKm: noDistance }).where(and(eq(spaces.id, id), ne(spaces.status, 'deleted')));
  // A hidden space is gone for everyone but its host.
  if (!row || (row.space.hiddenAt && row.space.hostId !== viewerId)) throw notFound('공간을 찾을 수 없습니다.');
  return toSpaceView(row);
}

/** Great-circle distance in km from a point, in SQL. */
const distanceFrom = (point: readonly [number, number]) => distanceKm(spaces.lat, spaces.lng, point);

const popularity = (now: Date) =>
  sql<number>`((select count(*) from space_likes l where l.space_id = ${spaces.id}) + (select count(*) from reservations r where r.space_id = ${spaces.id} and r.status in ('confirmed', 'completed') and r.created_at >= ${new Date(now.getTime() - POPULAR_DAYS * 86_400_000).toISOString()}::timestamptz))`;

/**
 * "Free on that day": some start hour h within opening hours (whole hours, as bookings are) from
 * which a booking of the space's minimum hours, with its buffer, overlaps no hold (booking, block
 * or buffer) and has not begun. One correlated subquery over the candidate hours, each probe served
 * by the exclusion constraint's GiST index: no per-space round trip. Seoul has no DST, so the day's
 * midnight plus h hours is h o'clock.
 */
function freeSomeTimeOn(date: string, now: Date): SQL {
  const midnight = seoulInstant(date, 0).toISOString();
  const start = sql`(${midnight}::timestamptz + make_interval(hours => h.n))`;
  return sql`exists (
    select 1 from generate_series(${spaces.openHour}::int, ${spaces.closeHour} - ${spaces.minHours}) as h(n)
    where ${start} >= ${now.toISOString()}::timestamptz
      and not exists (
        select 1 from space_holds sh
        where sh.space_id = ${spaces.id}
          and tstzrange(sh.starts_at, sh.held_until, '[)') && tstzrange(${start}, ${start} + make_interval(hours => ${spaces.minHours}, mins => ${spaces.bufferMinutes}), '[)')
      )
  )`;
}

function filters(query: ListSpacesQuery, viewerId: number | null, now: Date): SQL[] {
  // Hidden spaces stay in their host's lists only.
  const where: (SQL | undefined)[] = [activeSpace(spaces.status), or(isNull(spaces.hiddenAt), eq(spaces.hostId, viewerId ?? 0))];
  if (query.type) where.push(eq(spaces.type, query.type));
  if (query.sigungu) where.push(eq(spaces.sigunguCode, query.sigungu));
  if (query.near) where.push(withinKm(spaces.lat, spaces.lng, query.near, query.radiusKm));
  if (query.date && query.start !== undefined && query.end !== undefined) {
    const from = seoulInstant(query.date, query.start);
    const to = seoulInstant(query.date, query.end);
    where.push(lte(spaces.openHour, query.start), gte(spaces.closeHour, query.end));
    // Served by the exclusion constraint's GiST index on (space_id, range).
    where.push(sql`not exists (select 1 from space_holds h where h.space_id = ${spaces.id} and tstzrange(h.starts_at, h.held_until, '[)') && tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz + make_interval(mins => ${spaces.bufferMinutes}), '[)'))`);
  }
  else if (query.date) where.push(freeSomeTimeOn(query.date, now));
  if (query.people) where.push(gte(spaces.capacity, query.people));
  if (query.q) where.push(sql`${spaces.searchText} ilike ${containsPattern(query.q)}`);
  if (query.minPrice !== undefined) where.push(gte(spaces.pricePerHour, query.minPrice));
  if (query.maxPrice !== undefined) where.push(lte(spaces.pricePerHour, query.maxPrice));
  if (query.amenities?.length) where.push(arrayContains(spaces.amenities, query.amenities));
  if (query.liked) where.push(sql`exists (select 1 from space_likes l where l.space_id = ${spaces.id} and l.user_id = ${viewerId ?? 0})`);
  return where.filter((w): w is SQL => Boolean(w));
}

function ordering(query: ListSpacesQuery, now: Date): SQL[] {
  switch (query.sort) {
    case 'price_asc':
      return [asc(spaces.pricePerHour), asc(spaces.id)];
    case 'price_desc':
      return [desc(spaces.pricePerHour), desc(spaces.id)];
    case 'popular':
      return [desc(popularity(now)), desc(spaces.id)];
    // Unrated spaces last; among equal averages the more reviewed first (the partial rating index).
    case 'rating':
      return [sql`${spaces.ratingAvg} desc nulls last`, desc(spaces.reviewCount), desc(spaces.id)];
    case 'newest':
      return [desc(spaces.createdAt), desc(spaces.id)];
    // Only with near (the schema refuses it otherwise): the radius box has already narrowed the rows.
    case 'distance':
      return query.near ? [asc(distanceFrom(query.near)), asc(spaces.id)] : [asc(spaces.id)];
  }
}

type SpacePage = { items: SpaceView[]; page: ReturnType<typeof pageInfo> };
/** A page as anyone sees it, and who hosts an active hidden space (only they see it, in their own search). */
type SharedPage = { view: SpacePage; hiddenHosts: number[] };

/**
 * Searches as anyone sees them (no like, no hidden space), shared (lib/core/shared-pages.ts): a
 * space's change records `spaces:changed` (lib/spaces/events.ts), which marks them all changed in
 * every process; a deleted or hidden space is never served from an older page.
 */
const sharedSearches = sharedPages<SharedPage>('space-searches');
export const forgetSpaceSearches = ({ removed = false } = {}) => (removed ? sharedSearches.forgetRemoved() : sharedSearches.forget());

/**
 * The same question as a column (int[]) for a statement that reads other things of the viewer's
 * (the home page's), so the likes cost no statement of their own.
 */
export const likedAmongColumn = (userId: number, spaceIds: number[]) =>
  spaceIds.length
    ? sql<number[]>`array(select ${spaceLikes.spaceId} from ${spaceLikes} where ${and(eq(spaceLikes.userId, userId), inArray(spaceLikes.spaceId, spaceIds))})`
    : sql<number[]>`'{}'::int[]`;

/**
 * A signed-in search up to the viewer's likes: the shared page and the ids whose likes are still
 * to be asked (`withLikes`), or, for a host of a hidden space on it (rare) and a `liked` filter,
 * their own search, which needs nothing more.
 */
export async function spacesBeforeLikes(db: Db, viewerId: number, query: ListSpacesQuery, now: Date): Promise<{ page: SpacePage; likesOf: number[] }> {
  const own = async () => ({ page: (await searchSpaces(db, viewerId, query, now)).view, likesOf: [] });
  if (query.liked) return own();
  const { view, hiddenHosts } = await sharedSearch(db, query, now, lastOwnWrite(viewerId));
  if (hiddenHosts.includes(viewerId)) return own();
  return { page: view, likesOf: view.items.map((s) => s.id) };
}

/** A shared page with the viewer's likes; most viewers like none of it: then it is the shared page itself (serialized once). */
export const withLikes = (page: SpacePage, liked: ReadonlySet<number>): SpacePage =>
  liked.size ? { ...page, items: page.items.map((s) => ({ ...s, isLiked: liked.has(s.id) })) } : page;

/** The search as anyone sees it, shared (never older than the reader's own last write at `ownWrite`). */
function sharedSearch(db: Db, query: ListSpacesQuery, now: Date, ownWrite: number) {
  // A page is at most a second old anyway; the minute in the key keeps a caller's own clock (jobs, tests) apart.
  const key = `${Math.floor(now.getTime() / 60_000)}|${JSON.stringify(query)}`;
  return sharedSearches.get(
    key,
    async () => {
      const loaded = await searchSpaces(db, null, query, now);
      return { ...loaded, view: sharedBody(loaded.view) };
    },
    ownWrite,
  );
}

/** Which of a page's spaces the viewer likes: from their cached likes (lib/spaces/liked-spaces.ts). */
async function likedOnPage(db: Db, viewerId: number, spaceIds: number[]): Promise<ReadonlySet<number>> {
  const liked = await likedSpaces(db, viewerId);
  return new Set(spaceIds.filter((id) => liked.has(id)));
}

/**
 * Search. The page everyone sees is shared; a signed-in viewer's likes come from their cached
 * likes, one statement when not cached (none for an empty page). A host of a hidden space (rare) and a
 * `liked` filter search on their own.
 */
export async function listSpaces(db: Db, viewerId: number | null, query: ListSpacesQuery, now: Date): Promise<SpacePage> {
  if (viewerId === null) return (await sharedSearch(db, query, now, 0)).view;
  const { page, likesOf } = await spacesBeforeLikes(db, viewerId, query, now);
  if (!likesOf.length) return page;
  return withLikes(page, await likedOnPage(db, viewerId, likesOf));
}

/**
 * One statement for the page (with the total as a window count), and a count only for an empty
 * page, which has no row to carry the total. The page's ids are picked first and only they get
 * their card's subqueries (packages, images, likes) and joins: computed for every
 * match, those were most of a broad search's time (a keyword matching hundreds of spaces).
 */
async function searchSpaces(db: Db, viewerId: number | null, query: ListSpacesQuery, now: Date): Promise<SharedPage> {
  const where = and(...filters(query, viewerId, now));
  const { page, size } = query;
  const order = ordering(query, now);
  const matches = db
    .select({
      id: spaces.id,
      total: sql<number>`(count(*) over ())::int`.as('total'),
      rank: sql<number>`row_number() over (order by ${sql.join(order, sql`, `)})`.as('rank'),
      distanceKm: (query.near ? distanceFrom(query.near) : noDistance).as('distance_km'),
    })
    .from(spaces)
    .where(where)
    .orderBy(...order)
    .limit(size)
    .offset((page - 1) * size)
    .as('matches');
  // One row even for an empty page, carrying the hidden spaces' hosts: an empty first page (a
  // date when everything nearby is booked) needs no second statement.
  const rows = await db
    .select({ ...columns(viewerId), total: matches.total, distanceKm: matches.distanceKm, hiddenHosts: sql<number[]>`meta.hidden_hosts` })
    .from(sql`(select ${hiddenHosts} as hidden_hosts) as meta`)
    .leftJoin(matches, sql`true`)
    .leftJoin(spaces, eq(spaces.id, matches.id))
    .leftJoin(users, eq(users.id, spaces.hostId))
    .leftJoin(neighbourhoods, eq(neighbourhoods.code, spaces.neighbourhoodCode))
    .orderBy(asc(matches.rank));
  const found = rows.filter((r): r is typeof r & Row & { total: number } => r.space !== null);
  const past = found.length || page === 1 ? undefined : (await db.select({ n: count() }).from(spaces).where(where))[0];
  return {
    view: { items: found.map(toSpaceView), page: pageInfo(page, size, found[0]?.total ?? past?.n ?? 0) },
    hiddenHosts: rows[0]!.hiddenHosts.map(Number),
  };
}

/** Hosts of active hidden spaces, once per statement (spaces_hidden_host_idx; there are few). */
const hiddenHosts = sql<number[]>`(select coalesce(array_agg(distinct h.host_id), '{}') from spaces h where h.hidden_at is not null and h.status = 'active')`;

/** Hour-by-hour free/busy for one Seoul calendar day within the space's opening hours. */
export async function spaceAvailability(db: Db, id: number, date: string, now: Date) {
  const [space] = await db.select().from(spaces).where(and(eq(spaces.id, id), ne(spaces.status, 'deleted')));
  if (!space) throw notFound('공간을 찾을 수 없습니다.');
  const dayStart = seoulInstant(date, space.openHour);
  const dayEnd = seoulInstant(date, space.closeHour);
  // A reservation's hold runs into its buffer; an hour is free only if a booking of it, buffer
  // included, would not overlap any hold (what the exclusion constraint will check).
  const buffer = space.bufferMinutes * 60_000;
  // A booking lies within one Seoul day's opening hours, so one price holds for the whole grid.
  const pricePerHour = hourlyPriceOn(space, date);
  const held = await db
    .select({ kind: spaceHolds.kind, startsAt: spaceHolds.startsAt, heldUntil: spaceHolds.heldUntil })
    .from(spaceHolds)
    .where(
      and(
        eq(spaceHolds.spaceId, id),
        sql`tstzrange(${spaceHolds.startsAt}, ${spaceHolds.heldUntil}, '[)') && tstzrange(${dayStart.toISOString()}::timestamptz, ${new Date(dayEnd.getTime() + buffer).toISOString()}::timestamptz, '[)')`,
      ),
    );
  const hours = [];
  for (let hour = space.openHour; hour < space.closeHour; hour++) {
    const startsAt = seoulInstant(date, hour);
    const endsAt = seoulInstant(date, hour + 1);
    const overlapping = held.filter((h) => h.startsAt.getTime() < endsAt.getTime() + buffer && h.heldUntil > startsAt);
    const taken = overlapping.length > 0;
    const reason = taken
      ? overlapping.some((h) => h.kind === 'block')
        ? 'blocked'
        : 'booked'
      : startsAt <= now
        ? 'past'
        : space.status === 'paused'
          ? 'paused'
          : 'free';
    hours.push({ hour, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), available: reason === 'free', reason, price: pricePerHour } as const);
  }
  return { date, openTime: hourLabel(space.openHour), closeTime: hourLabel(space.closeHour), dayKind: dayKind(date), holidayNames: [...holidayNames(date)], pricePerHour, hours };
}

export async function likeCount(db: Db, spaceId: number) {
  const [row] = await db.select({ n: count() }).from(spaceLikes).where(eq(spaceLikes.spaceId, spaceId));
  return row?.n ?? 0;
}

/** The 시군구 that have spaces to show, for the search's region filter (the active sigungu index). */
export async function spaceRegions(db: Db) {
  const rows = await db
    .select({ code: spaces.sigunguCode, sido: neighbourhoods.sido, sigungu: neighbourhoods.sigungu, count: count() })
    .from(spaces)
    .innerJoin(neighbourhoods, eq(neighbourhoods.code, spaces.neighbourhoodCode))
    .where(and(activeSpace(spaces.status), isNull(spaces.hiddenAt)))
    .groupBy(spaces.sigunguCode, neighbourhoods.sido, neighbourhoods.sigungu)
    .orderBy(asc(neighbourhoods.sido), asc(neighbourhoods.sigungu));
  return rows.map((r) => ({ code: r.code, name: `${r.sido} ${r.sigungu}`, count: r.count }));
}
