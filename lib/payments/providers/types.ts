/** A payment service: confirms an authorised payment and refunds all or part of it. */
export type PaymentProvider = {
  name: 'sandbox' | 'toss';
  /**
   * Confirms what the customer authorised. A decline or an amount mismatch is a result, not an
   * error; a timeout or outage throws (DomainError 'unavailable') and changes nothing.
   */
  confirm(input: { paymentKey: string; orderId: string; amount: number }): Promise<
    { ok: true; providerKey: string } | { ok: false; code: string; message: string }
  >;
  cancel(input: { providerKey: string; reason: string; amount: number }): Promise<void>;
};
