import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import next from 'next';
import { problemForBare405 } from '@/lib/http/method-not-allowed';
import { API_CONTENT_SECURITY_POLICY, baseSecurityHeaders } from '@/lib/http/security-headers';

type Fixtures = (req: IncomingMessage, res: ServerResponse) => boolean;
/** Serves an /api request itself, or answers false to leave it to Next (lib/process/direct-api.ts). */
type DirectApi = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/**
 * Next's request handler. Next attaches its own upgrade listener (HMR in dev) to the server it
 * is given and would end /socket.io/ websockets: it gets an emitter of its own instead, fed by
 * `createHttpServer` with every other upgrade.
 */
export async function prepareNext(dev: boolean) {
  const upgrades = new EventEmitter();
  const app = next({ dev, dir: process.cwd(), httpServer: upgrades as Server });
  await app.prepare();
  return { handle: app.getRequestHandler(), upgrades, close: async () => app.close?.() };
}

/**
 * Clients can't choose the address the login throttle sees: it is set here on every request.
 * Without a trusted proxy, forwarded host and scheme are dropped too, so Next (which fills them
 * in from the connection when absent) and the CSRF check see where the request really came.
 */
function recordClientAddress(req: IncomingMessage, trustProxy: boolean) {
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0]?.trim() : '';
  req.headers['x-dongne-client-ip'] = forwarded || req.socket.remoteAddress || 'unknown';
  if (!trustProxy) {
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

export function createHttpServer(
  app: Awaited<ReturnType<typeof prepareNext>>,
  { trustProxy, fixtures, api }: { trustProxy: boolean; fixtures?: Fixtures; api?: DirectApi },
) {
  const viaNext = (req: IncomingMessage, res: ServerResponse) => {
    problemForBare405(req, res);
    void app.handle(req, res);
  };
  const server = createServer((req, res) => {
    recordClientAddress(req, trustProxy);
    setSecurityHeaders(req, res);
    if (fixtures?.(req, res)) return;
    if (api && req.url?.startsWith('/api/')) {
      api(req, res).then(
        (served) => served || viaNext(req, res),
        // A body stream that failed mid-response: end this one connection, never the process.
        (error: unknown) => {
          console.error(JSON.stringify({ level: 'error', method: req.method, path: req.url?.split('?', 1)[0], message: 'direct /api response failed' }), error);
          res.destroy();
        },
      );
      return;
    }
    viaNext(req, res);
  });
  server.on('upgrade', (req, socket, head) => {
    // engine.io answers /socket.io/ upgrades through its own listener.
    if (req.url?.startsWith('/socket.io/')) return;
    app.upgrades.emit('upgrade', req, socket, head);
  });
  return server;
}

/** On SIGTERM or SIGINT, `steps` once, then exit; a shutdown that hangs is cut after 10 s. */
export function onShutdown(steps: () => Promise<void>) {
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log(`> ${signal}: shutting down`);
    setTimeout(() => process.exit(1), 10_000).unref();
    await steps();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
