/**
 * Oversized bodies on the production server (npm run build first): npx tsx bench/hostile-bodies.ts
 * Sends a 200 MB chunked body (no Content-Length) as JSON to POST /api/tokens and as multipart
 * to PUT /api/users/me/avatar, and measures the time to the 413 and the server's RSS growth.
 * Targets: 413 within 1 s, RSS growth < 20 MB.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { freshDatabase, signUpAndToken, startServer, table } from './support/server';

const PORT = 3305;
const MB = 1024 * 1024;

function rssOf(pid: number) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.replace(/\D/g, '')) / 1024;
}

/** Streams up to 200 MB until the answer arrives; resolves with its status and the time it took. */
function send(base: string, path: string, method: string, headers: Record<string, string>, prefix: string) {
  return new Promise<{ status: number; ms: number; sentMb: number }>((resolve, reject) => {
    const started = performance.now();
    let sent = 0;
    let answered = false;
    const req = request(`${base}${path}`, { method, headers: { ...headers, 'transfer-encoding': 'chunked' } }, (res) => {
      answered = true;
      res.resume();
      resolve({ status: res.statusCode!, ms: Math.round(performance.now() - started), sentMb: Math.round(sent / MB) });
      req.destroy();
    });
    req.on('error', (e) => (answered ? undefined : reject(e)));
    req.write(prefix);
    const chunk = Buffer.alloc(MB, 0x20);
    const pump = () => {
      while (!answered && sent < 200 * MB) {
        sent += MB;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

const db = await freshDatabase('bench_bodies');
const server = await startServer({ port: PORT, databaseUrl: db.url });
try {
  const { pid } = server;
  const { accessToken } = await signUpAndToken(server.base, 'bodies@bench.test', '벤치바디');
  const rows = [];
  for (const [name, path, method, headers, prefix] of [
    ['json', '/api/tokens', 'POST', { 'content-type': 'application/json' }, '{"email":"'],
    ['multipart', '/api/users/me/avatar', 'PUT', { 'content-type': 'multipart/form-data; boundary=x', authorization: `Bearer ${accessToken}` },
      '--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n'],
  ] as const) {
    const before = rssOf(pid);
    const result = await send(server.base, path, method, headers, prefix);
    rows.push({ body: name, status: result.status, 'ms to answer': result.ms, 'MB sent by then': result.sentMb, 'RSS growth MB': Math.round(rssOf(pid) - before) });
  }
  console.log(table(rows));
} finally {
  await server.stop();
  await db.drop();
}
