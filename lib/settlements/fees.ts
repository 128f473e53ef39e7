import { env } from '@/lib/env';

/** The payment purposes that pay their payee through the ledger, each with its fee rate. */
export type FeePurpose = 'meal_order' | 'game' | 'reservation';

const PPM = 1_000_000;

/** The purpose's rate in millionths (PLATFORM_FEE_RATE_*, default 0; six decimals at most). */
export function feeRatePpm(purpose: FeePurpose): number {
  const e = env();
  const rate = { meal_order: e.PLATFORM_FEE_RATE_MEAL_ORDER, game: e.PLATFORM_FEE_RATE_GAME, reservation: e.PLATFORM_FEE_RATE_RESERVATION }[purpose];
  return Math.round(rate * PPM);
}

/**
 * `amount × rate` rounded down to whole won, in integer arithmetic (0.29 × 100 is 28.999… in
 * floating point; here it is 29). Never more than the amount, never negative.
 */
export function feeFor(amount: number, ratePpm: number): number {
  if (amount <= 0 || ratePpm <= 0) return 0;
  return Number((BigInt(amount) * BigInt(Math.min(ratePpm, PPM))) / BigInt(PPM));
}

/** The platform fee on `amount` KRW paid for `purpose`, by the configured rate, rounded down. */
export function platformFee(purpose: FeePurpose, amount: number): number {
  return feeFor(amount, feeRatePpm(purpose));
}

/**
 * The fee still held once part of a payment is refunded: the fee charged at the credit (`charged`
 * on `credited` KRW) scales with what the payee keeps, rounded down, so a full refund returns all
 * of it and the payee's entries for a payment never sum below zero. Computed from the ledger's
 * own numbers, so a rate changed between the credit and the refund changes nothing.
 */
export function feeHeldAfter(charged: number, credited: number, kept: number): number {
  if (credited <= 0 || kept <= 0 || charged <= 0) return 0;
  return Number((BigInt(charged) * BigInt(Math.min(kept, credited))) / BigInt(credited));
}

/** What the payee's ledger holds for one payment: see `refundEntries`. */
export type PaymentLedgerState = {
  /** The income entry (what was credited). */
  credited: number;
  /** The fee charged with the income (positive; 0 at a zero rate). */
  charged: number;
  /** Refunds debited so far (positive). */
  refunded: number;
  /** The fee still held: `charged` minus the fee returned so far. */
  feeHeld: number;
};

/**
 * A refund of `refund` KRW on a credited payment: the debit (never more than is still credited)
 * and the fee returned with it, so that afterwards the payment's entries sum to
 * kept − feeHeldAfter(charged, credited, kept) ≥ 0.
 */
export function refundEntries(state: PaymentLedgerState, refund: number): { debit: number; feeReturn: number } {
  const refundable = Math.max(0, state.credited - state.refunded);
  const debit = Math.min(Math.max(0, refund), refundable);
  const after = feeHeldAfter(state.charged, state.credited, refundable - debit);
  return { debit, feeReturn: Math.max(0, state.feeHeld - after) };
}
