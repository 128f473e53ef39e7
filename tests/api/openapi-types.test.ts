import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { clientRoutes } from '@/scripts/client-routes-source';
import { openApiTypes } from '@/scripts/openapi-types-source';

it('lib/http/openapi-types.ts is generated from the current document (npm run openapi:types)', async () => {
  const committed = readFileSync(path.resolve(import.meta.dirname, '../../lib/http/openapi-types.ts'), 'utf8');
  expect(committed === (await openApiTypes()), 'lib/http/openapi-types.ts is behind /api/openapi.json: run npm run openapi:types').toBe(true);
});

it('lib/http/routes.ts lists every endpoint as its module defines it (npm run openapi:types)', async () => {
  const committed = readFileSync(path.resolve(import.meta.dirname, '../../lib/http/routes.ts'), 'utf8');
  expect(committed === (await clientRoutes()), 'lib/http/routes.ts is behind lib/<domain>/endpoints.ts: run npm run openapi:types').toBe(true);
});
