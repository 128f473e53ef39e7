import { readFile } from 'node:fs/promises';
import path from 'node:path';

// Read once per process; the bundle comes from npm (package-lock pins it) and never from a CDN.
let bundle: Promise<Buffer> | undefined;

/** Scalar's standalone API reference bundle, for /docs. */
export async function GET() {
  bundle ??= readFile(path.join(process.cwd(), 'node_modules/@scalar/api-reference/dist/browser/standalone.js'));
  return new Response(new Uint8Array(await bundle), {
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  });
}
