/**
 * Writes lib/http/openapi-types.ts: TypeScript types of GET /api/openapi.json, made by
 * openapi-typescript from the same document the server publishes. Committed, so consumers and
 * tests/api (openapi-fetch) type-check against it; `npm run build` regenerates it and
 * tests/api/openapi-types.test.ts fails when the committed file is behind the document.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openApiTypes } from './openapi-types-source';

const target = path.resolve(import.meta.dirname, '../lib/http/openapi-types.ts');
writeFileSync(target, await openApiTypes());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
