import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as healthRoute from '@/app/api/health/route';
import * as openApiRoute from '@/app/api/openapi.json/route';
import { call } from '../support/http';

// The document's JSON, walked freely: its shape is what these tests check.
type OpenApiDocument = { openapi: string; paths: Record<string, any> };

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? routeFiles(full) : name === 'route.ts' ? [full] : [];
  });
}

describe('ops', () => {
  it('reports health with the database engine', async () => {
    const res = await call(healthRoute.GET, { path: '/api/health' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', db: { ok: true, engine: expect.stringMatching(/pglite|postgres/) } });
  });

  it('documents every route handler and method in the OpenAPI document', async () => {
    const doc = (await call(openApiRoute.GET, { path: '/api/openapi.json' })).body as unknown as OpenApiDocument;
    expect(doc.openapi).toBe('3.1.0');
    const root = path.join(process.cwd(), 'app');
    const missing: string[] = [];
    for (const file of routeFiles(path.join(root, 'api'))) {
      const route = path.dirname(path.relative(root, file)).replace(/\[(\w+)\]/g, '{$1}');
      if (route.includes('[...')) continue; // next-auth's own routes
      const methods = [...readFileSync(file, 'utf8').matchAll(/export const (GET|POST|PATCH|PUT|DELETE)\b/g)].map((m) => m[1]!);
      for (const m of methods) if (!doc.paths[`/${route}`]?.[m.toLowerCase()]) missing.push(`${m} /${route}`);
    }
    expect(missing).toEqual([]);
  });

  it('describes request bodies and field errors from the zod schemas', async () => {
    const doc = (await call(openApiRoute.GET, { path: '/api/openapi.json' })).body as unknown as OpenApiDocument;
    const signUp = doc.paths['/api/users'].post;
    expect(Object.keys(signUp.requestBody.content['application/json'].schema.properties)).toEqual(
      expect.arrayContaining(['email', 'username', 'password', 'passwordConfirm', 'neighbourhoodCode']),
    );
    expect(signUp.responses['400'].content['application/problem+json']).toBeDefined();
  });
});
