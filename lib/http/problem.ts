import type { DomainErrorCode, FieldErrors, ProblemDong, ProblemReason } from '@/lib/core/domain-error';

const statusByCode: Record<DomainErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
};

const titleByStatus: Record<number, string> = {
  400: 'Invalid input',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  405: 'Method not allowed',
  413: 'Payload too large',
  422: 'Unprocessable content',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export const statusOf = (code: DomainErrorCode) => statusByCode[code];

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldErrors;
  reason?: ProblemReason;
  /** With reason "suspended": when the suspension ends. */
  suspendedUntil?: string;
  dong?: ProblemDong;
  requestId?: string;
};

type ProblemExtra = { errors?: FieldErrors; reason?: ProblemReason; suspendedUntil?: string; dong?: ProblemDong; requestId?: string };

/** RFC 9457 problem details, as the JSON body. */
export function problemBody(status: number, detail: string, extra: ProblemExtra = {}): Problem {
  const title = titleByStatus[status] ?? 'Error';
  return {
    type: `/problems/${title.toLowerCase().replaceAll(' ', '-')}`,
    title,
    status,
    detail,
    ...(extra.errors && { errors: extra.errors }),
    ...(extra.reason && { reason: extra.reason }),
    ...(extra.suspendedUntil && { suspendedUntil: extra.suspendedUntil }),
    ...(extra.dong && { dong: extra.dong }),
    ...(extra.requestId && { requestId: extra.requestId }),
  };
}

/** RFC 9457 problem details. */
export function problemResponse(status: number, detail: string, extra: ProblemExtra & { headers?: HeadersInit } = {}) {
  const headers = new Headers(extra.headers);
  headers.set('content-type', 'application/problem+json');
  return new Response(JSON.stringify(problemBody(status, detail, extra)), { status, headers });
}
