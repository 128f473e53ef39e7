'use client';
import type { ChatMessageView } from '@/lib/chat/schema';
import type { PendingMessage } from './message-state';

export function SystemMessage({ message }: { message: ChatMessageView }) {
  return (
    <li className="flex justify-center py-1" data-testid="system-message">
      <p className="rounded-full bg-stone-200/70 px-3 py-1 text-center text-xs text-stone-600">{message.body}</p>
    </li>
  );
}

/** My message on its way (dimmed; photos with their upload progress) or failed, with 다시 보내기 (same clientId) and 삭제. */
export function PendingItem({ pending, onRetry, onDiscard }: { pending: PendingMessage; onRetry: () => void; onDiscard: () => void }) {
  const failed = pending.status === 'failed';
  return (
    <li className="flex flex-col items-end" data-testid="pending-message" data-status={pending.status}>
      <div className="flex max-w-[85%] items-end gap-1.5 flex-row-reverse">
        <p
          className={`whitespace-pre-wrap break-words rounded-2xl rounded-br-md px-3 py-2 text-[15px] leading-snug ${
            failed ? 'border border-red-300 bg-red-50 text-red-900' : 'bg-brand-700/70 text-white'
          }`}
        >
          {pending.body}
        </p>
        {!failed && <span className="shrink-0 text-[11px] text-stone-500">보내는 중…</span>}
      </div>
      {pending.files && !failed && (
        <progress
          className="mt-1 h-1.5 w-40 accent-brand-700"
          max={1}
          value={pending.progress ?? 0}
          aria-label={`사진 올리는 중 ${Math.round((pending.progress ?? 0) * 100)}%`}
          data-testid="upload-progress"
        />
      )}
      {failed && (
        <div className="mt-1 flex flex-wrap items-center justify-end gap-2 text-xs" role="alert">
          <span className="text-red-700">{pending.error ?? '보내지 못했어요.'}</span>
          <button type="button" onClick={onRetry} className="min-h-8 rounded-md bg-white px-2 font-semibold text-brand-800 ring-1 ring-stone-300 hover:bg-stone-100">
            다시 보내기
          </button>
          <button type="button" onClick={onDiscard} className="min-h-8 rounded-md px-2 text-stone-600 hover:bg-stone-100">
            삭제
          </button>
        </div>
      )}
    </li>
  );
}

export function DaySeparator({ label }: { label: string }) {
  return (
    <li className="my-3 flex items-center gap-3 text-xs text-stone-500" role="separator" aria-label={label}>
      <span className="h-px flex-1 bg-stone-200" aria-hidden />
      <span aria-hidden>{label}</span>
      <span className="h-px flex-1 bg-stone-200" aria-hidden />
    </li>
  );
}
