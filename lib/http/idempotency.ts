import { createHash } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { idempotencyKeys } from '@/db/schema';
import { conflict } from '@/lib/core/domain-error';

export type StoredResponse = { status: number; body: unknown };

export const requestHash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/**
 * Runs `run` once per (user, key). The same key with the same request gets the stored response
 * again; with a different request, or while the first is still running, 409. A failed first
 * attempt stores nothing, so it can be retried with the same key.
 */
export async function withIdempotency(
  db: Db,
  { userId, key, hash }: { userId: number; key: string; hash: string },
  run: () => Promise<StoredResponse>,
): Promise<StoredResponse> {
  const [claimed] = await db.insert(idempotencyKeys).values({ userId, key, requestHash: hash }).onConflictDoNothing().returning();
  if (!claimed) {
    const [row] = await db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
    if (!row || row.requestHash !== hash) {
      throw conflict('같은 Idempotency-Key로 다른 요청을 보냈습니다.', undefined, 'idempotency_key_reused');
    }
    if (row.status === null) throw conflict('같은 요청을 아직 처리하고 있습니다. 잠시 후 다시 시도해 주세요.', undefined, 'in_progress');
    return { status: row.status, body: row.response };
  }
  try {
    const result = await run();
    await db
      .update(idempotencyKeys)
      .set({ status: result.status, response: result.body })
      .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
    return result;
  } catch (error) {
    await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
    throw error;
  }
}

/** Sweeper job: keys are honoured for a day. */
export const deleteOldIdempotencyKeys = (db: Db, now: Date) =>
  db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - 86_400_000)));
