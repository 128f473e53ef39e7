'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { approvePaymentEndpoint, failPaymentEndpoint } from '@/lib/http/routes';
import { ApiError, callEndpoint } from '@/lib/http/client';

/**
 * Where the provider's checkout window returns: approve with its paymentKey, or record its
 * failure code, then show the stored result.
 */
export function ProviderReturn({ paymentId, paymentKey, code, message }: { paymentId: number; paymentKey?: string; code?: string; message?: string }) {
  const router = useRouter();
  const started = useRef(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const request = paymentKey
      ? callEndpoint(approvePaymentEndpoint, { params: { id: paymentId }, body: { paymentKey } })
      : callEndpoint(failPaymentEndpoint, { params: { id: paymentId }, body: { code: code ?? 'PAY_PROCESS_CANCELED', message: message ?? '' } });
    request
      .catch((e) => {
        if (!(e instanceof ApiError && e.status === 409)) setError(e instanceof Error ? e.message : '결제를 확인하지 못했습니다.');
      })
      .finally(() => router.replace(`/pay/${paymentId}/result`));
  }, [paymentId, paymentKey, code, message, router]);
  return error ? <Alert>{error}</Alert> : <Spinner label="결제를 확인하고 있습니다…" />;
}
