/**
 * Event latency, commit → socket, on the production server over real PostgreSQL (npm run build first):
 *   npx tsx bench/events.ts
 * This process commits 200 transactions per second for 20 s, each writing one notification and
 * its `notification:new` event into the outbox; the server's dispatcher (woken by NOTIFY) delivers
 * them to a connected Socket.IO client. Latency is from the commit returning here to the event
 * arriving at the client. Target: p99 < 50 ms, nothing lost or duplicated.
 */
import { io as connect } from 'socket.io-client';
import { openDatabase } from '@/db/client';
import { provideEnv } from '@/lib/env';
import { users } from '@/db/schema';
import { signAccessToken } from '@/lib/accounts/access-token';
import { notify } from '@/lib/notifications/notify';
import { freshDatabase, startServer, table } from './support/server';
import { percentile } from './support/stats';

const RATE = 200;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const PORT = 3303;

const database = await freshDatabase('dongne_bench_events');
provideEnv('AUTH_SECRET', 'bench-secret-bench-secret-bench-secret-0123456789');
const server = await startServer({ port: PORT, databaseUrl: database.url });
const db = openDatabase({ url: database.url });
try {
  const [user] = await db.db.insert(users).values({ email: 'events@bench.test', username: '이벤트', passwordHash: null, neighbourhoodCode: '5011058000' }).returning();
  const token = await signAccessToken({ userId: user!.id, tokenVersion: user!.tokenVersion });
  const client = connect(server.base, { transports: ['websocket'], auth: { token }, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    client.once('connect', () => resolve());
    client.once('connect_error', reject);
  });

  const committedAt = new Map<string, number>();
  const arrivals = new Map<string, number>();
  let duplicates = 0;
  client.on('notification:new', (n: { title: string }) => {
    if (arrivals.has(n.title)) duplicates++;
    arrivals.set(n.title, performance.now());
  });

  let sent = 0;
  const total = RATE * SECONDS;
  const commits: Promise<void>[] = [];
  await new Promise<void>((resolve) => {
    // 200 commits/s as 2 every 10 ms.
    const timer = setInterval(() => {
      for (let i = 0; i < RATE / 100 && sent < total; i++) {
        const title = `e${sent++}`;
        commits.push(
          db.db
            .transaction((tx) => notify(tx, [{ userId: user!.id, type: 'moderation', title }]))
            .then(() => void committedAt.set(title, performance.now())),
        );
      }
      if (sent >= total) {
        clearInterval(timer);
        resolve();
      }
    }, 10);
  });
  await Promise.all(commits);
  await new Promise((r) => setTimeout(r, 2000));
  client.disconnect();

  // An event can reach the client before the commit's promise resolves here: that counts as 0 ms.
  const latencies = [...committedAt].map(([title, t]) => Math.max(0, (arrivals.get(title) ?? Infinity) - t)).filter(Number.isFinite);
  console.log(
    table([
      {
        'events/s': RATE,
        committed: committedAt.size,
        delivered: arrivals.size,
        lost: committedAt.size - arrivals.size,
        duplicates,
        'p50 ms': percentile(latencies, 50),
        'p99 ms': percentile(latencies, 99),
      },
    ]),
  );
  console.log(`commit → socket p99 ${percentile(latencies, 99)} ms (target < 50)`);
} finally {
  await db.close();
  await server.stop();
  await database.drop();
}
