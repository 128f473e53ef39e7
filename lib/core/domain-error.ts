/** The closed set of failures the domain reports; lib/http/problem.ts maps each to one HTTP status. */
export type DomainErrorCode =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unprocessable'
  | 'too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'unavailable';

export type FieldErrors = Record<string, string[]>;

/** With reason "outside_neighbourhood": the dong a position falls in, so the client can offer it. */
export type ProblemDong = { code: string; sido: string; sigungu: string; dong: string };

const brand: unique symbol = Symbol.for('dongne.domain-error');

export class DomainError extends Error {
  /**
   * server.ts and Next's bundles each load their own copy of this module, and an error can cross
   * between them (the password queue lives on globalThis): the brand makes `instanceof` hold.
   */
  static [Symbol.hasInstance](value: unknown): value is DomainError {
    return typeof value === 'object' && value !== null && (value as { [brand]?: unknown })[brand] === true;
  }

  readonly [brand] = true;

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly extra: { fields?: FieldErrors; retryAfterSeconds?: number; reason?: string; suspendedUntil?: string; dong?: ProblemDong } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (message: string, fields?: FieldErrors) => new DomainError('invalid', message, { fields });
export const fieldError = (field: string, message: string) => invalid(message, { [field]: [message] });
export const unauthenticated = (message = '로그인이 필요합니다.') => new DomainError('unauthenticated', message);
export const forbidden = (message = '권한이 없습니다.') => new DomainError('forbidden', message);
export const notFound = (message = '찾을 수 없습니다.') => new DomainError('not_found', message);
export const conflict = (message: string, fields?: FieldErrors, reason?: string) =>
  new DomainError('conflict', message, { fields, reason });
export const rateLimited = (retryAfterSeconds: number, message = '요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.') =>
  new DomainError('rate_limited', message, { retryAfterSeconds });
