'use client';
import { useState } from 'react';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { HiddenNotice } from '@/components/moderation/hidden-notice';
import { ReportButton } from '@/components/moderation/report-button';
import type { ChatReactionEmoji } from '@/db/constants/chat';
import { mentionParts, renderMentions, withMentionTokens } from '@/lib/chat/mentions';
import type { ChatMessageView } from '@/lib/chat/schema';
import { clockTime, fullDateTime } from '@/lib/core/seoul-time';
import { ApiError } from '@/lib/http/client';
import { ReactionChips, ReactionPicker } from './reaction-bar';

export type MessageActions = {
  onReply: () => void;
  onReact: (emoji: ChatReactionEmoji, on: boolean) => void;
  /** Scrolls to (loading if need be) the message a reply quotes. */
  onJumpTo: (messageId: number) => void;
  /** My text messages within 15 minutes of sending. */
  onEdit?: (body: string) => Promise<void>;
  /** My undeleted messages: deletes it for everyone. */
  onDelete?: () => Promise<void>;
};

type Props = {
  message: ChatMessageView;
  mine: boolean;
  viewerId: number;
  showName: boolean;
  /** Direct rooms, my messages: whether the other person has read it (undefined elsewhere). */
  read?: boolean;
  /** Group rooms: how many members have not read it yet (the KakaoTalk number; hidden at 0). */
  unread?: number;
  highlighted: boolean;
  actions: MessageActions;
};

const names = (m: ChatMessageView) => new Map(m.mentionedUsers.map((u) => [u.id, u.username]));

function Body({ message, viewerId }: { message: ChatMessageView; viewerId: number }) {
  if (message.isDeleted) return <>{message.body}</>;
  const known = names(message);
  return (
    <>
      {mentionParts(message.body).map((part, i) =>
        'text' in part ? (
          <span key={i}>{part.text}</span>
        ) : (
          <span key={i} className={`font-semibold ${part.userId === viewerId ? 'rounded bg-amber-200 px-0.5 text-stone-900' : 'underline decoration-dotted'}`} data-testid="mention">
            @{known.get(part.userId) ?? '알 수 없음'}
          </span>
        ),
      )}
    </>
  );
}

function Photos({ message }: { message: ChatMessageView }) {
  const many = message.images.length > 1;
  return (
    <div className={`grid gap-1 ${many ? 'grid-cols-2' : 'grid-cols-1'}`} data-testid="message-photos">
      {message.images.map((image, i) => (
        // Members-only, private-cached files: next/image's optimiser would fetch them without the viewer's cookie.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          key={image.url}
          src={image.thumbUrl}
          width={image.width}
          height={image.height}
          alt={`사진 ${i + 1}/${message.images.length}`}
          className={`h-auto w-full rounded-xl bg-stone-200 object-cover ${many ? 'aspect-square' : 'max-h-72'}`}
          loading="lazy"
        />
      ))}
    </div>
  );
}

function EditForm({ message, onSave, onDone }: { message: ChatMessageView; onSave: (body: string) => Promise<void>; onDone: () => void }) {
  const [text, setText] = useState(() => renderMentions(message.body, names(message)));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  async function save() {
    setSaving(true);
    setError(null);
    try {
      await onSave(withMentionTokens(text.trim(), message.mentionedUsers));
      onDone();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '고치지 못했어요.');
    } finally {
      setSaving(false);
    }
  }
  return (
    <div className="mt-1 flex w-full max-w-[85%] flex-col gap-1">
      <label className="sr-only" htmlFor={`edit-${message.id}`}>
        메시지 고치기
      </label>
      <textarea id={`edit-${message.id}`} value={text} onChange={(e) => setText(e.target.value)} maxLength={1000} rows={2} className="rounded-xl border border-stone-300 bg-white px-3 py-2 text-base" />
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <button type="button" onClick={onDone} className="min-h-9 rounded-md px-3 text-sm text-stone-700 hover:bg-stone-100">
          취소
        </button>
        <button type="button" onClick={save} disabled={saving || !text.trim()} className="min-h-9 rounded-md bg-brand-700 px-3 text-sm font-semibold text-white disabled:bg-stone-300">
          {saving ? '저장하는 중…' : '저장'}
        </button>
      </div>
    </div>
  );
}

/** One text or photo message; tapping it opens its actions (reactions, 답장, and for mine 수정 and 삭제). */
export function MessageBubble({ message, mine, viewerId, showName, read, unread, highlighted, actions }: Props) {
  const name = message.user?.username ?? '알 수 없음';
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const photo = message.kind === 'image' && !message.isDeleted;
  const bubble = `whitespace-pre-wrap break-words rounded-2xl text-left text-[15px] leading-snug ${photo ? 'p-1' : 'px-3 py-2'} ${
    message.isDeleted
      ? 'border border-dashed border-stone-300 bg-transparent italic text-stone-500'
      : mine
        ? 'rounded-br-md bg-brand-700 text-white'
        : 'rounded-bl-md border border-stone-200 bg-white text-stone-900'
  }`;
  return (
    <li
      id={`message-${message.id}`}
      className={`flex flex-col ${mine ? 'items-end' : 'items-start'} ${showName ? 'mt-2' : ''} ${highlighted ? 'rounded-xl bg-amber-100/70 transition-colors' : ''}`}
      data-testid={mine ? 'my-message' : 'their-message'}
      data-message-id={message.id}
    >
      {!mine && showName && <span className="mb-1 px-1 text-xs font-semibold text-stone-700">{name}</span>}
      {message.replyTo && (
        <button
          type="button"
          onClick={() => actions.onJumpTo(message.replyTo!.id)}
          className="mb-0.5 max-w-[80%] truncate rounded-lg border-l-4 border-brand-600 bg-stone-100 px-2 py-1 text-left text-xs text-stone-700"
          data-testid="reply-quote"
        >
          <span className="font-semibold">{message.replyTo.user?.username ?? '알 수 없음'}</span>에게 답장 · {message.replyTo.body}
        </button>
      )}
      <div className={`flex max-w-[85%] items-end gap-1.5 ${mine ? 'flex-row-reverse' : ''}`}>
        <button type="button" className={bubble} aria-expanded={open} aria-label={open ? '메시지 메뉴 닫기' : undefined} onClick={() => setOpen((o) => !o)} data-testid="message-body">
          <span className="sr-only">{mine ? '나' : name}: </span>
          {photo ? <Photos message={message} /> : <Body message={message} viewerId={viewerId} />}
        </button>
        <span className={`flex shrink-0 flex-col ${mine ? 'items-end' : 'items-start'}`}>
          {unread !== undefined && unread > 0 && (
            <span className="text-[11px] font-bold text-amber-600" data-testid="unread-count" aria-label={`${unread}명 안 읽음`}>
              {unread}
            </span>
          )}
          {read !== undefined && (
            <span className={`text-[11px] font-semibold ${read ? 'text-brand-700' : 'text-stone-400'}`} data-testid="read-receipt">
              {read ? '읽음' : '안 읽음'}
            </span>
          )}
          {message.editedAt && !message.isDeleted && <span className="text-[11px] text-stone-500">수정됨</span>}
          <time dateTime={message.createdAt} title={fullDateTime(message.createdAt)} className="text-[11px] text-stone-500">
            {clockTime(message.createdAt)}
          </time>
        </span>
        {!mine && message.user && !message.isDeleted && (
          <ReportButton targetType="message" targetId={message.id} label={`${name}님의 메시지 신고하기`} className="min-h-8 px-1 text-[11px]" />
        )}
      </div>
      {!message.isDeleted && <ReactionChips reactions={message.reactions} onToggle={actions.onReact} />}
      {mine && message.hiddenAt && (
        <span className="mt-1">
          <HiddenNotice compact />
        </span>
      )}
      {editing && actions.onEdit && <EditForm message={message} onSave={actions.onEdit} onDone={() => setEditing(false)} />}
      {open && !editing && !message.isDeleted && (
        <div className="mt-1 flex flex-wrap items-center gap-1 rounded-xl bg-white p-1 shadow ring-1 ring-stone-200" data-testid="message-actions">
          <ReactionPicker
            reactions={message.reactions}
            onToggle={(emoji, on) => {
              actions.onReact(emoji, on);
              setOpen(false);
            }}
          />
          <button type="button" className="min-h-9 rounded-md px-2 text-sm font-medium text-stone-800 hover:bg-stone-100" onClick={() => (actions.onReply(), setOpen(false))}>
            답장
          </button>
          {photo &&
            message.images.map((image, i) => (
              <a key={image.url} href={image.url} target="_blank" rel="noreferrer" className="min-h-9 content-center rounded-md px-2 text-sm font-medium text-stone-800 hover:bg-stone-100">
                {message.images.length > 1 ? `사진 ${i + 1} 크게 보기` : '크게 보기'}
              </a>
            ))}
          {actions.onEdit && (
            <button type="button" className="min-h-9 rounded-md px-2 text-sm font-medium text-stone-800 hover:bg-stone-100" onClick={() => (setEditing(true), setOpen(false))}>
              수정
            </button>
          )}
          {actions.onDelete && (
            <ConfirmButton
              title="메시지를 삭제할까요?"
              description="모든 사람에게 “삭제된 메시지입니다”로 보여요."
              confirmLabel="삭제"
              pendingLabel="삭제하는 중…"
              className="min-h-9! px-3! text-sm!"
              onConfirm={actions.onDelete}
              after={() => setOpen(false)}
            >
              메시지 삭제
            </ConfirmButton>
          )}
        </div>
      )}
    </li>
  );
}
