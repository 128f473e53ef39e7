import { clockTime, seoulParts } from '@/lib/core/seoul-time';
/** Shown on every page while the account is suspended: what is blocked, until when and why. */
export function SuspensionBanner({ until, reason }: { until: string; reason: string | null }) {
  // "3월 4일 오후 3:05", from numbers: toLocaleString printed "PM" where ICU lacks Korean.
  const p = seoulParts(until);
  const end = `${p.month}월 ${p.day}일 ${clockTime(until)}`;
  return (
    <div role="status" className="border-b border-red-200 bg-red-50" data-testid="suspension-banner">
      <p className="mx-auto max-w-3xl px-4 py-3 text-sm text-red-900">
        <strong className="font-semibold">{end}까지 이용이 정지되었어요.</strong> 글쓰기, 참여, 예약, 결제, 채팅은 할 수 없고 둘러보기만 할 수 있어요.
        {reason && <span className="block">사유: {reason}</span>}
      </p>
    </div>
  );
}
