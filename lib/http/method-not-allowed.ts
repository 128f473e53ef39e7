import type { IncomingMessage, ServerResponse } from 'node:http';
import { problemBody } from './problem';

/**
 * Next answers a method a route file does not export with an empty 405 before any of our code
 * runs (and flushes its headers before ending). For /api that answer gets the problem+json
 * body every other API error has: the type is set as the head goes out, the body at the end.
 */
export function problemForBare405(req: IncomingMessage, res: ServerResponse) {
  if (!req.url?.startsWith('/api/')) return;
  let bare = false;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status === 405 && !res.hasHeader('content-type')) {
      bare = true;
      res.setHeader('content-type', 'application/problem+json');
    }
    return writeHead(status, ...rest);
  }) as ServerResponse['writeHead'];
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((...args: unknown[]) => {
    if (!res.headersSent && res.statusCode === 405 && !res.hasHeader('content-type')) {
      bare = true;
      res.setHeader('content-type', 'application/problem+json');
    }
    const chunk = args[0];
    const empty = chunk === undefined || typeof chunk === 'function' || ((typeof chunk === 'string' || chunk instanceof Uint8Array) && chunk.length === 0);
    if (bare && empty) return end(JSON.stringify(problemBody(405, `${req.method} 요청은 이 경로에서 쓸 수 없습니다.`)));
    return end(...args);
  }) as ServerResponse['end'];
}
