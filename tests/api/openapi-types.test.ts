import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openApiTypes } from '@/scripts/openapi-types-source';

it('lib/http/openapi-types.ts is generated from the current document (npm run openapi:types)', async () => {
  const committed = readFileSync(path.resolve(import.meta.dirname, '../../lib/http/openapi-types.ts'), 'utf8');
  expect(committed === (await openApiTypes()), 'lib/http/openapi-types.ts is behind /api/openapi.json: run npm run openapi:types').toBe(true);
});
