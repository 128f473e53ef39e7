import type { RefundStep } from '@/lib/payments/refund-schedule';
import { refundScheduleLines } from '@/lib/payments/refund-schedule';

/**
 * "취소하면 돌려받는 금액": the schedule's lines, from the same tiers the refunds use. Renders in
 * server and client components alike; `now` drops the deadlines already passed.
 */
export function RefundScheduleList({ steps, now, title = '취소 시 환불' }: { steps: RefundStep[]; now?: Date; title?: string }) {
  const lines = refundScheduleLines(steps, now);
  return (
    <div className="rounded-lg bg-stone-50 p-3 text-sm" data-testid="refund-schedule">
      <p className="font-semibold text-stone-800">{title}</p>
      <ul className="mt-1 list-disc pl-5 text-stone-700">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
