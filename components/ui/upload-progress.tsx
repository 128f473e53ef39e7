/** An upload's progress (0..1) while the bytes go up, then "처리 중…" while the server resizes. */
export function UploadProgress({ progress }: { progress: number }) {
  return (
    <div className="flex items-center gap-3">
      <progress className="h-2 flex-1 accent-brand-700" max={1} value={progress} aria-label="업로드 진행률" />
      <span className="w-24 text-right text-sm tabular-nums text-stone-700">{progress < 1 ? `${Math.round(progress * 100)}%` : '처리 중…'}</span>
    </div>
  );
}
