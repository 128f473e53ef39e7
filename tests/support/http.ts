type Handler = (req: Request, ctx: { params: Promise<Record<string, string | string[] | undefined>> }) => Promise<Response>;

export type CallResult<T = any> = { status: number; headers: Headers; body: T };

/** Calls a route handler the way Next does, with a real Request. */
export async function call<T = any>(
  handler: Handler,
  {
    method = 'GET',
    path = '/',
    body,
    rawBody,
    headers = {},
    params = {},
  }: { method?: string; path?: string; body?: unknown; rawBody?: string; headers?: Record<string, string>; params?: Record<string, string> } = {},
): Promise<CallResult<T>> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body instanceof FormData) {
    // Multipart: Request sets the boundary in content-type itself.
    init.body = body;
  } else if (body !== undefined || rawBody !== undefined) {
    init.body = rawBody ?? JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
  }
  const res = await handler(new Request(`http://localhost${path}`, init), { params: Promise.resolve(params) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON: keep the text */
  }
  return { status: res.status, headers: res.headers, body: parsed as T };
}

export function expectProblem(res: CallResult, status: number) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  if (res.headers.get('content-type') !== 'application/problem+json') throw new Error('not problem+json');
  const b = res.body as { type?: string; title?: string; status?: number; detail?: string };
  if (!b.type || !b.title || b.status !== status || !b.detail) throw new Error(`bad problem body ${JSON.stringify(b)}`);
  return res.body as { errors?: Record<string, string[]>; reason?: string; detail: string };
}
