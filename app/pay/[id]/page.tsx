import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { SandboxCheckout } from '@/components/payments/sandbox-checkout';
import { TossCheckout } from '@/components/payments/toss-checkout';
import { Card } from '@/components/ui/card';
import { fullDateTime } from '@/components/ui/seoul-time';
import { getDb } from '@/db/client';
import { requireSessionUser } from '@/lib/auth/server-session';
import { DomainError } from '@/lib/core/domain-error';
import { won } from '@/lib/payments/labels';
import { getMyPayment } from '@/lib/payments/queries';

export const metadata: Metadata = { title: '결제' };

async function loadPayment(userId: number, id: number) {
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  try {
    return await getMyPayment(getDb(), userId, id);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'not_found') notFound();
    throw error;
  }
}

export default async function CheckoutPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const me = await requireSessionUser(`/pay/${id}`);
  const payment = await loadPayment(me.id, Number(id));
  if (payment.status !== 'ready') redirect(`/pay/${payment.id}/result`);
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold">결제하기</h1>
      <Card>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-stone-600">상품</dt>
          <dd className="font-semibold">{payment.title}</dd>
          <dt className="text-stone-600">주문번호</dt>
          <dd className="font-mono">{payment.orderId}</dd>
          <dt className="text-stone-600">결제 기한</dt>
          <dd>{fullDateTime(payment.expiresAt)}까지</dd>
          <dt className="text-stone-600">금액</dt>
          <dd className="text-xl font-extrabold text-brand-700" data-testid="checkout-amount">
            {won(payment.amount)}
          </dd>
        </dl>
      </Card>
      <Card title="카드 결제">
        {payment.provider === 'sandbox' ? (
          <SandboxCheckout paymentId={payment.id} orderId={payment.orderId} amount={payment.amount} />
        ) : (
          <TossCheckout
            paymentId={payment.id}
            orderId={payment.orderId}
            amount={payment.amount}
            title={payment.title}
            clientKey={process.env.TOSS_CLIENT_KEY ?? ''}
            customerKey={`dongne-user-${me.id}`}
          />
        )}
      </Card>
    </div>
  );
}
