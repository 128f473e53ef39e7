import type { ReactNode } from 'react';
import type { PaymentView } from '@/lib/payments/schema';

/** What is being paid: title and order number, then whatever rows the page adds. */
export function PaymentSummary({ payment, children }: { payment: PaymentView; children: ReactNode }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
      <dt className="text-stone-600">상품</dt>
      <dd className="font-semibold">{payment.title}</dd>
      <dt className="text-stone-600">주문번호</dt>
      <dd className="font-mono">{payment.orderId}</dd>
      {children}
    </dl>
  );
}
