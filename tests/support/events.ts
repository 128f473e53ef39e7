import { asc, eq } from 'drizzle-orm';
import { getDatabase, getDb } from '../../db/client';
import { outboxEvents } from '../../db/schema';
import type { Audience } from '../../lib/events/audience';
import { startDispatcher } from '../../lib/events/dispatcher';

type Dispatcher = ReturnType<typeof startDispatcher>;
const key = Symbol.for('dongne.test.dispatcher');
const holder = globalThis as typeof globalThis & { [key]?: Dispatcher };

export const setWorkerDispatcher = (dispatcher: Dispatcher) => {
  holder[key] = dispatcher;
};

/** Runs `body` with this worker's dispatcher stopped (a crashed process), then starts it again. */
export async function withoutWorkerDispatcher<T>(body: () => Promise<T>): Promise<T> {
  await holder[key]?.stop();
  try {
    return await body();
  } finally {
    holder[key] = startDispatcher(getDatabase());
  }
}

/** What the outbox holds of one type (delivered or not), oldest first: what a change caused. */
export async function recordedEvents<P = Record<string, unknown>>(type: string) {
  const rows = await getDb().select().from(outboxEvents).where(eq(outboxEvents.type, type)).orderBy(asc(outboxEvents.id));
  return rows.map((r) => ({ payload: r.payload as P, audience: r.audience as Audience }));
}

/** Users told of each `notification:new`, with its type. */
export const notifiedUsers = async () =>
  (await recordedEvents<{ type: string }>('notification:new')).map((e) => [e.audience.users![0]!, e.payload.type] as const);
