import { sandboxProvider } from './sandbox';
import { tossProvider } from './toss';
import type { PaymentProvider } from './types';

/** Toss when TOSS_SECRET_KEY is set, otherwise the built-in sandbox. */
export function currentProvider(): PaymentProvider {
  return process.env.TOSS_SECRET_KEY ? providerNamed('toss') : sandboxProvider;
}

/** The provider a payment was made with (a refund goes back the way the money came). */
export function providerNamed(name: string): PaymentProvider {
  if (name === 'toss') {
    const secretKey = process.env.TOSS_SECRET_KEY;
    if (!secretKey) throw new Error('TOSS_SECRET_KEY is not set');
    return tossProvider({
      secretKey,
      baseUrl: process.env.TOSS_BASE_URL ?? 'https://api.tosspayments.com',
      timeoutMs: Number(process.env.TOSS_TIMEOUT_MS ?? 10_000),
    });
  }
  return sandboxProvider;
}
