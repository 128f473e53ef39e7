import { join } from 'node:path';
import { closeDatabase, getDatabase } from '@/db/client';
import { needsSeed, seedDemo } from '@/db/seed';
import { settleBackground } from '@/lib/core/background';
import { closeRedis } from '@/lib/core/redis';
import { loadEnv } from '@/lib/env';
import { startDispatcher } from '@/lib/events/dispatcher';
import { startSweeper } from '@/lib/jobs/sweeper';
import { startPushWorker } from '@/lib/push/worker';
import { startWebhookWorker } from '@/lib/webhooks/sender';
import { apiRouter } from '@/lib/process/api-routes';
import { directApi } from '@/lib/process/direct-api';
import { boundHeapGrowth, followSocketCount } from '@/lib/process/heap-growth';
import { createHttpServer, onShutdown, prepareNext } from '@/lib/process/http-server';
import { registerConsumers, registerJobs, registerPaymentPurposes } from '@/lib/process/register';
import { configureAuth, prepareDatabase } from '@/lib/process/startup';
import { attachSocketServer } from '@/lib/realtime/socket-server';
import { e2eFixtures } from '@/lib/reservations/e2e-fixtures';

const dev = process.argv.includes('--dev');
// `npm run demo`: the production build, but with development's generated secrets and demo data (a newcomer's fast first run).
const demo = process.argv.includes('--demo');
if (!dev) boundHeapGrowth();
const env = loadEnv();
configureAuth(env, { dev: dev || demo });
registerPaymentPurposes({ demo: env.PAYMENTS_DEMO_PURPOSE });
registerJobs();
registerConsumers();

const database = getDatabase();
const seedIfEmpty = async () => {
  if (await needsSeed(database.db)) console.log('> seeded demo data', await seedDemo(database.db));
};
await prepareDatabase(database, { alone: !env.REDIS_URL, seed: (env.SEED_DEMO ?? (dev || demo)) ? seedIfEmpty : undefined });

const app = await prepareNext(dev);
// Development keeps Next's path for /api (its compiler watches the route files). The route files
// sit next to this file: app/ beside server.ts, dist/app/ beside the compiled dist/server.js.
const routes = join(import.meta.dirname, 'app');
const api = !dev && env.API_DISPATCH === 'direct' ? directApi(apiRouter(routes, { skip: ['/api/auth/'] }), { trustProxy: env.TRUST_PROXY }) : undefined;
const server = createHttpServer(app, { trustProxy: env.TRUST_PROXY, fixtures: env.E2E_FIXTURES ? e2eFixtures(database.db) : undefined, api });
const sockets = attachSocketServer(server, database.db, { redisUrl: env.REDIS_URL });
const stopHeapFollow = dev ? () => {} : followSocketCount(() => sockets.io.engine.clientsCount);
const dispatcher = startDispatcher(database);
const stopSweeper = startSweeper(database.db);
const pushWorker = startPushWorker(database);
const webhookWorker = startWebhookWorker(database);

server.listen(env.PORT, env.HOST, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  console.log(`> Dongne ready on http://localhost:${port} (${dev ? 'development' : 'production'}, ${database.engine})`);
});

onShutdown(async () => {
  // io.close() stops the HTTP server from accepting and disconnects every socket.
  stopHeapFollow();
  await sockets.close();
  server.closeAllConnections();
  await stopSweeper();
  await dispatcher.stop();
  await pushWorker.stop();
  await webhookWorker.stop();
  await settleBackground();
  await app.close();
  await closeRedis();
  await closeDatabase();
});
