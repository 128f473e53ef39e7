import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SandboxCheckout } from '@/components/payments/sandbox-checkout';
import { TossCheckout } from '@/components/payments/toss-checkout';
import { Card } from '@/components/ui/card';
import { fullDateTime } from '@/lib/core/seoul-time';
import { PaymentSummary } from '@/components/payments/payment-summary';
import { won } from '@/lib/payments/labels';
import { loadMyPayment } from './load-payment';
import { env } from '@/lib/env';
import { getDb } from '@/db/client';
import { paymentRefundSchedule } from '@/lib/payments/purposes';
import { RefundScheduleList } from '@/components/payments/refund-schedule-list';

export const metadata: Metadata = { title: '결제' };

export default async function CheckoutPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { me, payment } = await loadMyPayment(id, `/pay/${id}`);
  if (payment.status !== 'ready') redirect(`/pay/${payment.id}/result`);
  const schedule = await paymentRefundSchedule(getDb(), payment.purpose, payment.subjectId, payment.amount);
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold">결제하기</h1>
      <Card>
        <PaymentSummary payment={payment}>
          <dt className="text-stone-600">결제 기한</dt>
          <dd>{fullDateTime(payment.expiresAt)}까지</dd>
          <dt className="text-stone-600">금액</dt>
          <dd className="text-xl font-extrabold text-brand-700" data-testid="checkout-amount">
            {won(payment.amount)}
          </dd>
        </PaymentSummary>
        {schedule && (
          <div className="mt-4">
            <RefundScheduleList steps={schedule} now={new Date()} />
          </div>
        )}
      </Card>
      <Card title="카드 결제">
        {payment.provider === 'sandbox' ? (
          <SandboxCheckout paymentId={payment.id} amount={payment.amount} />
        ) : (
          <TossCheckout
            paymentId={payment.id}
            orderId={payment.orderId}
            amount={payment.amount}
            title={payment.title}
            clientKey={env().TOSS_CLIENT_KEY ?? ''}
            customerKey={`dongne-user-${me.id}`}
          />
        )}
      </Card>
    </div>
  );
}
