import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import next from 'next';
import { closeDatabase, getDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { needsSeed, seedDemo } from '@/db/seed';
import { ensureAuthSecret } from '@/lib/auth/secret';
import { problemForBare405 } from '@/lib/http/method-not-allowed';
import { API_CONTENT_SECURITY_POLICY, baseSecurityHeaders } from '@/lib/http/security-headers';
import { settleBackground } from '@/lib/core/background';
import { loadEnv } from '@/lib/env';
import '@/lib/jobs/foundation-jobs';
import '@/lib/jobs/game-jobs';
import '@/lib/jobs/payment-jobs';
import '@/lib/jobs/home-jobs';
import '@/lib/jobs/reservation-jobs';
import { startSweeper } from '@/lib/jobs/sweeper';
import { closeRedis } from '@/lib/ops/redis';
import { configuredAdminEmails, grantAdminByEmail } from '@/lib/moderation/admin-emails';
import { registerDemoPurpose } from '@/lib/payments/demo-purpose';
// Registers the `reservation` payment purpose (on globalThis, so Next's route bundles see it).
import '@/lib/reservations/purpose';
import { e2eFixtures } from '@/lib/reservations/e2e-fixtures';
import { attachSocketServer } from '@/lib/realtime/socket-server';
import { resetPresence } from '@/lib/friends/mutations';

const dev = process.argv.includes('--dev');
const env = loadEnv();
ensureAuthSecret(!dev);
// Without a configured public URL, next-auth builds its URLs from the Host header.
if (!env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST = 'true';
if (!dev && !env.NEXTAUTH_URL && !process.env.APP_ORIGINS) {
  console.warn('> NEXTAUTH_URL is not set: links in mail (password reset, verification) follow each request\'s Host header');
}

if (process.env.PAYMENTS_DEMO_PURPOSE === '1') registerDemoPurpose();

const database = getDatabase();
await migrateDatabase(database);
// One process alone: nobody can be connected yet, whatever a crash left marked online.
if (!env.REDIS_URL) await resetPresence(database.db);
const admins = await grantAdminByEmail(database.db, configuredAdminEmails());
if (admins.length) console.log(`> ADMIN_EMAILS: ${admins.map((a) => a.email).join(', ')} are admins now`);
if (env.SEED_DEMO ?? dev) {
  if (await needsSeed(database.db)) console.log('> seeded demo data', await seedDemo(database.db));
}

// Next attaches its own upgrade listener (HMR in dev) to the server it is given, and would
// end /socket.io/ websockets; it gets an emitter of its own, fed below with every other upgrade.
const nextUpgrades = new EventEmitter();
const app = next({ dev, dir: process.cwd(), httpServer: nextUpgrades as Server });
await app.prepare();
const handleRequest = app.getRequestHandler();

/**
 * Clients can't choose the address the login throttle sees: it is set here on every request.
 * Without a trusted proxy, forwarded host and scheme are dropped too, so Next (which fills them
 * in from the connection when absent) and the CSRF check see where the request really came.
 */
function recordClientAddress(req: IncomingMessage) {
  const forwarded = env.TRUST_PROXY ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0]?.trim() : '';
  req.headers['x-dongne-client-ip'] = forwarded || req.socket.remoteAddress || 'unknown';
  if (!env.TRUST_PROXY) {
    delete req.headers['x-forwarded-host'];
    delete req.headers['x-forwarded-proto'];
  }
}

/** Headers every response carries; pages get their nonce CSP from proxy.ts instead of the API one. */
function setSecurityHeaders(req: IncomingMessage, res: ServerResponse) {
  const https = 'encrypted' in req.socket || req.headers['x-forwarded-proto'] === 'https';
  for (const [name, value] of Object.entries(baseSecurityHeaders({ https }))) res.setHeader(name, value);
  if (req.url?.startsWith('/api/')) res.setHeader('content-security-policy', API_CONTENT_SECURITY_POLICY);
}

const fixtures = process.env.E2E_FIXTURES === '1' ? e2eFixtures(database.db) : null;
const server = createServer((req, res) => {
  recordClientAddress(req);
  setSecurityHeaders(req, res);
  problemForBare405(req, res);
  if (fixtures?.(req, res)) return;
  void handleRequest(req, res);
});
const sockets = attachSocketServer(server, database.db, { redisUrl: env.REDIS_URL });
server.on('upgrade', (req, socket, head) => {
  // engine.io answers /socket.io/ upgrades through its own listener.
  if (req.url?.startsWith('/socket.io/')) return;
  nextUpgrades.emit('upgrade', req, socket, head);
});

const stopSweeper = startSweeper(database.db);

server.listen(env.PORT, env.HOST, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  console.log(`> Dongne ready on http://localhost:${port} (${dev ? 'development' : 'production'}, ${database.engine})`);
});

let shuttingDown = false;
async function shutdown(signal: string) {
  if (shuttingDown) return;
  shuttingDown = true;
  console.log(`> ${signal}: shutting down`);
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  // io.close() stops the HTTP server from accepting and disconnects every socket.
  await sockets.close();
  server.closeAllConnections();
  await stopSweeper();
  await settleBackground();
  await app.close?.();
  await closeRedis();
  await closeDatabase();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
