import { DomainError, type FieldErrors, type ProblemDong, type ProblemReason } from '@/lib/core/domain-error';
import { pgErrorCode } from '@/lib/core/pg-errors';
import { statusOf } from './problem';

/** Bad input found by our own parsing (zod, malformed JSON): a 400 with field errors. */
export class InputError extends Error {
  constructor(readonly errors: FieldErrors) {
    super('invalid input');
  }
}

/** What a failure means to the client; the same for an HTTP problem and a Socket.IO ack. */
export type ClientError = {
  status: number;
  detail: string;
  errors?: FieldErrors;
  reason?: ProblemReason;
  suspendedUntil?: string;
  dong?: ProblemDong;
  retryAfterSeconds?: number;
  /** Why the database refused it, for the log (never shown). */
  logAs?: string;
};

const INVALID = '입력값을 확인해 주세요.';

/** SQLSTATE classes the client caused: values the schemas let through but PostgreSQL refused. */
function fromDatabase(code: string): ClientError | undefined {
  // Class 22 is "data exception": NUL bytes (22P05), bad encoding, out-of-range numbers, bad dates…
  if (code.startsWith('22')) return { status: 400, detail: INVALID, logAs: `rejected by database: ${code}` };
  // Constraints the domain did not translate itself still mean "conflicts with what is there".
  if (['23505', '23P01', '23514'].includes(code)) return { status: 409, detail: '이미 처리되었거나 다른 요청과 충돌했습니다.', logAs: `constraint: ${code}` };
  return undefined;
}

/**
 * The one table from failures to client answers, used by the HTTP wrapper (lib/http/handler.ts)
 * and the Socket.IO acks (lib/realtime). Undefined means unexpected: log it and answer 500.
 */
export function describeError(error: unknown): ClientError | undefined {
  if (error instanceof InputError) return { status: 400, detail: INVALID, errors: error.errors };
  if (error instanceof DomainError) {
    return {
      status: statusOf(error.code),
      detail: error.message,
      errors: error.extra.fields,
      reason: error.extra.reason,
      suspendedUntil: error.extra.suspendedUntil,
      dong: error.extra.dong,
      retryAfterSeconds: error.extra.retryAfterSeconds,
    };
  }
  const code = pgErrorCode(error);
  return code ? fromDatabase(code) : undefined;
}
