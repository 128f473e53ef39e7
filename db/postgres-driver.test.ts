import postgres from 'postgres';
import { describe, expect, it } from 'vitest';

// `max_pipeline` is a real option the typings leave out.
const withPipeline = (options: { max: number; max_pipeline: number }) => ({ ...options, onnotice: () => {} }) as postgres.Options<Record<string, never>>;

/**
 * postgres.js 3.4.9 could write a transaction's BEGIN without reserving its connection (when BEGIN
 * filled the connection's pipeline) and hand a connection back to the pool mid-transaction on a
 * socket drain, so unrelated queries ran inside someone's transaction (porsager/postgres#1189,
 * #1207). patches/postgres+3.4.9.patch (applied by `postinstall`) fixes both; this proves it is applied.
 */
describe.runIf(process.env.DATABASE_URL)('postgres.js transactions (patched driver, PostgreSQL)', () => {
  it('reserves the connection for BEGIN even when BEGIN fills the pipeline', async () => {
    // With no pipelining every query fills it, so unpatched every sql.begin fails UNSAFE_TRANSACTION.
    const sql = postgres(process.env.DATABASE_URL!, withPipeline({ max: 2, max_pipeline: 0 }));
    try {
      const [row] = await sql.begin((tx) => tx`select 1 as ok`);
      expect(row).toEqual({ ok: 1 });
    } finally {
      await sql.end({ timeout: 2 });
    }
  });

  it('never runs another query inside an open transaction, under concurrent load', async () => {
    const sql = postgres(process.env.DATABASE_URL!, withPipeline({ max: 3, max_pipeline: 2 }));
    const outsiders: boolean[] = [];
    try {
      await Promise.all([
        ...Array.from({ length: 5 }, () => sql`select pg_sleep(0.05)`),
        ...Array.from({ length: 10 }, () =>
          sql.begin(async (tx) => {
            await tx`select txid_current()`;
            await new Promise((resolve) => setTimeout(resolve, 20));
            await tx`select 1`;
          }),
        ),
        // A query outside any transaction sees no transaction id of its own.
        ...Array.from({ length: 20 }, async () => {
          const [row] = await sql<{ inside: boolean }[]>`select txid_current_if_assigned() is not null as inside`;
          outsiders.push(row!.inside);
        }),
      ]);
      expect(outsiders).toHaveLength(20);
      expect(outsiders.every((inside) => !inside)).toBe(true);
    } finally {
      await sql.end({ timeout: 2 });
    }
  });
});
