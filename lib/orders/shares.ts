import type { SplitRule } from '@/db/constants/orders';

export type MemberAmount = { userId: number; itemsAmount: number };
export type ComputedShare = { userId: number; itemsAmount: number; feeShare: number; share: number };

/**
 * Each member's share of an order in integer KRW: their items plus a part of the delivery fee.
 * `equal` splits the fee evenly among members with at least one item; `proportional` by item
 * amount. Every part is rounded down and what is left goes to the organizer, who is always in
 * the result (first), with or without items. The shares add up to items total + fee exactly.
 */
export function computeShares(input: { rule: SplitRule; deliveryFee: number; organizerId: number; members: MemberAmount[] }): ComputedShare[] {
  const { rule, deliveryFee, organizerId } = input;
  const byUser = new Map<number, number>([[organizerId, 0]]);
  for (const m of input.members) byUser.set(m.userId, (byUser.get(m.userId) ?? 0) + m.itemsAmount);
  const members = [...byUser].map(([userId, itemsAmount]) => ({ userId, itemsAmount }));
  const withItems = members.filter((m) => m.itemsAmount > 0);
  const itemsTotal = withItems.reduce((sum, m) => sum + m.itemsAmount, 0);

  const feeOf = (m: MemberAmount) => {
    if (m.itemsAmount <= 0 || itemsTotal === 0) return 0;
    if (rule === 'equal') return Math.floor(deliveryFee / withItems.length);
    // fee ≤ 1e6 and an amount ≤ 4e8: the product stays far below 2^53.
    return Math.floor((deliveryFee * m.itemsAmount) / itemsTotal);
  };
  const shares = members.map((m) => ({ ...m, feeShare: feeOf(m) }));
  const remainder = deliveryFee - shares.reduce((sum, s) => sum + s.feeShare, 0);
  const organizer = shares.find((s) => s.userId === organizerId)!;
  organizer.feeShare += remainder;
  const ordered = [organizer, ...shares.filter((s) => s !== organizer)];
  return ordered.map((s) => ({ ...s, share: s.itemsAmount + s.feeShare }));
}
