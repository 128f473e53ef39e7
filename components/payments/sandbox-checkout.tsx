'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { approvePaymentEndpoint, failPaymentEndpoint, sandboxAuthorizeEndpoint } from '@/lib/http/routes';
import { cardDigits, SANDBOX_CARDS } from '@/lib/payments/sandbox-cards';
import { ApiError, callEndpoint } from '@/lib/http/client';

type Props = { paymentId: number; amount: number };

/**
 * The built-in sandbox's card form. The card is authorised by the server (the same step a script
 * calls, POST /api/payments/{id}/sandbox-authorize), then approved with the key it gives; a
 * declined card leaves the payment open, so the form asks for another one.
 */
export function SandboxCheckout({ paymentId, amount }: Props) {
  const router = useRouter();
  const [pending, setPending] = useState<'pay' | 'fail' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [declined, setDeclined] = useState(false);
  const [cardError, setCardError] = useState<string[] | undefined>();
  const result = `/pay/${paymentId}/result`;

  async function report(code: string, message: string) {
    await callEndpoint(failPaymentEndpoint, { params: { id: paymentId }, body: { code, message } });
  }

  async function pay(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    setCardError(undefined);
    const form = e.currentTarget;
    const card = cardDigits(String(new FormData(form).get('card')));
    if (card !== SANDBOX_CARDS.approved && card !== SANDBOX_CARDS.declined) {
      setCardError(['테스트 카드 번호를 입력해 주세요.']);
      return;
    }
    setPending('pay');
    try {
      const { paymentKey } = await callEndpoint(sandboxAuthorizeEndpoint, { params: { id: paymentId }, body: { cardNumber: card } });
      await callEndpoint(approvePaymentEndpoint, { params: { id: paymentId }, body: { paymentKey } });
      router.push(result);
    } catch (err) {
      if (err instanceof ApiError && err.problem.reason === 'card_declined') {
        setDeclined(true);
        setError(err.message);
        form.reset();
        setPending(null);
        return;
      }
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
        {pending === 'pay' ? '결제하는 중…' : declined ? '다른 카드로 다시 결제' : `${amount.toLocaleString('ko-KR')}원 결제하기`}
      </Button>
      <Button type="button" variant="secondary" loading={pending === 'fail'} disabled={pending !== null} onClick={simulateFailure}>
        실패 시뮬레이션
      </Button>
    </form>
  );
}
