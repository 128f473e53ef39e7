import { eq, isNull, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { getDatabase, getDb } from '@/db/client';
import { notifications, outboxEvents } from '@/db/schema';
import { notify } from '@/lib/notifications/notify';
import { withoutWorkerDispatcher } from '@/tests/support/events';
import { createUser } from '@/tests/support/factories';
import { next, startSocketServer } from '@/tests/support/sockets';
import { registerConsumer, type DeliveredEvent } from './consumers';
import { DISPATCH_LOCK_ID, dispatchBatch, flushEvents, purgeDeliveredEvents, startDispatcher } from './dispatcher';
import { recordEvents } from './record';

const seen: DeliveredEvent[] = [];
registerConsumer({ name: 'test-recorder', scope: 'once', types: ['test:happened'], handle: (event) => void seen.push(event) });
afterEach(() => {
  seen.length = 0;
});

const happened = (n: number) => ({ type: 'test:happened', payload: { n } });
const pending = () => getDb().select().from(outboxEvents).where(isNull(outboxEvents.deliveredAt));

describe('the outbox and its dispatcher', () => {
  it('delivers what committed, once and in order, and nothing of a rolled-back transaction', async () => {
    await getDb().transaction((tx) => recordEvents(tx, [happened(1), happened(2)]));
    await getDb()
      .transaction(async (tx) => {
        await recordEvents(tx, [happened(99)]);
        throw new Error('rolled back');
      })
      .catch(() => {});
    await getDb().transaction((tx) => recordEvents(tx, [happened(3)]));
    await flushEvents();
    expect(seen.map((e) => (e.payload as { n: number }).n)).toEqual([1, 2, 3]);
    expect(await pending()).toEqual([]);
    await flushEvents();
    expect(seen).toHaveLength(3);
  });

  it('an event whose delivery crashed midway is delivered after a restart, exactly once to the socket and with one notification', async () => {
    const sockets = await startSocketServer();
    await withoutWorkerDispatcher(async () => {
      const user = await createUser();
      const client = await sockets.client(user);
      let crashes = 1;
      const crash = () => {
        if (crashes-- > 0) throw new Error('process died after claiming');
      };
      const database = getDatabase();
      await getDb().transaction(async (tx) => {
        await notify(tx, [{ userId: user.id, type: 'moderation', title: '한 번만 와야 해요' }]);
      });
      // The crash: claimed, no consumer ran, the claim rolled back with the transaction.
      await expect(dispatchBatch(database.db, { faultBeforeDelivery: crash })).rejects.toThrow('process died');
      const arrived: unknown[] = [];
      client.on('notification:new', (n) => arrived.push(n));
      const first = next(client, 'notification:new');
      const restarted = startDispatcher(database);
      await restarted.kick();
      expect(await first).toMatchObject({ title: '한 번만 와야 해요' });
      await restarted.kick();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await restarted.stop();
      expect(arrived).toHaveLength(1);
      expect(await getDb().select().from(notifications).where(eq(notifications.userId, user.id))).toHaveLength(1);
      expect(await pending()).toEqual([]);
    }).finally(() => sockets.close());
  });

  it('keeps delivered events for an hour, then the purge job deletes them', async () => {
    await getDb().transaction((tx) => recordEvents(tx, [happened(1)]));
    await flushEvents();
    expect(await purgeDeliveredEvents(getDb(), new Date(Date.now() + 30 * 60_000))).toBe(0);
    expect(await purgeDeliveredEvents(getDb(), new Date(Date.now() + 61 * 60_000))).toBe(1);
    expect(await getDb().select().from(outboxEvents)).toEqual([]);
  });

  it.runIf(process.env.DATABASE_URL)('two dispatchers racing over 200 events deliver each exactly once, each transaction’s in order (PostgreSQL)', async () => {
    const database = getDatabase();
    const [a, b] = [startDispatcher(database), startDispatcher(database)];
    try {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) => getDb().transaction((tx) => recordEvents(tx, Array.from({ length: 10 }, (__, j) => happened(i * 10 + j))))),
      );
      await Promise.all([a.kick(), b.kick(), flushEvents()]);
      for (let i = 0; i < 50 && (await pending()).length; i++) await Promise.all([a.kick(), b.kick()]);
      expect(seen).toHaveLength(200);
      const ids = seen.map((e) => e.id);
      expect(new Set(ids).size).toBe(200);
      // Concurrent transactions commit in another order than they took ids; one transaction's events keep theirs.
      const ns = seen.map((e) => (e.payload as { n: number }).n);
      for (let t = 0; t < 20; t++) {
        const ofT = ns.filter((n) => Math.floor(n / 10) === t);
        expect(ofT).toEqual([...ofT].sort((x, y) => x - y));
      }
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it.runIf(process.env.DATABASE_URL)('while another process delivers, a flush waits for its batch and then delivers what that batch had not claimed (PostgreSQL)', async () => {
    // Another process's dispatcher mid-batch: it holds the dispatch lock until its transaction ends.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const otherBatch = getDb().transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${DISPATCH_LOCK_ID})`);
      holding();
      await released;
    });
    await held;
    await getDb().transaction((tx) => recordEvents(tx, [happened(7)]));
    let flushed = false;
    const flush = flushEvents().then(() => void (flushed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(flushed).toBe(false);
    release();
    await otherBatch;
    await flush;
    // Delivered by the time the flush returns, not by a later retry.
    expect(seen.map((e) => (e.payload as { n: number }).n)).toEqual([7]);
    expect(await pending()).toEqual([]);
  });
});
