import type { IncomingMessage, ServerResponse } from 'node:http';
import { problemBody } from './problem';

/**
 * Next answers a method a route file does not export with an empty 405 before any of our code
 * runs. For /api that answer gets the problem+json body every other API error has.
 */
export function problemForBare405(req: IncomingMessage, res: ServerResponse) {
  if (!req.url?.startsWith('/api/')) return;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((...args: unknown[]) => {
    if (res.statusCode === 405 && !res.headersSent && !res.hasHeader('content-type') && typeof args[0] !== 'string' && !Buffer.isBuffer(args[0])) {
      const body = JSON.stringify(problemBody(405, `${req.method} 요청은 이 경로에서 쓸 수 없습니다.`));
      res.setHeader('content-type', 'application/problem+json');
      res.setHeader('content-length', Buffer.byteLength(body));
      return end(body);
    }
    return end(...args);
  }) as ServerResponse['end'];
}
