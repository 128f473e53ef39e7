import { and, count, desc, eq, getTableName, ilike, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { adminActions, chatMessages, communityComments, communityPosts, games, mealPosts, reports, spaces, users, type ReportTargetType } from '@/db/schema';
import { containsPattern } from '@/db/like';
import { pageInfo } from '@/lib/core/pagination';
import { targetResolvers } from '@/lib/reports/targets';
import type { AdminContentQuery, AdminUsersQuery, ReportQueueQuery } from './schema';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

async function usernames(db: Db, ids: number[]) {
  if (!ids.length) return new Map<number, string>();
  const rows = await db.select({ id: users.id, username: users.username }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.username]));
}

/**
 * The queue: reports grouped by target (newest report first, or most distinct reporters
 * first), each with the target as it is now and its reports.
 */
export async function reportQueue(db: Db, query: ReportQueueQuery) {
  const where = and(query.status === 'open' ? eq(reports.status, 'open') : undefined, query.type ? eq(reports.targetType, query.type) : undefined);
  const reporters = sql<number>`count(distinct ${reports.reporterId})::int`;
  const last = sql<Date>`max(${reports.createdAt})`;
  const groups = await db
    .select({
      targetType: reports.targetType,
      targetId: reports.targetId,
      reporters,
      openReports: sql<number>`(count(*) filter (where ${reports.status} = 'open'))::int`,
      last,
      total: sql<number>`(count(*) over ())::int`,
    })
    .from(reports)
    .where(where)
    .groupBy(reports.targetType, reports.targetId)
    .orderBy(...(query.sort === 'most' ? [desc(reporters), desc(last)] : [desc(last)]), desc(reports.targetId))
    .limit(query.size)
    .offset((query.page - 1) * query.size);
  const items = await Promise.all(
    groups.map(async (g) => {
      const [target, rows] = await Promise.all([
        targetResolvers[g.targetType].find(db, g.targetId),
        db
          .select({ report: reports, username: users.username })
          .from(reports)
          .innerJoin(users, eq(users.id, reports.reporterId))
          .where(and(eq(reports.targetType, g.targetType), eq(reports.targetId, g.targetId), where))
          .orderBy(desc(reports.createdAt))
          .limit(50),
      ]);
      const owners = await usernames(db, target ? [target.ownerId] : []);
      return {
        target: summary(g.targetType, g.targetId, target, owners),
        openReports: g.openReports,
        reporters: g.reporters,
        lastReportedAt: iso(g.last)!,
        reports: rows.map((r) => ({
          id: r.report.id,
          reporter: { id: r.report.reporterId, username: r.username },
          reason: r.report.reason,
          text: r.report.text,
          status: r.report.status,
          createdAt: r.report.createdAt.toISOString(),
        })),
      };
    }),
  );
  return { items, page: pageInfo(query.page, query.size, groups[0]?.total ?? 0) };
}

function summary(
  type: ReportTargetType,
  id: number,
  target: Awaited<ReturnType<(typeof targetResolvers)['post']['find']>>,
  owners: Map<number, string>,
) {
  if (!target) return { type, id, exists: false, title: '삭제된 대상', excerpt: '', link: null, hiddenAt: null, owner: null };
  return {
    type,
    id,
    exists: true,
    title: target.title,
    excerpt: target.excerpt,
    link: target.link,
    hiddenAt: iso(target.hiddenAt),
    owner: { id: target.ownerId, username: owners.get(target.ownerId) ?? '' },
  };
}

// Spelled out: drizzle leaves a lone table's columns unqualified, which would bind to the subquery's own table.
const countOf = (table: string, column: string, extra = '') =>
  sql<number>`(select count(*)::int from ${sql.raw(table)} c where c.${sql.raw(column)} = "users"."id"${sql.raw(extra)})`;

/** Users by part of the name or email, with what they have done and how often they were reported. */
export async function listUsersForAdmin(db: Db, query: AdminUsersQuery) {
  const conditions: (SQL | undefined)[] = [];
  if (query.q) {
    const pattern = containsPattern(query.q);
    conditions.push(or(ilike(users.username, pattern), ilike(users.email, pattern)));
  }
  if (query.status === 'suspended') conditions.push(sql`${users.suspendedUntil} > now()`);
  if (query.status === 'banned') conditions.push(isNotNull(users.bannedAt));
  if (query.status === 'deleted') conditions.push(eq(users.isActive, false));
  if (query.status === 'admin') conditions.push(eq(users.role, 'admin'));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        user: users,
        posts: countOf('meal_posts', 'author_id'),
        messages: countOf('chat_messages', 'user_id', " and c.kind = 'text'"),
        games: countOf('games', 'host_id'),
        spaces: countOf('spaces', 'host_id'),
        reportsAgainst: countOf('reports', 'target_user_id'),
      })
      .from(users)
      .where(where)
      .orderBy(desc(users.createdAt), desc(users.id))
      .limit(query.size)
      .offset((query.page - 1) * query.size),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return {
    items: rows.map(({ user, ...counts }) => ({
      id: user.id,
      email: user.email,
      username: user.username,
      role: user.role,
      isActive: user.isActive,
      deletedAt: iso(user.deletedAt),
      suspendedUntil: iso(user.suspendedUntil),
      suspensionReason: user.suspensionReason,
      bannedAt: iso(user.bannedAt),
      createdAt: user.createdAt.toISOString(),
      counts,
    })),
    page: pageInfo(query.page, query.size, total?.n ?? 0),
  };
}

type ContentTable = { table: PgTable; id: PgColumn; owner: PgColumn; title: SQL | PgColumn; text: PgColumn; hiddenAt: PgColumn; createdAt: PgColumn; extra?: SQL; parent?: PgColumn };

const contentTables: Record<AdminContentQuery['type'], ContentTable> = {
  post: { table: mealPosts, id: mealPosts.id, owner: mealPosts.authorId, title: mealPosts.title, text: mealPosts.content, hiddenAt: mealPosts.hiddenAt, createdAt: mealPosts.createdAt },
  message: {
    table: chatMessages,
    id: chatMessages.id,
    owner: chatMessages.userId,
    title: sql<string>`(select r.title from chat_rooms r where r.id = ${chatMessages.roomId})`,
    text: chatMessages.body,
    hiddenAt: chatMessages.hiddenAt,
    createdAt: chatMessages.createdAt,
    extra: sql`${chatMessages.userId} is not null`,
  },
  game: { table: games, id: games.id, owner: games.hostId, title: games.title, text: games.description, hiddenAt: games.hiddenAt, createdAt: games.createdAt },
  space: { table: spaces, id: spaces.id, owner: spaces.hostId, title: spaces.title, text: spaces.description, hiddenAt: spaces.hiddenAt, createdAt: spaces.createdAt, extra: sql`${spaces.status} <> 'deleted'` },
  community_post: {
    table: communityPosts,
    id: communityPosts.id,
    owner: communityPosts.authorId,
    title: communityPosts.title,
    text: communityPosts.content,
    hiddenAt: communityPosts.hiddenAt,
    createdAt: communityPosts.createdAt,
  },
  community_comment: {
    table: communityComments,
    id: communityComments.id,
    owner: communityComments.authorId,
    title: sql<string>`(select p.title from community_posts p where p.id = ${communityComments.postId})`,
    text: communityComments.content,
    parent: communityComments.postId,
    hiddenAt: communityComments.hiddenAt,
    createdAt: communityComments.createdAt,
  },
};

/** Where an item of the content lists opens in the app. */
const contentLink = (type: AdminContentQuery['type'], id: number, parentId: number | null) =>
  ({ post: `/posts/${id}`, game: `/games/${id}`, space: `/spaces/${id}`, community_post: `/community/${id}`, community_comment: `/community/${parentId}`, message: null })[type];

/** Content of one type, newest first, optionally only what is hidden. */
export async function listContentForAdmin(db: Db, query: AdminContentQuery) {
  const t = contentTables[query.type];
  const where = and(t.extra, query.hidden === undefined ? undefined : query.hidden ? isNotNull(t.hiddenAt) : sql`${t.hiddenAt} is null`);
  const rows = await db
    .select({
      id: sql<number>`${t.id}`.mapWith(Number),
      ownerId: sql<number>`${t.owner}`,
      parentId: t.parent ? sql<number>`${t.parent}` : sql<null>`null`,
      username: users.username,
      title: sql<string>`${t.title}`,
      text: sql<string>`${t.text}`,
      hiddenAt: sql<string | null>`${t.hiddenAt}`,
      createdAt: sql<string>`${t.createdAt}`,
      openReports: sql<number>`(select count(*)::int from reports r where r.target_type = ${query.type} and r.target_id = ${sql.raw(`"${getTableName(t.table)}"."id"`)} and r.status = 'open')`,
      total: sql<number>`(count(*) over ())::int`,
    })
    .from(t.table)
    .innerJoin(users, eq(users.id, t.owner))
    .where(where)
    .orderBy(desc(t.createdAt), desc(t.id))
    .limit(query.size)
    .offset((query.page - 1) * query.size);
  return {
    items: rows.map((r) => {
      const link = contentLink(query.type, r.id, r.parentId);
      return {
        type: query.type,
        id: r.id,
        exists: true,
        title: r.title,
        excerpt: r.text.length > 200 ? `${r.text.slice(0, 200)}…` : r.text,
        link,
        hiddenAt: iso(r.hiddenAt),
        owner: { id: Number(r.ownerId), username: r.username },
        createdAt: iso(r.createdAt)!,
        openReports: r.openReports,
      };
    }),
    page: pageInfo(query.page, query.size, rows[0]?.total ?? 0),
  };
}

/** The audit log, newest first. */
export async function listAuditLog(db: Db, { page, size }: { page: number; size: number }) {
  const [rows, [total]] = await Promise.all([
    db
      .select({ action: adminActions, username: users.username })
      .from(adminActions)
      .innerJoin(users, eq(users.id, adminActions.adminId))
      .orderBy(desc(adminActions.createdAt), desc(adminActions.id))
      .limit(size)
      .offset((page - 1) * size),
    db.select({ n: count() }).from(adminActions),
  ]);
  return {
    items: rows.map(({ action: a, username }) => ({
      id: a.id,
      admin: { id: a.adminId, username },
      action: a.action,
      targetType: a.targetType,
      targetId: a.targetId,
      reason: a.reason,
      details: a.details,
      createdAt: a.createdAt.toISOString(),
    })),
    page: pageInfo(page, size, total?.n ?? 0),
  };
}
