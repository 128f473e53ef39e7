import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { env, envNames } from './env';

const saved = { ...process.env };
afterEach(() => {
  for (const name of envNames) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe('env()', () => {
  it('has every variable the README lists in its schema', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Environment'), readme.indexOf('## Architecture'));
    const listed = [...section.matchAll(/^\| (.+?) \|/gm)].flatMap(([, cell]) => [...cell!.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]!));
    expect(listed.length).toBeGreaterThan(30);
    expect(listed.filter((name) => !envNames.includes(name))).toEqual([]);
  });

  it('sees a variable set at run time, with defaults and parsed values', () => {
    delete process.env.APP_ORIGINS;
    delete process.env.DATABASE_POOL_SIZE;
    expect(env()).toMatchObject({ APP_ORIGINS: [], DATABASE_POOL_SIZE: 10 });
    process.env.APP_ORIGINS = 'https://a.example, https://b.example';
    process.env.DATABASE_POOL_SIZE = '4';
    expect(env()).toMatchObject({ APP_ORIGINS: ['https://a.example', 'https://b.example'], DATABASE_POOL_SIZE: 4 });
  });

  it('names the bad variable', () => {
    process.env.TOSS_TIMEOUT_MS = 'soon';
    expect(() => env()).toThrow(/TOSS_TIMEOUT_MS/);
  });
});
