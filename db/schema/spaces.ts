import { sql, type SQL } from 'drizzle-orm';
import { type AnyPgColumn, check, doublePrecision, index, integer, pgTable, primaryKey, smallint, text } from 'drizzle-orm/pg-core';
import { id, ref, timestampNow, timestamps, timestamptz } from './columns';
import { userRef } from './accounts';
import { neighbourhoodRef, sigunguOf } from './neighbourhoods';
import { payments } from './payments';
import { spaceTypes, cancellationPolicies, spaceStatuses, reservationStatuses, bookingModes, type BookingMode, type SpaceType, type Amenity, type CancellationPolicy, type SpaceStatus, type ReservationStatus } from '../constants/spaces';
import { inList } from './in-list';
import { mapPoint } from './map-point';

/**
 * An active space, written out (not as a parameter) so PostgreSQL matches it to the partial
 * indexes' predicate in every plan of a prepared statement: with a parameter the generic plan
 * could use none of them, so every search paid 2 ms of planning for a custom one.
 */
export const activeSpace = (status: AnyPgColumn | SQL) => sql`${status} = 'active'`;
import { tagArray, type ReviewTag } from '../constants/reviews';


export const spaces = pgTable(
  'spaces',
  {
    id: id(),
    hostId: userRef('restrict'),
    title: text().notNull(),
    type: text().$type<SpaceType>().notNull(),
    description: text().notNull(),
    address: text().notNull(),
    neighbourhoodCode: neighbourhoodRef('restrict'),
    /** The first five digits of a 행정동 code are its 시군구, the `sigungu` search filter. */
    sigunguCode: sigunguOf(),
    /** The neighbourhood's centroid when the host gives no coordinates. */
    lat: doublePrecision().notNull(),
    lng: doublePrecision().notNull(),
    capacity: integer().notNull(),
    pricePerHour: integer().notNull(),
    /** Prices on Saturdays and Sundays, and on Korean public holidays; null = the weekday price. */
    weekendPricePerHour: integer(),
    holidayPricePerHour: integer(),
    minHours: smallint().notNull().default(1),
    /** Whole hours in Asia/Seoul: open 0..23, close 1..24 (24 = midnight at the end of the day). */
    openHour: smallint().notNull(),
    closeHour: smallint().notNull(),
    amenities: text().array().$type<Amenity[]>().notNull().default(sql`'{}'::text[]`),
    cancellationPolicy: text().$type<CancellationPolicy>().notNull(),
    /** Minutes kept free after each booking (cleaning, handover): part of the booking's held range. */
    bufferMinutes: smallint().notNull().default(0),
    /** `approval`: a paid booking waits as `requested` until the host accepts within approvalHours. */
    bookingMode: text().$type<BookingMode>().notNull().default('instant'),
    approvalHours: smallint().notNull().default(24),
    /**
     * The secret of the host's iCal feed (a calendar app polls it without a session). Two v4
     * UUIDs are 244 random bits from PostgreSQL's strong source; rotating it (lib/spaces/calendar.ts)
     * cuts off every old subscription.
     */
    calendarKey: text()
      .notNull()
      .default(sql`replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')`),
    status: text().$type<SpaceStatus>().notNull().default('active'),
    /** Kept by the review insert in its transaction, so search and sort read the rating from the row. */
    ratingSum: integer().notNull().default(0),
    reviewCount: integer().notNull().default(0),
    ratingAvg: doublePrecision().generatedAlwaysAs(sql`case when review_count > 0 then rating_sum::float8 / review_count end`),
    /** Title and description, for the keyword search's trigram index. */
    searchText: text()
      .notNull()
      .generatedAlwaysAs(sql`title || ' ' || description`),
    /** Set by reports reaching the threshold or by an admin: off every list but its author's view. */
    hiddenAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    check('spaces_type_check', inList('type', spaceTypes)),
    check('spaces_status_check', inList('status', spaceStatuses)),
    check('spaces_cancellation_policy_check', inList('cancellation_policy', cancellationPolicies)),
    check('spaces_capacity_check', sql`${t.capacity} between 1 and 1000`),
    check('spaces_price_check', sql`${t.pricePerHour} > 0`),
    check('spaces_day_prices_check', sql`coalesce(${t.weekendPricePerHour}, 1) > 0 and coalesce(${t.holidayPricePerHour}, 1) > 0`),
    check('spaces_booking_mode_check', inList('booking_mode', bookingModes)),
    check('spaces_approval_hours_check', sql`${t.approvalHours} between 1 and 72`),
    check('spaces_buffer_minutes_check', sql`${t.bufferMinutes} between 0 and 240`),
    check('spaces_min_hours_check', sql`${t.minHours} between 1 and 24`),
    check('spaces_hours_check', sql`${t.openHour} between 0 and 23 and ${t.closeHour} between 1 and 24 and ${t.openHour} < ${t.closeHour}`),
    index('spaces_host_id_idx').on(t.hostId, t.createdAt.desc()),
    index('spaces_active_rating_idx').on(t.ratingAvg.desc().nullsLast(), t.reviewCount.desc(), t.id.desc()).where(activeSpace(t.status)),
    index('spaces_active_created_idx').on(t.createdAt.desc(), t.id.desc()).where(activeSpace(t.status)),
    index('spaces_active_price_idx').on(t.pricePerHour, t.id).where(activeSpace(t.status)),
    index('spaces_active_type_idx').on(t.type, t.createdAt.desc()).where(activeSpace(t.status)),
    index('spaces_active_sigungu_idx').on(t.sigunguCode, t.createdAt.desc()).where(activeSpace(t.status)),
    // Nearest first and within a radius (lib/map/nearby.ts).
    index('spaces_active_position_idx').using('gist', mapPoint(t.lat, t.lng)).where(activeSpace(t.status)),
    index('spaces_active_capacity_idx').on(t.capacity).where(activeSpace(t.status)),
    index('spaces_amenities_idx').using('gin', t.amenities),
    index('spaces_search_text_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    // Shared searches ask who hosts a hidden space (they alone see it in their own search).
    index('spaces_hidden_host_idx').on(t.hostId).where(sql`${t.hiddenAt} is not null and ${activeSpace(t.status)}`),
  ],
);

export type Space = typeof spaces.$inferSelect;

/** A fixed time range with its own price (주간 09–15 …): booking one is booking that range. */
export const spacePackages = pgTable(
  'space_packages',
  {
    id: id(),
    spaceId: ref(() => spaces.id, 'cascade'),
    name: text().notNull(),
    startHour: smallint().notNull(),
    endHour: smallint().notNull(),
    price: integer().notNull(),
  },
  (t) => [
    index('space_packages_space_id_idx').on(t.spaceId, t.startHour),
    check('space_packages_hours_check', sql`${t.startHour} between 0 and 23 and ${t.endHour} between 1 and 24 and ${t.startHour} < ${t.endHour}`),
    check('space_packages_price_check', sql`${t.price} > 0`),
  ],
);

export type SpacePackage = typeof spacePackages.$inferSelect;

export const spaceLikes = pgTable(
  'space_likes',
  {
    spaceId: ref(() => spaces.id, 'cascade'),
    userId: userRef('cascade'),
    createdAt: timestampNow(),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.userId] }), index('space_likes_user_id_idx').on(t.userId, t.createdAt.desc())],
);

export const reservations = pgTable(
  'reservations',
  {
    id: id(),
    spaceId: ref(() => spaces.id, 'restrict'),
    guestId: userRef('restrict'),
    packageId: integer().references(() => spacePackages.id, { onDelete: 'set null' }),
    startsAt: timestamptz().notNull(),
    endsAt: timestamptz().notNull(),
    people: integer().notNull(),
    amount: integer().notNull(),
    status: text().$type<ReservationStatus>().notNull().default('pending_payment'),
    paymentId: integer().references(() => payments.id, { onDelete: 'set null' }),
    bookerName: text().notNull(),
    bookerPhone: text().notNull(),
    purpose: text().notNull().default(''),
    requestNote: text().notNull().default(''),
    cancelledBy: text().$type<'guest' | 'host'>(),
    refundedAmount: integer().notNull().default(0),
    /** A `requested` booking expires (full refund) unless the host answers by then. */
    respondBy: timestamptz(),
    /** The host's reason when declining a request or cancelling. */
    hostReason: text(),
    ...timestamps(),
    cancelledAt: timestamptz(),
  },
  (t) => [
    check('reservations_status_check', inList('status', reservationStatuses)),
    check('reservations_range_check', sql`${t.startsAt} < ${t.endsAt}`),
    check('reservations_people_check', sql`${t.people} >= 1`),
    check('reservations_amount_check', sql`${t.amount} > 0`),
    check('reservations_cancelled_by_check', sql`${t.cancelledBy} is null or ${t.cancelledBy} in ('guest', 'host')`),
    index('reservations_guest_starts_idx').on(t.guestId, t.startsAt.desc(), t.id.desc()),
    index('reservations_space_starts_idx').on(t.spaceId, t.startsAt),
    index('reservations_confirmed_ends_idx').on(t.endsAt).where(sql`${t.status} = 'confirmed'`),
    index('reservations_created_idx').on(t.spaceId, t.createdAt),
    index('reservations_requested_respond_idx').on(t.respondBy).where(sql`${t.status} = 'requested'`),
  ],
);

export type Reservation = typeof reservations.$inferSelect;

/** A guest's review of a space, one per completed reservation (the unique reservation id). */
export const spaceReviews = pgTable(
  'space_reviews',
  {
    id: id(),
    spaceId: ref(() => spaces.id, 'cascade'),
    reservationId: integer()
      .notNull()
      .unique('space_reviews_reservation_id_unique')
      .references(() => reservations.id, { onDelete: 'cascade' }),
    authorId: userRef('cascade'),
    rating: smallint().notNull(),
    comment: text().notNull().default(''),
    tags: text().array().$type<ReviewTag[]>().notNull().default(sql`'{}'::text[]`),
    createdAt: timestampNow(),
  },
  (t) => [
    check('space_reviews_rating_check', sql`${t.rating} between 1 and 5`),
    check('space_reviews_tags_check', sql.raw(`tags <@ ${tagArray}`)),
    check('space_reviews_comment_check', sql`char_length(${t.comment}) <= 1000`),
    index('space_reviews_space_created_idx').on(t.spaceId, t.createdAt.desc(), t.id.desc()),
  ],
);

export type SpaceReview = typeof spaceReviews.$inferSelect;

/** The host's review of the guest, one per finished reservation; it feeds the guest's temperature. */
export const guestReviews = pgTable(
  'guest_reviews',
  {
    id: id(),
    reservationId: integer()
      .notNull()
      .unique('guest_reviews_reservation_id_unique')
      .references(() => reservations.id, { onDelete: 'cascade' }),
    authorId: userRef('cascade'),
    guestId: userRef('cascade'),
    rating: smallint().notNull(),
    comment: text().notNull().default(''),
    tags: text().array().$type<ReviewTag[]>().notNull().default(sql`'{}'::text[]`),
    createdAt: timestampNow(),
  },
  (t) => [
    check('guest_reviews_rating_check', sql`${t.rating} between 1 and 5`),
    check('guest_reviews_comment_check', sql`char_length(${t.comment}) <= 1000`),
    check('guest_reviews_tags_check', sql.raw(`tags <@ ${tagArray}`)),
    index('guest_reviews_guest_created_idx').on(t.guestId, t.createdAt),
  ],
);

export type GuestReview = typeof guestReviews.$inferSelect;

/**
 * Every stretch of a space's time that is taken: a host's block, or an active reservation plus the
 * space's buffer (rows of kind `reservation` are kept by a trigger on reservations). One exclusion
 * constraint over this table (in the migration) keeps blocks and bookings from ever overlapping.
 */
export const spaceHolds = pgTable(
  'space_holds',
  {
    id: id(),
    spaceId: ref(() => spaces.id, 'cascade'),
    kind: text().$type<'reservation' | 'block'>().notNull(),
    reservationId: integer()
      .unique('space_holds_reservation_id_unique')
      .references(() => reservations.id, { onDelete: 'cascade' }),
    startsAt: timestamptz().notNull(),
    endsAt: timestamptz().notNull(),
    /** endsAt plus the buffer for a reservation; endsAt for a block. */
    heldUntil: timestamptz().notNull(),
    reason: text().notNull().default(''),
    createdAt: timestampNow(),
  },
  (t) => [
    check('space_holds_kind_check', sql`${t.kind} in ('reservation', 'block') and (${t.kind} = 'reservation') = (${t.reservationId} is not null)`),
    check('space_holds_range_check', sql`${t.startsAt} < ${t.endsAt} and ${t.endsAt} <= ${t.heldUntil}`),
    check('space_holds_reason_check', sql`char_length(${t.reason}) <= 100`),
    index('space_holds_space_starts_idx').on(t.spaceId, t.startsAt),
  ],
);

export type SpaceHold = typeof spaceHolds.$inferSelect;
