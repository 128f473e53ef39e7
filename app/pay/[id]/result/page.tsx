import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { ProviderReturn } from '@/components/payments/return-handler';
import { Card } from '@/components/ui/card';
import { PaymentSummary } from '@/components/payments/payment-summary';
import { paymentStatusLabel, won } from '@/lib/payments/labels';
import { loadMyPayment } from '../load-payment';

export const metadata: Metadata = { title: '결제 결과' };

type Search = { paymentKey?: string; code?: string; message?: string };

export default async function ResultPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { id } = await params;
  const { payment } = await loadMyPayment(id, `/pay/${id}/result`);
  const search = await searchParams;
  if (payment.status === 'ready' && (search.paymentKey || search.code)) {
    return (
      <div className="mx-auto max-w-md py-10 text-center" role="status">
        <ProviderReturn paymentId={payment.id} paymentKey={search.paymentKey} code={search.code} message={search.message} />
      </div>
    );
  }
  const ok = payment.status === 'approved' || payment.status === 'partially_cancelled' || payment.status === 'cancelled';
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold" data-testid="payment-result">
        {payment.status === 'approved' ? '결제가 완료되었습니다' : paymentStatusLabel[payment.status]}
      </h1>
      <Card>
        <PaymentSummary payment={payment}>
          <dt className="text-stone-600">금액</dt>
          <dd className="font-bold">{won(payment.amount)}</dd>
          {payment.cancelledAmount > 0 && (
            <>
              <dt className="text-stone-600">환불</dt>
              <dd>{won(payment.cancelledAmount)}</dd>
            </>
          )}
        </PaymentSummary>
        {!ok && payment.status !== 'ready' && (
          <p className="mt-4 rounded-lg bg-stone-100 p-3 text-sm text-stone-700">
            {payment.status === 'expired' ? '결제 시간 안에 결제하지 않아 만료되었습니다.' : (payment.failure?.message || '결제가 승인되지 않았습니다.')} 잡아 두었던
            자리는 다른 이웃에게 돌아갔습니다.
          </p>
        )}
        {payment.status === 'ready' && (
          <Link href={payment.checkoutUrl} className="mt-4 inline-block font-medium text-brand-700 underline">
            결제 계속하기
          </Link>
        )}
      </Card>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Link href={payment.returnPath} className="rounded-lg bg-brand-700 px-4 py-3 text-center font-semibold text-white hover:bg-brand-800">
          돌아가기
        </Link>
        <Link href="/payments" className="rounded-lg border border-stone-300 bg-white px-4 py-3 text-center font-semibold hover:bg-stone-100">
          결제 내역
        </Link>
      </div>
    </div>
  );
}
