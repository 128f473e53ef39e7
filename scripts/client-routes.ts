/**
 * Writes lib/http/routes.ts, the browser's view of every endpoint (see lib/http/route.ts).
 * Committed; tests/api/openapi-types.test.ts fails when it is behind the endpoint modules.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { clientRoutes } from './client-routes-source';

const target = path.resolve(import.meta.dirname, '../lib/http/routes.ts');
writeFileSync(target, await clientRoutes());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
