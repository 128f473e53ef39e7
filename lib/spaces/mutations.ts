import { and, eq, gt, inArray, ne } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { reservations, spaceLikes, spacePackages, spaces, type Space, type User } from '@/db/schema';
import { systemClock, type Clock } from '@/lib/core/clock';
import { conflict, fieldError, forbidden, invalid, notFound, type FieldErrors } from '@/lib/core/domain-error';
import { isForeignKeyViolation } from '@/lib/core/pg-errors';
import { placeAt } from '@/lib/neighbourhoods/locate';
import { assertCanListSpace } from './policy';
import { recordEvent } from '@/lib/events/record';
import { recordSpacesChanged, recordSpacesRemoved, spaceLikesChanged } from './events';
import { likeCount } from './queries';
import { hoursProblems, type CreateSpaceInput, type UpdateSpaceInput } from './schema';

const packageRows = (spaceId: number, packages: CreateSpaceInput['packages']) =>
  packages.map((p) => ({ spaceId, name: p.name, startHour: p.startTime, endHour: p.endTime, price: p.price }));

export async function createSpace(db: Db, host: User, input: CreateSpaceInput, clock: Clock = systemClock): Promise<Space> {
  assertCanListSpace(host);
  const now = clock();
  return db.transaction(async (tx) => {
    const place = await placeAt(tx, input);
    const [space] = await tx
      .insert(spaces)
      .values({
        hostId: host.id,
        title: input.title,
        type: input.type,
        description: input.description,
        address: input.address,
        ...place,
        capacity: input.capacity,
        pricePerHour: input.pricePerHour,
        weekendPricePerHour: input.weekendPricePerHour,
        holidayPricePerHour: input.holidayPricePerHour,
        minHours: input.minHours,
        openHour: input.openTime,
        closeHour: input.closeTime,
        amenities: input.amenities,
        cancellationPolicy: input.cancellationPolicy,
        bufferMinutes: input.bufferMinutes,
        bookingMode: input.bookingMode,
        approvalHours: input.approvalHours,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (input.packages.length) await tx.insert(spacePackages).values(packageRows(space!.id, input.packages));
    await recordSpacesChanged(tx);
    return space!;
  });
}

/**
 * The host's own space, locked for the change; someone else's is 403, a missing or deleted one 404.
 * Every host change to a space passes here, so it also records `spaces:changed` in the change's
 * transaction (gone again if the change rolls back).
 */
export async function lockHostedSpace(tx: Db, host: User, id: number, { changing = true }: { changing?: boolean } = {}) {
  const [space] = await tx.select().from(spaces).where(and(eq(spaces.id, id), ne(spaces.status, 'deleted'))).for('update');
  if (!space) throw notFound('공간을 찾을 수 없습니다.');
  if (space.hostId !== host.id) throw forbidden('내 공간만 바꿀 수 있습니다.');
  // A check before slow work (an upload's encoding) changes nothing yet, so it tells nobody.
  if (changing) await recordSpacesChanged(tx);
  return space;
}

function problemsToFields(problems: ReturnType<typeof hoursProblems>): FieldErrors {
  return Object.fromEntries(problems.map((p) => [p.path.join('.'), [p.message]]));
}

export async function updateSpace(db: Db, host: User, id: number, input: UpdateSpaceInput, clock: Clock = systemClock): Promise<Space> {
  return db.transaction(async (tx) => {
    const space = await lockHostedSpace(tx, host, id);
    const packages =
      input.packages ??
      (await tx.select().from(spacePackages).where(eq(spacePackages.spaceId, id))).map((p) => ({ startTime: p.startHour, endTime: p.endHour }));
    const problems = hoursProblems({
      openTime: input.openTime ?? space.openHour,
      closeTime: input.closeTime ?? space.closeHour,
      minHours: input.minHours ?? space.minHours,
      packages,
    });
    if (problems.length) throw invalid('입력값을 확인해 주세요.', problemsToFields(problems));
    const { packages: newPackages, openTime, closeTime, lat, lng, neighbourhoodCode, ...fields } = input;
    // A new point moves the pin and its dong; a new dong alone moves the pin to its centre.
    const place = neighbourhoodCode || lat != null || lng != null ? await placeAt(tx, { neighbourhoodCode, lat, lng }) : {};
    const [updated] = await tx
      .update(spaces)
      .set({
        ...fields,
        ...(openTime !== undefined && { openHour: openTime }),
        ...(closeTime !== undefined && { closeHour: closeTime }),
        ...place,
        updatedAt: clock(),
      })
      .where(eq(spaces.id, id))
      .returning()
      .catch((error: unknown) => {
        if (isForeignKeyViolation(error)) throw fieldError('neighbourhoodCode', '동네를 찾을 수 없습니다.');
        throw error;
      });
    if (newPackages) {
      await tx.delete(spacePackages).where(eq(spacePackages.spaceId, id));
      if (newPackages.length) await tx.insert(spacePackages).values(packageRows(id, newPackages));
    }
    return updated!;
  });
}

/**
 * Deleting keeps the row (as `deleted`) for the guests' past reservations. Refused while any
 * booking that holds time is still ahead; reservation creation takes a share lock on the
 * space, so none can slip in between the check and the delete.
 */
export async function deleteSpace(db: Db, host: User, id: number, clock: Clock = systemClock) {
  await db.transaction(async (tx) => {
    await lockHostedSpace(tx, host, id);
    const now = clock();
    const [upcoming] = await tx
      .select({ id: reservations.id })
      .from(reservations)
      .where(and(eq(reservations.spaceId, id), inArray(reservations.status, ['pending_payment', 'requested', 'confirmed']), gt(reservations.endsAt, now)))
      .limit(1);
    if (upcoming) throw conflict('다가오는 예약이 있어 삭제할 수 없습니다. 대신 공간을 일시 중지하세요.', undefined, 'has_upcoming_reservations');
    await tx.update(spaces).set({ status: 'deleted', updatedAt: now }).where(eq(spaces.id, id));
    await tx.delete(spaceLikes).where(eq(spaceLikes.spaceId, id));
    await recordSpacesRemoved(tx);
  });
}

async function assertVisibleSpace(db: Db, id: number) {
  const [space] = await db.select({ id: spaces.id }).from(spaces).where(and(eq(spaces.id, id), ne(spaces.status, 'deleted')));
  if (!space) throw notFound('공간을 찾을 수 없습니다.');
}

export async function likeSpace(db: Db, user: User, spaceId: number) {
  await assertVisibleSpace(db, spaceId);
  await db.transaction(async (tx) => {
    await tx.insert(spaceLikes).values({ spaceId, userId: user.id }).onConflictDoNothing();
    await recordEvent(tx, spaceLikesChanged(user.id));
  });
  return { liked: true, likeCount: await likeCount(db, spaceId) };
}

export async function unlikeSpace(db: Db, user: User, spaceId: number) {
  await assertVisibleSpace(db, spaceId);
  await db.transaction(async (tx) => {
    await tx.delete(spaceLikes).where(and(eq(spaceLikes.spaceId, spaceId), eq(spaceLikes.userId, user.id)));
    await recordEvent(tx, spaceLikesChanged(user.id));
  });
  return { liked: false, likeCount: await likeCount(db, spaceId) };
}

