/** Shown on every page while the account is suspended: what is blocked, until when and why. */
export function SuspensionBanner({ until, reason }: { until: string; reason: string | null }) {
  const end = new Date(until).toLocaleString('ko-KR', { timeZone: 'Asia/Seoul', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  return (
    <div role="status" className="border-b border-red-200 bg-red-50" data-testid="suspension-banner">
      <p className="mx-auto max-w-3xl px-4 py-3 text-sm text-red-900">
        <strong className="font-semibold">{end}까지 이용이 정지되었어요.</strong> 글쓰기, 참여, 예약, 결제, 채팅은 할 수 없고 둘러보기만 할 수 있어요.
        {reason && <span className="block">사유: {reason}</span>}
      </p>
    </div>
  );
}
