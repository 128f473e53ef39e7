'use client';
import { useState } from 'react';
import { ConfirmButton } from '@/components/ui/confirm-button';
import type { ChatMessageView } from '@/lib/chat/schema';
import { clockTime, fullDateTime } from '@/lib/core/seoul-time';
import { HiddenNotice } from '@/components/moderation/hidden-notice';
import { ReportButton } from '@/components/moderation/report-button';
import type { PendingMessage } from './message-state';

export function SystemMessage({ message }: { message: ChatMessageView }) {
  return (
    <li className="flex justify-center py-1" data-testid="system-message">
      <p className="rounded-full bg-stone-200/70 px-3 py-1 text-center text-xs text-stone-600">{message.body}</p>
    </li>
  );
}

function Stamp({ date }: { date: string }) {
  return (
    <time dateTime={date} title={fullDateTime(date)} className="shrink-0 text-[11px] text-stone-500">
      {clockTime(date)}
    </time>
  );
}

type TextMessageProps = {
  message: ChatMessageView;
  mine: boolean;
  showName: boolean;
  /** Direct rooms, my messages: whether the other person has read it (undefined elsewhere). */
  read?: boolean;
  /** My undeleted messages: deletes it for everyone. */
  onDelete?: () => Promise<void>;
};

/** One text message; `showName` starts a run of messages by the same neighbour. Tapping my own opens its actions. */
export function TextMessage({ message, mine, showName, read, onDelete }: TextMessageProps) {
  const name = message.user?.username ?? '알 수 없음';
  const [actionsOpen, setActionsOpen] = useState(false);
  const bubble = `whitespace-pre-wrap break-words rounded-2xl px-3 py-2 text-left text-[15px] leading-snug ${
    message.isDeleted
      ? 'border border-dashed border-stone-300 bg-transparent italic text-stone-500'
      : mine
        ? 'rounded-br-md bg-brand-700 text-white'
        : 'rounded-bl-md border border-stone-200 bg-white text-stone-900'
  }`;
  const text = (
    <>
      <span className="sr-only">{mine ? '나' : name}: </span>
      {message.body}
    </>
  );
  return (
    <li className={`flex flex-col ${mine ? 'items-end' : 'items-start'} ${showName ? 'mt-2' : ''}`} data-testid={mine ? 'my-message' : 'their-message'}>
      {!mine && showName && <span className="mb-1 px-1 text-xs font-semibold text-stone-700">{name}</span>}
      <div className={`flex max-w-[85%] items-end gap-1.5 ${mine ? 'flex-row-reverse' : ''}`}>
        {onDelete ? (
          <button type="button" className={bubble} aria-expanded={actionsOpen} onClick={() => setActionsOpen((open) => !open)} data-testid="message-body">
            {text}
          </button>
        ) : (
          <p className={bubble} data-testid="message-body">
            {text}
          </p>
        )}
        <span className={`flex shrink-0 flex-col ${mine ? 'items-end' : 'items-start'}`}>
          {read !== undefined && (
            <span className={`text-[11px] font-semibold ${read ? 'text-brand-700' : 'text-stone-400'}`} data-testid="read-receipt">
              {read ? '읽음' : '안 읽음'}
            </span>
          )}
          <Stamp date={message.createdAt} />
        </span>
        {!mine && message.user && !message.isDeleted && (
          <ReportButton targetType="message" targetId={message.id} label={`${name}님의 메시지 신고하기`} className="min-h-8 px-1 text-[11px]" />
        )}
      </div>
      {mine && message.hiddenAt && (
        <span className="mt-1">
          <HiddenNotice compact />
        </span>
      )}
      {onDelete && actionsOpen && (
        <div className="mt-1">
          <ConfirmButton
            title="메시지를 삭제할까요?"
            description="모든 사람에게 “삭제된 메시지입니다”로 보여요."
            confirmLabel="삭제"
            pendingLabel="삭제하는 중…"
            className="min-h-9! px-3! text-sm!"
            onConfirm={onDelete}
            after={() => setActionsOpen(false)}
          >
            메시지 삭제
          </ConfirmButton>
        </div>
      )}
    </li>
  );
}

/** My message on its way (dimmed) or failed, with 다시 보내기 (same clientId) and 삭제. */
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
