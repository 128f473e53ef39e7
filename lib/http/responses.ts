export const json = (body: unknown, status = 200, headers?: HeadersInit) => {
  const h = new Headers(headers);
  h.set('content-type', 'application/json');
  return new Response(JSON.stringify(body), { status, headers: h });
};

export const created = (body: unknown, headers?: HeadersInit) => json(body, 201, headers);

export const noContent = (headers?: HeadersInit) => new Response(null, { status: 204, headers });
