import { describe, expect, it } from 'vitest';
import { conflict, rateLimited } from '@/lib/core/domain-error';
import { describeError, InputError } from './error-map';

const pg = (code: string) => Object.assign(new Error('db'), { cause: Object.assign(new Error(code), { code }) });

describe('describeError', () => {
  it('maps every PostgreSQL data exception (class 22) to 400 and constraint conflicts to 409', () => {
    for (const code of ['22P05', '22021', '22003', '22007', '22008', '22P02', '2201X', '22023']) {
      expect(describeError(pg(code))).toMatchObject({ status: 400, logAs: expect.stringContaining(code) });
    }
    for (const code of ['23505', '23P01', '23514']) expect(describeError(pg(code))?.status).toBe(409);
  });

  it('leaves anything else unknown (a logged 500)', () => {
    expect(describeError(pg('42P01'))).toBeUndefined();
    expect(describeError(new Error('boom'))).toBeUndefined();
  });

  it('maps domain and input errors with their details', () => {
    expect(describeError(rateLimited(7))).toMatchObject({ status: 429, retryAfterSeconds: 7 });
    expect(describeError(conflict('가득 찼어요', undefined, 'full'))).toMatchObject({ status: 409, detail: '가득 찼어요', reason: 'full' });
    expect(describeError(new InputError({ body: ['x'] }))).toMatchObject({ status: 400, errors: { body: ['x'] } });
  });
});
