import type { LimitedAction } from '@/lib/accounts/action-limits';
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
  /** Error statuses this route documents besides 400/401/500. */
  errors?: number[];
};

export const defineEndpoint = <const E extends Endpoint>(endpoint: E) => endpoint;
