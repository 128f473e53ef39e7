'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { approvePaymentEndpoint, failPaymentEndpoint } from '@/lib/payments/endpoints';
import { ApiError, callEndpoint } from '@/lib/http/client';

/** Test cards of the built-in sandbox: one that pays, one that the "card company" declines. */
const APPROVED_CARD = '4242424242424242';
const DECLINED_CARD = '4000000000000002';

type Props = { paymentId: number; orderId: string; amount: number };

export function SandboxCheckout({ paymentId, orderId, amount }: Props) {
  const router = useRouter();
  const [pending, setPending] = useState<'pay' | 'fail' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cardError, setCardError] = useState<string[] | undefined>();
  const result = `/pay/${paymentId}/result`;

  async function report(code: string, message: string) {
    await callEndpoint(failPaymentEndpoint, { params: { id: paymentId }, body: { code, message } });
  }

  async function pay(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    setCardError(undefined);
    const card = String(new FormData(e.currentTarget).get('card')).replace(/\D/g, '');
    if (card !== APPROVED_CARD && card !== DECLINED_CARD) {
      setCardError(['테스트 카드 번호를 입력해 주세요.']);
      return;
    }
    setPending('pay');
    try {
      if (card === DECLINED_CARD) {
        await report('CARD_DECLINED', '카드사에서 결제를 거절했습니다.');
      } else {
        // The sandbox authorises exactly the amount shown here; the server confirms it against its own.
        await callEndpoint(approvePaymentEndpoint, { params: { id: paymentId }, body: { paymentKey: `sandbox_${orderId}_${amount}` } });
      }
      router.push(result);
    } catch (err) {
      // A refused approval (mismatch, expiry) has already been recorded: the result page explains it.
      if (err instanceof ApiError && err.status === 409) return router.push(result);
      setError(err instanceof Error ? err.message : '결제하지 못했습니다.');
      setPending(null);
    }
  }

  async function simulateFailure() {
    setError(null);
    setPending('fail');
    try {
      await report('USER_SIMULATED_FAILURE', '결제 실패 시뮬레이션');
      router.push(result);
    } catch (err) {
      setError(err instanceof Error ? err.message : '요청하지 못했습니다.');
      setPending(null);
    }
  }

  return (
    <form method="post" onSubmit={pay} noValidate className="flex flex-col gap-4">
      {error && <Alert>{error}</Alert>}
      <TextField
        label="카드 번호"
        name="card"
        inputMode="numeric"
        autoComplete="off"
        placeholder="4242 4242 4242 4242"
        errors={cardError}
        hint={
          <>
            테스트 결제입니다. 승인: <code>4242 4242 4242 4242</code>, 거절: <code>4000 0000 0000 0002</code>
          </>
        }
      />
      <div className="grid grid-cols-2 gap-3">
        <TextField label="유효기간" name="expiry" placeholder="12/30" autoComplete="off" />
        <TextField label="CVC" name="cvc" placeholder="123" inputMode="numeric" autoComplete="off" />
      </div>
      <Button type="submit" loading={pending === 'pay'} disabled={pending !== null}>
        {pending === 'pay' ? '결제하는 중…' : `${amount.toLocaleString('ko-KR')}원 결제하기`}
      </Button>
      <Button type="button" variant="secondary" loading={pending === 'fail'} disabled={pending !== null} onClick={simulateFailure}>
        실패 시뮬레이션
      </Button>
    </form>
  );
}
