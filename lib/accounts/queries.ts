import { and, asc, count, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { preparedPerDb } from '@/db/prepared';
import { neighbourhoods, users, type User } from '@/db/schema';
import { notFound } from '@/lib/core/domain-error';
import { pageInfo } from '@/lib/http/pagination';
import type { NeighbourhoodRef } from '@/lib/neighbourhoods/schema';
import type { Me, PublicUser } from './schema';

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
  neighbourhood,
  emailVerified: user.emailVerifiedAt !== null,
  createdAt: user.createdAt.toISOString(),
});

export const toMe = (row: UserRow): Me => ({
  ...toPublicUser(row),
  email: row.user.email,
  hasPassword: row.user.passwordHash !== null,
  role: row.user.role,
  // A suspension that has ended is no longer shown.
  suspendedUntil: row.user.suspendedUntil && row.user.suspendedUntil > new Date() ? row.user.suspendedUntil.toISOString() : null,
  suspensionReason: row.user.suspendedUntil && row.user.suspendedUntil > new Date() ? row.user.suspensionReason : null,
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

/** Deleted accounts are not found: their content stays, but the profile is gone. */
export async function getPublicUser(db: Db, id: number): Promise<PublicUser> {
  const [row] = await selectUsers(db)
    .where(and(eq(users.id, id), eq(users.isActive, true)))
    .limit(1);
  if (!row) throw notFound('사용자를 찾을 수 없습니다.');
  return toPublicUser(row);
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
 * deleted users never appear.
 */
export async function searchUsers(db: Db, { q, page, size }: { q: string; page: number; size: number }) {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const where = and(
    eq(users.isActive, true),
    or(eq(sql`lower(${users.email})`, q.toLowerCase()), ilike(users.username, pattern)),
  );
  const [rows, [total]] = await Promise.all([
    selectUsers(db)
      .where(where)
      .orderBy(sql`lower(${users.username}) = ${q.toLowerCase()} desc`, asc(users.username))
      .limit(size)
      .offset((page - 1) * size),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { items: rows.map(toPublicUser), page: pageInfo(page, size, total?.n ?? 0) };
}
