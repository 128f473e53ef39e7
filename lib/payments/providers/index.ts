import { sandboxProvider } from './sandbox';
import { tossProvider } from './toss';
import type { PaymentProvider } from './types';
import { env } from '@/lib/env';

/** Toss when TOSS_SECRET_KEY is set, otherwise the built-in sandbox. */
export function currentProvider(): PaymentProvider {
  return env().TOSS_SECRET_KEY ? providerNamed('toss') : sandboxProvider;
}

/** The provider a payment was made with (a refund goes back the way the money came). */
export function providerNamed(name: string): PaymentProvider {
  if (name === 'toss') {
    const { TOSS_SECRET_KEY: secretKey, TOSS_BASE_URL: baseUrl, TOSS_TIMEOUT_MS: timeoutMs } = env();
    if (!secretKey) throw new Error('TOSS_SECRET_KEY is not set');
    return tossProvider({ secretKey, baseUrl, timeoutMs });
  }
  return sandboxProvider;
}
