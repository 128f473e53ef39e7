import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { preparedPerDb } from '@/db/prepared';
import { blocks, friendships, neighbourhoods, users, type User } from '@/db/schema';
import { containsPattern } from '@/db/like';
import { notFound } from '@/lib/core/domain-error';
import { pageInfo } from '@/lib/core/pagination';
import type { NeighbourhoodRef } from '@/lib/neighbourhoods/schema';
import type { Me, Profile, PublicUser } from './schema';
import { avatarUrl } from './user-ref';
import { temperatureOf, verifiedNeighbourhoodOf } from './trust-views';

type UserRow = { user: User; neighbourhood: NeighbourhoodRef };

const neighbourhoodColumns = {
  code: neighbourhoods.code,
  sido: neighbourhoods.sido,
  sigungu: neighbourhoods.sigungu,
  dong: neighbourhoods.dong,
};

const selectUsers = (db: Db) =>
  db
    .select({ user: users, neighbourhood: neighbourhoodColumns })
    .from(users)
    .innerJoin(neighbourhoods, eq(neighbourhoods.code, users.neighbourhoodCode));

export const toPublicUser = ({ user, neighbourhood }: UserRow): PublicUser => ({
  id: user.id,
  username: user.username,
  bio: user.bio,
  status: user.status,
  isPrivate: user.isPrivate,
  neighbourhood,
  emailVerified: user.emailVerifiedAt !== null,
  avatarUrl: avatarUrl(user.avatarKey, 256),
  createdAt: user.createdAt.toISOString(),
  ...optional('verifiedNeighbourhood', verifiedNeighbourhoodOf(user, neighbourhood.dong)),
  temperature: temperatureOf(user),
});

/** `{ key: value }`, or nothing when the value is undefined (an absent optional field, not null). */
const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as { [P in K]: V }));

export const toMe = (row: UserRow): Me => ({
  ...toPublicUser(row),
  email: row.user.email,
  hasPassword: row.user.passwordHash !== null,
  role: row.user.role,
  // A suspension that has ended is no longer shown.
  suspendedUntil: row.user.suspendedUntil && row.user.suspendedUntil > new Date() ? row.user.suspendedUntil.toISOString() : null,
  suspensionReason: row.user.suspendedUntil && row.user.suspendedUntil > new Date() ? row.user.suspensionReason : null,
  neighbourhoodNeedsConfirmation: row.user.neighbourhoodNeedsConfirmation,
  updatedAt: row.user.updatedAt.toISOString(),
});

export async function getUserRow(db: Db, id: number): Promise<UserRow | undefined> {
  const [row] = await selectUsers(db).where(eq(users.id, id)).limit(1);
  return row;
}

export async function getMe(db: Db, userId: number): Promise<Me> {
  const row = await getUserRow(db, userId);
  if (!row) throw notFound('사용자를 찾을 수 없습니다.');
  return toMe(row);
}

/** Viewer-relative flags of a profile row; null viewer = signed out. */
const viewerColumns = (viewerId: number | null) => ({
  // The owner listed the viewer as a friend: a private profile opens to them.
  listsViewer: viewerId
    ? sql<boolean>`exists (select 1 from ${friendships} f where f.user_id = ${users.id} and f.friend_id = ${viewerId})`
    : sql<boolean>`false`,
  isFriend: viewerId
    ? sql<boolean>`exists (select 1 from ${friendships} f where f.user_id = ${viewerId} and f.friend_id = ${users.id})`
    : sql<boolean>`false`,
  isBlocked: viewerId
    ? sql<boolean>`exists (select 1 from ${blocks} b where b.blocker_id = ${viewerId} and b.blocked_id = ${users.id})`
    : sql<boolean>`false`,
});

type ProfileRow = UserRow & { listsViewer: boolean; isFriend: boolean; isBlocked: boolean };

export function toProfile(row: ProfileRow, viewerId: number | null): Profile {
  const { user } = row;
  const isVisible = !user.isPrivate || user.id === viewerId || Boolean(row.listsViewer);
  const full = toPublicUser(row);
  return {
    id: user.id,
    username: user.username,
    isPrivate: user.isPrivate,
    isVisible,
    bio: isVisible ? full.bio : null,
    status: isVisible ? full.status : null,
    neighbourhood: isVisible ? full.neighbourhood : null,
    emailVerified: isVisible ? full.emailVerified : null,
    createdAt: isVisible ? full.createdAt : null,
    avatarUrl: isVisible ? full.avatarUrl : null,
    ...(isVisible && optional('verifiedNeighbourhood', full.verifiedNeighbourhood)),
    temperature: full.temperature,
    reviewTags: user.reviewTagCounts,
    isFriend: Boolean(row.isFriend),
    isBlocked: Boolean(row.isBlocked),
  };
}

const selectProfiles = (db: Db, viewerId: number | null) =>
  db
    .select({ user: users, neighbourhood: neighbourhoodColumns, ...viewerColumns(viewerId) })
    .from(users)
    .innerJoin(neighbourhoods, eq(neighbourhoods.code, users.neighbourhoodCode));

/** Users who blocked the viewer don't exist for them. */
const notBlockingViewer = (viewerId: number | null): SQL | undefined =>
  viewerId ? sql`not exists (select 1 from ${blocks} b where b.blocker_id = ${users.id} and b.blocked_id = ${viewerId})` : undefined;

/** Deleted accounts are not found: their content stays, but the profile is gone. */
export async function getProfile(db: Db, id: number, viewerId: number | null): Promise<Profile> {
  const [row] = await selectProfiles(db, viewerId)
    .where(and(eq(users.id, id), eq(users.isActive, true)))
    .limit(1);
  if (!row) throw notFound('사용자를 찾을 수 없습니다.');
  return toProfile(row, viewerId);
}

const activeUserById = preparedPerDb((db) =>
  db
    .select()
    .from(users)
    .where(and(eq(users.id, sql.placeholder('id')), eq(users.isActive, true)))
    .limit(1)
    .prepare('active_user_by_id'),
);

/** Runs on every authenticated request, so it is prepared once. */
export async function findActiveUser(db: Db, id: number): Promise<User | undefined> {
  const [user] = await activeUserById(db).execute({ id });
  return user;
}

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1);
  return user;
}

/**
 * By exact email (so addresses can't be harvested by fragments) or by part of the username;
 * deleted users and users who blocked the viewer never appear.
 */
export async function searchUsers(db: Db, viewerId: number, { q, page, size }: { q: string; page: number; size: number }) {
  const pattern = containsPattern(q);
  const where = and(
    eq(users.isActive, true),
    notBlockingViewer(viewerId),
    or(eq(sql`lower(${users.email})`, q.toLowerCase()), ilike(users.username, pattern)),
  );
  const [rows, [total]] = await Promise.all([
    selectProfiles(db, viewerId)
      .where(where)
      .orderBy(sql`lower(${users.username}) = ${q.toLowerCase()} desc`, asc(users.username))
      .limit(size)
      .offset((page - 1) * size),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { items: rows.map((r) => toProfile(r, viewerId)), page: pageInfo(page, size, total?.n ?? 0) };
}
