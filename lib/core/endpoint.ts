import type { LimitedAction } from '@/lib/accounts/action-limits';
import type { ScopeArea } from '@/lib/core/scopes';
import type { z } from '@/lib/core/zod';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * One route's contract: the handler wrapper parses with these schemas and the OpenAPI
 * document is generated from the same objects, so the two cannot drift apart.
 */
export type Endpoint = {
  method: HttpMethod;
  /** OpenAPI form: /api/users/{id} */
  path: string;
  summary: string;
  tag: string;
  auth: 'required' | 'optional' | 'none';
  /** A per-user rate limit (lib/accounts/action-limits.ts) taken once the input is valid: 429 past it. */
  limit?: LimitedAction;
  /** Checked before any input is parsed: to anyone else the route answers 404, as if it did not exist. */
  role?: 'admin';
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** Request headers the route needs, lower-case names (e.g. idempotency-key). */
  headers?: z.ZodObject;
  body?: z.ZodType;
  /** A multipart/form-data body of files (read by the route itself, not by handle()). */
  upload?: { fields: string[]; multiple: boolean };
  /** A route answering bytes rather than JSON: the 200 response's content type. */
  produces?: string;
  /** Status → response body schema; null for an empty body. */
  responses: Record<number, z.ZodType | null>;
  /**
   * Account self-service a suspended user may still do (log out, change the password, mark
   * read); every other write answers 403 reason "suspended" (lib/http/handler.ts).
   */
  allowSuspended?: true;
  /**
   * The area of the scope a personal access token needs for this route, when its tag's area
   * (lib/core/scopes.ts) is not the right one; `:read` for GET, `:write` otherwise.
   */
  scopeArea?: ScopeArea;
  /** Error statuses this route documents besides 400/401/500. */
  errors?: number[];
};

export const defineEndpoint = <const E extends Endpoint>(endpoint: E) => endpoint;

/** What one endpoint adds to or overrides in its shape's defaults (errors, body, limit, …). */
type Extra = Partial<Omit<Endpoint, 'method' | 'path' | 'summary'>>;

/** A domain's common settings: every endpoint of the group starts from them. */
type Group = Omit<Extra, 'params' | 'responses'> & {
  tag: string;
  auth: Endpoint['auth'];
  /** The `{id}` path parameters of the by-id shapes (`get`, `update`, `remove`, `action`). */
  idParams?: z.ZodObject;
};

type Merge<A, B> = Omit<A, keyof B> & B;
type Built<G extends Group, M extends HttpMethod, P extends string, Shape, X extends Extra> = Merge<
  Merge<Omit<G, 'idParams'> & { method: M; path: P; summary: string }, Shape>,
  X
>;
type ById<G extends Group> = { params: G['idParams']; errors: number[] };

/**
 * The endpoints of one domain in their common shapes, so each contract states only what is
 * particular to it. The group fixes what they share (tag, auth, the `{id}` params schema); a
 * shape fills the method and the statuses; the last argument adds or overrides anything
 * (a wider `errors` list, `auth: 'optional'`, a `limit`, a `query`…). Precedence: group <
 * shape < extra. The result is a plain Endpoint, exactly as defineEndpoint would make it.
 *
 *   const api = endpointGroup({ tag: 'games', auth: 'required', idParams: gameIdParams });
 *   export const listGamesEndpoint = api.list('/api/games', '경기 찾기', listGamesQuery, paginated(game), { auth: 'optional' });
 *   export const getGameEndpoint = api.get('/api/games/{id}', '경기 하나', game, { auth: 'optional' });
 *   export const cancelGameEndpoint = api.action('/api/games/{id}/cancel', '경기 취소', game, { errors: [403, 404, 409] });
 *
 * | shape | method | answers | by id (params, 404) |
 * | --- | --- | --- | --- |
 * | `list(path, summary, query, page)` | GET | 200 page | no |
 * | `get(path, summary, item)` | GET | 200 item | yes |
 * | `create(path, summary, body, item)` | POST | 201 item | no |
 * | `update(path, summary, body, item)` | PATCH | 200 item, 403 | yes |
 * | `remove(path, summary)` | DELETE | 204, 403 | yes |
 * | `action(path, summary, item)` | POST | 200 item | yes |
 *
 * Anything else (several success statuses, headers, uploads) is a plain `defineEndpoint`, or
 * `api.define(…)` to start from the group's settings.
 */
export function endpointGroup<const G extends Group>(group: G) {
  const { idParams, ...common } = group;
  const byId = { ...(idParams && { params: idParams }), errors: [404] };
  const make = (method: HttpMethod, path: string, summary: string, shape: object, extra?: Extra): unknown => ({ ...common, method, path, summary, ...shape, ...extra });
  type Out<M extends HttpMethod, P extends string, Shape, X extends Extra> = Built<G, M, P, Shape, X>;
  type Item<R> = { responses: { 200: R } };
  return {
    define: <const E extends Omit<Endpoint, 'tag' | 'auth'> & Partial<Endpoint>>(endpoint: E) =>
      ({ ...common, ...endpoint }) as unknown as Merge<Omit<G, 'idParams'>, E>,
    list: <const P extends string, const Q extends z.ZodObject, const R extends z.ZodType, const X extends Extra = object>(
      path: P, summary: string, query: Q, page: R, extra?: X,
    ) => make('GET', path, summary, { query, responses: { 200: page } }, extra) as Out<'GET', P, { query: Q } & Item<R>, X>,
    get: <const P extends string, const R extends z.ZodType, const X extends Extra = object>(path: P, summary: string, item: R, extra?: X) =>
      make('GET', path, summary, { ...byId, responses: { 200: item } }, extra) as Out<'GET', P, ById<G> & Item<R>, X>,
    create: <const P extends string, const B extends z.ZodType, const R extends z.ZodType, const X extends Extra = object>(
      path: P, summary: string, body: B, item: R, extra?: X,
    ) => make('POST', path, summary, { body, responses: { 201: item } }, extra) as Out<'POST', P, { body: B; responses: { 201: R } }, X>,
    update: <const P extends string, const B extends z.ZodType, const R extends z.ZodType, const X extends Extra = object>(
      path: P, summary: string, body: B, item: R, extra?: X,
    ) => make('PATCH', path, summary, { ...byId, errors: [403, 404], body, responses: { 200: item } }, extra) as Out<'PATCH', P, ById<G> & { body: B } & Item<R>, X>,
    remove: <const P extends string, const X extends Extra = object>(path: P, summary: string, extra?: X) =>
      make('DELETE', path, summary, { ...byId, errors: [403, 404], responses: { 204: null } }, extra) as Out<'DELETE', P, ById<G> & { responses: { 204: null } }, X>,
    action: <const P extends string, const R extends z.ZodType, const X extends Extra = object>(path: P, summary: string, item: R, extra?: X) =>
      make('POST', path, summary, { ...byId, responses: { 200: item } }, extra) as Out<'POST', P, ById<G> & Item<R>, X>,
  };
}
