import type { Endpoint } from '@/lib/core/endpoint';

declare const contract: unique symbol;

/**
 * An endpoint as the browser knows it: method, path and upload fields, with its full contract
 * in the type only. The zod schemas stay on the server (they were a third of every page's
 * JavaScript), yet a call is still checked against them at compile time.
 */
export type Route<E extends Endpoint = Endpoint> = Pick<E, 'method' | 'path'> & {
  readonly upload?: Endpoint['upload'];
  readonly [contract]?: E;
};

export const route = <E extends Endpoint>(method: E['method'], path: E['path'], upload?: Endpoint['upload']): Route<E> =>
  (upload ? { method, path, upload } : { method, path }) as Route<E>;
