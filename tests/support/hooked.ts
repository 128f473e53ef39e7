import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

/**
 * Something tests need running (a server): started before each test (`each`) or once before
 * all tests (`all`) of the file or describe block this is called in, stopped after them.
 * Returns the accessor of the running one, for use inside tests.
 */
export function hooked<T>(scope: 'each' | 'all', start: () => Promise<T>, stop: (value: T) => Promise<unknown>): () => T {
  let value: T | undefined;
  (scope === 'each' ? beforeEach : beforeAll)(async () => {
    value = await start();
  });
  (scope === 'each' ? afterEach : afterAll)(async () => {
    if (value !== undefined) await stop(value);
    value = undefined;
  });
  return () => {
    if (value === undefined) throw new Error(`started in ${scope === 'each' ? 'beforeEach' : 'beforeAll'}: use it inside a test`);
    return value;
  };
}
