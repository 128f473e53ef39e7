import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as openApiRoute from '@/app/api/openapi.json/route';
import { apiRouter } from '@/lib/process/api-routes';
import { call } from '../support/http';

const router = apiRouter(path.resolve(import.meta.dirname, '../../app'), { skip: ['/api/auth/'] });
const concrete = (docPath: string) => docPath.replace(/\{[^}]+\}/g, '7');

describe('the direct /api router (production serves /api without Next)', () => {
  it('finds, for every operation of the document, the route file Next would run, exporting that method', async () => {
    const doc = (await call(openApiRoute.GET, { path: '/api/openapi.json' })).body as unknown as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(doc.paths).flatMap(([p, item]) => Object.keys(item).map((method) => ({ path: p, method: method.toUpperCase() })));
    expect(operations.length).toBeGreaterThan(100);
    for (const op of operations) {
      const found = router.match(concrete(op.path));
      expect(found?.route.path, op.path).not.toBe('/api/[...slug]');
      expect(found?.route.path.replace(/\[(?:\.\.\.)?(\w+)\]/g, '{$1}'), op.path).toBe(op.path);
      expect(typeof (await router.handlers(found!.route))[op.method], `${op.method} ${op.path}`).toBe('function');
    }
  });

  it('prefers static segments over [param] over [...rest], as Next does, and decodes params', () => {
    expect(router.match('/api/users/me')?.route.path).toBe('/api/users/me');
    expect(router.match('/api/users/12')).toMatchObject({ route: { path: '/api/users/[id]' }, params: { id: '12' } });
    expect(router.match('/api/users/%ED%95%9C')?.params).toEqual({ id: '한' });
    expect(router.match('/api/no/such/path')).toMatchObject({ route: { path: '/api/[...slug]' }, params: { slug: ['no', 'such', 'path'] } });
  });

  it('leaves next-auth to Next and keeps a part that is not valid percent-encoding as sent', () => {
    expect(router.match('/api/auth/session')).toBeUndefined();
    expect(router.match('/api/auth/callback/kakao')).toBeUndefined();
    expect(router.match('/api/users/%E0%A4%A')?.params).toEqual({ id: '%E0%A4%A' });
  });
});
