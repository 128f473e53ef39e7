/** What the author sees on their own content while reports (or an admin) keep it hidden. */
export function HiddenNotice({ compact = false }: { compact?: boolean }) {
  if (compact) return <span className="rounded bg-red-50 px-1.5 py-0.5 text-xs font-semibold text-red-800">신고로 숨겨졌어요</span>;
  return (
    <div role="status" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900" data-testid="hidden-notice">
      <strong className="font-semibold">신고로 숨겨졌어요.</strong> 운영자가 검토할 때까지 다른 이웃에게는 보이지 않아요.
    </div>
  );
}
