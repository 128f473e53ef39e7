import { DomainError } from '@/lib/core/domain-error';
import type { PaymentProvider } from './types';

type TossConfig = { secretKey: string; baseUrl: string; timeoutMs: number };

/**
 * Toss Payments' REST API: Basic auth with the secret key; POST /v1/payments/confirm
 * {paymentKey, orderId, amount} and POST /v1/payments/{paymentKey}/cancel {cancelReason, cancelAmount}.
 */
export function tossProvider({ secretKey, baseUrl, timeoutMs }: TossConfig): PaymentProvider {
  const authorization = `Basic ${Buffer.from(`${secretKey}:`).toString('base64')}`;

  async function post(path: string, body: unknown, idempotencyKey?: string) {
    try {
      const res = await fetch(new URL(path, baseUrl), {
        method: 'POST',
        headers: {
          authorization,
          'content-type': 'application/json',
          ...(idempotencyKey && { 'idempotency-key': idempotencyKey }),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const data = (await res.json().catch(() => ({}))) as Record<string, unknown>;
      return { status: res.status, data };
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      throw new DomainError('unavailable', timedOut ? '결제사 응답이 늦어지고 있습니다. 잠시 후 다시 시도해 주세요.' : '결제사에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.');
    }
  }

  return {
    name: 'toss',
    async confirm({ paymentKey, orderId, amount }) {
      const { status, data } = await post('/v1/payments/confirm', { paymentKey, orderId, amount }, `confirm-${orderId}`);
      if (status >= 500) throw new DomainError('unavailable', '결제사에 일시적인 문제가 있습니다. 잠시 후 다시 시도해 주세요.');
      if (status !== 200) {
        return { ok: false, code: String(data.code ?? 'CONFIRM_FAILED'), message: String(data.message ?? '결제를 승인하지 못했습니다.') };
      }
      if (data.totalAmount !== amount || data.orderId !== orderId) {
        return { ok: false, code: 'AMOUNT_MISMATCH', message: '결제 금액이 일치하지 않습니다.' };
      }
      return { ok: true, providerKey: String(data.paymentKey ?? paymentKey) };
    },
    async cancel({ providerKey, reason, amount }) {
      const { status, data } = await post(`/v1/payments/${encodeURIComponent(providerKey)}/cancel`, { cancelReason: reason, cancelAmount: amount });
      if (status >= 500) throw new DomainError('unavailable', '결제사에 일시적인 문제가 있습니다. 잠시 후 다시 시도해 주세요.');
      if (status !== 200) throw new DomainError('conflict', `환불하지 못했습니다: ${String(data.message ?? data.code ?? status)}`);
    },
  };
}
