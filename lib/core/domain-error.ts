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
/**
 * Every `reason` a problem can carry: the OpenAPI document lists them (lib/http/openapi.ts), and
 * a reason not listed here is a type error, so the document cannot fall behind the code.
 */
export const problemReasons = [
  'account_active',
  'account_deleted',
  'already_banned',
  'already_blocked',
  'already_disputed',
  'already_friend',
  'already_joined',
  'already_linked',
  'already_marked',
  'already_member',
  'already_paid',
  'already_reported',
  'already_reviewed',
  'already_verified',
  'approved',
  'banned',
  'below_joined',
  'below_min',
  'below_minimum',
  'blocked',
  'busy',
  'cancelled',
  'declined',
  'card_declined',
  'closed',
  'complete',
  'completed',
  'confirmed',
  'deleted',
  'delivery_pending',
  'direct_room',
  'duplicate_address',
  'duplicate_email',
  'duplicate_username',
  'edit_window_closed',
  'email_not_verified',
  'ended',
  'expired',
  'failed',
  'fee_locked',
  'full',
  'has_upcoming_reservations',
  'host',
  'idempotency_key_reused',
  'in_progress',
  'insufficient_balance',
  'insufficient_scope',
  'invalid_token',
  'malformed',
  'neighbourhood_changed',
  'no_data',
  'no_items',
  'no_seat',
  'not_banned',
  'not_completed',
  'not_configured',
  'not_confirmed',
  'not_ended',
  'not_finished',
  'not_joined',
  'not_locked',
  'not_open',
  'not_ordered',
  'not_paid',
  'not_reactable',
  'not_recruiting',
  'not_suspended',
  'nothing_refundable',
  'nothing_to_link',
  'order_cancelled',
  'order_locked',
  'order_not_payable',
  'order_placed',
  'organizer',
  'outside_neighbourhood',
  'over_refundable',
  'overlap',
  'own_content',
  'owner_cannot_leave',
  'partial_refund',
  'partially_cancelled',
  'password_already_set',
  'paused',
  'payout_paid',
  'payout_pending',
  'payout_rejected',
  'pending_payment',
  'priority_window',
  'requested',
  'ready',
  'reservation_not_pending',
  'restore_expired',
  'self',
  'signup_expired',
  'subscription_limit',
  'suspended',
  'timeout',
  'token_limit',
  'too_many_changes',
  'too_many_images',
  'too_many_items',
  'unreachable',
  'verification_required',
  'webhook_limit',
  'window_closed',
] as const;
/**
 * An upstream service's answer: the weather's KMA HTTP status or result code, or a payment
 * provider's failure code (upper case, e.g. AMOUNT_MISMATCH, or Toss's own codes).
 */
type UpstreamReason = `http_${number}` | `result_${string}` | Uppercase<string>;
export type ProblemReason = (typeof problemReasons)[number] | UpstreamReason;

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
    readonly extra: { fields?: FieldErrors; retryAfterSeconds?: number; reason?: ProblemReason; suspendedUntil?: string; dong?: ProblemDong } = {},
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
export const conflict = (message: string, fields?: FieldErrors, reason?: ProblemReason) =>
  new DomainError('conflict', message, { fields, reason });
export const rateLimited = (retryAfterSeconds: number, message = '요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.') =>
  new DomainError('rate_limited', message, { retryAfterSeconds });
