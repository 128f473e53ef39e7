import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import next from 'next';

type Fixtures = (req: IncomingMessage, res: ServerResponse) => boolean;

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

/** Clients can't choose the address the login throttle sees: it is set here on every request. */
function recordClientIp(req: IncomingMessage, trustProxy: boolean) {
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0]?.trim() : '';
  req.headers['x-dongne-client-ip'] = forwarded || req.socket.remoteAddress || 'unknown';
}

export function createHttpServer(app: Awaited<ReturnType<typeof prepareNext>>, { trustProxy, fixtures }: { trustProxy: boolean; fixtures?: Fixtures }) {
  const server = createServer((req, res) => {
    recordClientIp(req, trustProxy);
    if (fixtures?.(req, res)) return;
    void app.handle(req, res);
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
