import type { PaymentProvider } from './types';

/**
 * The built-in provider: the checkout page (/pay/[id]) authorises by making a key that carries
 * the amount the customer saw, `sandbox_<orderId>_<amount>`; confirming checks it like a real
 * provider checks its own record, so an amount changed in between fails the payment.
 */
export const sandboxProvider: PaymentProvider = {
  name: 'sandbox',
  async confirm({ paymentKey, orderId, amount }) {
    const match = /^sandbox_(.+)_(\d+)$/.exec(paymentKey);
    if (!match || match[1] !== orderId) return { ok: false, code: 'INVALID_PAYMENT_KEY', message: '결제 키가 올바르지 않습니다.' };
    if (Number(match[2]) !== amount) return { ok: false, code: 'AMOUNT_MISMATCH', message: '결제 금액이 일치하지 않습니다.' };
    return { ok: true, providerKey: paymentKey };
  },
  async cancel() {},
};

export const sandboxPaymentKey = (orderId: string, amount: number) => `sandbox_${orderId}_${amount}`;
