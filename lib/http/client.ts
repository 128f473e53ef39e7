import type { z } from '@/lib/core/zod';
import type { Endpoint } from '@/lib/core/endpoint';
import type { Route } from './route';
import type { Problem } from './problem';

/** A failed /api call as the browser sees it: status plus the problem+json body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem>,
  ) {
    super(problem.detail ?? `요청에 실패했습니다 (${status}).`);
  }
  fieldErrors(): Record<string, string[]> {
    return this.problem.errors ?? {};
  }
}

/** Same-origin fetch of our API (the session cookie rides along); components call callEndpoint. */
async function apiFetch<T>(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? 'GET',
      headers: { ...init.headers, ...(init.body !== undefined && { 'content-type': 'application/json' }) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, { detail: '네트워크에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.' });
  }
  if (res.status === 204) return undefined as T;
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(res.status, data as Partial<Problem>);
  return data as T;
}

/**
 * A multipart upload with progress (0..1): fetch reports no upload progress, XMLHttpRequest
 * does. Errors come back as ApiError like apiFetch's. Components call uploadToEndpoint.
 */
function apiUpload<T>(path: string, method: string, form: FormData, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, path);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let data: unknown = {};
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : {};
      } catch {
        // A proxy's HTML error page: the status still tells what happened.
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as T);
      else reject(new ApiError(xhr.status, xhr.status === 413 && !(data as Problem).detail ? { detail: '파일이 너무 큽니다.' } : (data as Partial<Problem>)));
    };
    xhr.onerror = () => reject(new ApiError(0, { detail: '네트워크에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.' }));
    xhr.send(form);
  });
}

type OkStatus = 200 | 201 | 202 | 204;

/** The contract behind a browser route (lib/http/routes.ts), or the endpoint itself. */
type Contract<R> = R extends Route<infer E> ? E : R extends Endpoint ? R : never;
type Responses<E extends Endpoint> = E['responses'];

/** What an endpoint answers on success (the typed answer of callEndpoint and of the API tests' call). */
export type ResponseOf<E extends Endpoint> = {
  [K in keyof Responses<E> & OkStatus]: Responses<E>[K] extends z.ZodType ? z.output<Responses<E>[K]> : undefined;
}[keyof Responses<E> & OkStatus];

/** What a successful call answers: the endpoint's 2xx response schema (nothing for a 204). */
export type EndpointResponse<R extends Route> = ResponseOf<Contract<R>>;

type InputOf<E extends Endpoint> = (E['params'] extends z.ZodType ? { params: z.output<E['params']> } : { params?: never }) &
  (E['query'] extends z.ZodType ? { query?: Partial<z.output<E['query']>> } : { query?: never }) &
  (E['body'] extends z.ZodType ? { body: z.input<E['body']> } : { body?: never }) &
  (E['headers'] extends z.ZodType ? { headers: z.output<E['headers']> } : { headers?: never }) & { signal?: AbortSignal };

/**
 * What a call sends, keyed like the endpoint: `params` fill the path template, `query` the
 * search string (all optional: the server applies defaults), `body` is JSON.
 */
export type EndpointInput<R extends Route> = InputOf<Contract<R>>;

/**
 * A body typed as the endpoint's although its values are what the user typed (free text for a
 * closed list, empty numbers left out): forms that let the API name each wrong field cast to it.
 */
export type Unchecked<R extends Route> = EndpointInput<R>['body'];

type InputArgs<E extends Endpoint> = E['params'] extends z.ZodType
  ? [input: InputOf<E>]
  : E['body'] extends z.ZodType
    ? [input: InputOf<E>]
    : [input?: InputOf<E>];

/** The URL of a call: path parameters from the endpoint's template, then the query string. */
export function endpointUrl(endpoint: Pick<Endpoint, 'path'>, input: { params?: object; query?: object } = {}): string {
  const params = (input.params ?? {}) as Record<string, unknown>;
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name])));
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(input.query ?? {})) {
    if (value !== undefined && value !== null) query.set(key, String(value));
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * Calls one of our endpoints from the browser: method, path and response type come from its
 * contract (lib/<domain>/endpoints.ts, through lib/http/routes.ts), so a renamed route or
 * changed schema fails to compile here.
 */
export function callEndpoint<E extends Endpoint>(endpoint: Route<E>, ...[input]: InputArgs<E>): Promise<ResponseOf<E>> {
  const { body, headers, signal } = (input ?? {}) as { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal };
  return apiFetch<ResponseOf<E>>(endpointUrl(endpoint, input), { method: endpoint.method, body, headers, signal });
}

/** An endpoint that takes a multipart body of files (`upload` in its contract). */
type UploadEndpoint = Endpoint & { upload: { fields: string[]; multiple: boolean } };

/** What an upload sends: the path parameters, the files and a progress callback (0..1). */
export type UploadInput<E extends UploadEndpoint> = (E['params'] extends z.ZodType ? { params: z.output<E['params']> } : { params?: never }) & {
  files: File[];
  onProgress: (fraction: number) => void;
  query?: E['query'] extends z.ZodType ? z.input<E['query']> : never;
};

/**
 * Uploads files to one of our upload endpoints with progress, like callEndpoint: method, path,
 * the form field the files go in (the contract's first) and the response type come from the contract.
 */
export function uploadToEndpoint<E extends UploadEndpoint>(endpoint: Route<E>, input: UploadInput<E>): Promise<ResponseOf<E>> {
  const upload = endpoint.upload!;
  const form = new FormData();
  for (const file of upload.multiple ? input.files : input.files.slice(0, 1)) form.append(upload.fields[0]!, file);
  return apiUpload<ResponseOf<E>>(endpointUrl(endpoint, input), endpoint.method, form, input.onProgress);
}
