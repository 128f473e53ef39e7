'use client';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/ui/use-action';

type TossPaymentsSdk = (clientKey: string) => {
  payment(o: { customerKey: string }): {
    requestPayment(o: {
      method: 'CARD';
      amount: { currency: 'KRW'; value: number };
      orderId: string;
      orderName: string;
      successUrl: string;
      failUrl: string;
    }): Promise<void>;
  };
};

const SDK_URL = 'https://js.tosspayments.com/v2/standard';

function loadSdk(): Promise<TossPaymentsSdk> {
  const w = window as unknown as { TossPayments?: TossPaymentsSdk };
  if (w.TossPayments) return Promise.resolve(w.TossPayments);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = SDK_URL;
    script.onload = () => (w.TossPayments ? resolve(w.TossPayments) : reject(new Error('sdk')));
    script.onerror = () => reject(new Error('sdk'));
    document.head.appendChild(script);
  });
}

/**
 * Toss Payments' checkout window (SDK v2). Toss redirects back to the result page with
 * paymentKey, orderId and amount (or code and message), where the payment is approved or failed.
 */
export function TossCheckout(props: { paymentId: number; orderId: string; amount: number; title: string; clientKey: string; customerKey: string }) {
  // Toss takes the page to its checkout: busy until it has.
  const { run, pending, error } = useAction(
    async () => {
      const toss = (await loadSdk())(props.clientKey);
      const result = `${window.location.origin}/pay/${props.paymentId}/result`;
      await toss.payment({ customerKey: props.customerKey }).requestPayment({
        method: 'CARD',
        amount: { currency: 'KRW', value: props.amount },
        orderId: props.orderId,
        orderName: props.title,
        successUrl: result,
        failUrl: result,
      });
    },
    { fallback: '결제창을 열지 못했습니다. 잠시 후 다시 시도해 주세요.', stayBusy: true },
  );
  return (
    <div className="flex flex-col gap-3">
      {error && <Alert>{error}</Alert>}
      <Button onClick={() => run()} loading={pending}>
        토스페이먼츠로 {props.amount.toLocaleString('ko-KR')}원 결제하기
      </Button>
    </div>
  );
}
