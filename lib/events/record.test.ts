import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { getDatabase, getDb } from '@/db/client';
import { sendMessage } from '@/lib/chat/mutations';
import { createTestPost } from '@/tests/support/boards';
import { createUser } from '@/tests/support/factories';
import { countingEvents } from './record';

const CHANNEL = 'outbox_events';
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

/** Every payload NOTIFY outbox_events brings to a listener of its own, in arrival (commit) order. */
async function listen() {
  const payloads: string[] = [];
  const database = getDatabase();
  const onNotify = (payload: string) => void payloads.push(payload);
  if (database.engine === 'pglite') stops.push(await database.pglite.listen(CHANNEL, onNotify));
  else stops.push((await database.client.listen(CHANNEL, onNotify)).unlisten);
  /** Notifications are delivered in commit order: once a marker sent now has arrived, everything committed before it has too. */
  const settled = async (marker: string) => {
    await getDb().execute(sql`select pg_notify(${CHANNEL}, ${marker})`);
    await expect.poll(() => payloads.includes(marker)).toBe(true);
    return payloads.splice(0, payloads.indexOf(marker) + 1).slice(0, -1);
  };
  return { settled };
}

describe('how a statement with its event wakes the dispatchers', () => {
  it("inside a request that counts its events (which wakes this process's dispatcher itself) it sends no NOTIFY; elsewhere it does", async () => {
    const author = await createUser();
    const post = await createTestPost(author);
    const { settled } = await listen();
    await settled('before');

    const inRequest = { count: 0 };
    await countingEvents(inRequest, () => sendMessage(getDb(), author, post.chatRoomId, { body: '요청 안에서' }));
    expect(inRequest.count).toBe(1);
    expect(await settled('after the request')).toEqual([]);

    await sendMessage(getDb(), author, post.chatRoomId, { body: '요청 밖에서' });
    expect(await settled('after the job')).toEqual(['']);
  });
});
