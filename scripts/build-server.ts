/**
 * Compiles server.ts and the /api route files to plain JavaScript in dist/ (part of `npm run
 * build`), so production runs on node without a TypeScript loader. One bundle with shared
 * chunks: the direct /api path (lib/process/direct-api.ts) imports dist/app/api/**\/route.js,
 * which share the server's own copy of lib/. Packages stay in node_modules (external).
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const routeFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === 'route.ts' ? [full] : [];
  });

rmSync('dist', { recursive: true, force: true });
const started = Date.now();
await build({
  entryPoints: ['server.ts', ...routeFiles('app/api')],
  outdir: 'dist',
  outbase: '.',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  tsconfig: 'tsconfig.json',
  // Stack traces in production logs point at the TypeScript sources.
  sourcemap: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
console.log(`> server compiled to dist/ in ${Date.now() - started} ms`);
