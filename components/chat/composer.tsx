'use client';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { MAX_CHAT_IMAGES } from '@/db/constants/chat';
import { MAX_IMAGE_BYTES } from '@/lib/images/limits';
import { readableText, withMentionTokens } from '@/lib/chat/mentions';
import type { ChatMessageView } from '@/lib/chat/schema';
import { MentionPicker, mentionQuery, type Mentionable } from './mention-picker';

const MAX = 1000;

type Props = {
  roomId: number;
  viewerId: number;
  onSend: (body: string) => void;
  onPhotos: (files: File[]) => void;
  onTyping: () => void;
  /** The message being answered, shown above the input with 취소. */
  replyTo: ChatMessageView | null;
  onCancelReply: () => void;
  disabled?: boolean;
};

/**
 * Enter sends, Shift+Enter breaks the line. Enter that confirms a Hangul syllable (IME
 * composition) must not send, or the last syllable would be sent twice. `@` offers the room's
 * members; a picked name is sent as their mention token.
 */
export function Composer({ roomId, viewerId, onSend, onPhotos, onTyping, replyTo, onCancelReply, disabled }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [caret, setCaret] = useState(0);
  const [picked, setPicked] = useState<Mentionable[]>([]);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const query = mentionQuery(text, caret);

  function resize() {
    const el = input.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${Math.min(el.scrollHeight, 140)}px`;
  }

  function submit(e?: FormEvent) {
    e?.preventDefault();
    const body = text.trim();
    if (!body || disabled) return;
    onSend(withMentionTokens(body, picked));
    setText('');
    setPicked([]);
    requestAnimationFrame(resize);
    input.current?.focus();
  }

  function pick(user: Mentionable) {
    const before = text.slice(0, caret).replace(/@[^\s@]*$/, `@${user.username} `);
    const next = before + text.slice(caret);
    setText(next);
    setPicked((p) => [...p.filter((u) => u.id !== user.id), user]);
    requestAnimationFrame(() => {
      input.current?.setSelectionRange(before.length, before.length);
      setCaret(before.length);
    });
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      submit();
    }
  }

  function choosePhotos(files: File[]) {
    if (!files.length) return;
    if (files.length > MAX_CHAT_IMAGES) return setPhotoError(`사진은 한 번에 ${MAX_CHAT_IMAGES}장까지 보낼 수 있어요.`);
    if (files.some((f) => f.size > MAX_IMAGE_BYTES)) return setPhotoError('사진은 한 장에 10MB까지 보낼 수 있어요.');
    setPhotoError(null);
    onPhotos(files);
  }

  const empty = text.trim().length === 0;
  return (
    <div className="relative border-t border-stone-200 bg-white">
      {replyTo && (
        <div className="flex items-center gap-2 border-b border-stone-100 px-3 py-1.5 text-xs text-stone-700" data-testid="reply-banner">
          <span className="min-w-0 flex-1 truncate">
            <span className="font-semibold">{replyTo.user?.username ?? '알 수 없음'}</span>에게 답장: {replyTo.kind === 'image' ? '사진' : readableText(replyTo)}
          </span>
          <button type="button" onClick={onCancelReply} className="min-h-8 rounded-md px-2 text-stone-600 hover:bg-stone-100">
            답장 취소
          </button>
        </div>
      )}
      {photoError && (
        <p role="alert" className="px-3 pt-1 text-xs text-red-700">
          {photoError}
        </p>
      )}
      {query !== null && !disabled && <MentionPicker roomId={roomId} viewerId={viewerId} query={query} onPick={pick} />}
      <form method="post" onSubmit={submit} className="flex items-end gap-2 p-2">
        <input
          ref={fileInput}
          type="file"
          accept="image/*"
          multiple
          className="sr-only"
          tabIndex={-1}
          aria-label="사진 고르기"
          onChange={(e) => {
            choosePhotos([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
        <button
          type="button"
          disabled={disabled}
          onClick={() => fileInput.current?.click()}
          className="min-h-11 min-w-11 shrink-0 rounded-xl text-xl text-stone-700 ring-1 ring-stone-300 hover:bg-stone-100 disabled:text-stone-400"
          aria-label="사진 첨부"
        >
          📷
        </button>
        <label htmlFor={id} className="sr-only">
          메시지
        </label>
        <textarea
          id={id}
          ref={input}
          rows={1}
          value={text}
          maxLength={MAX}
          disabled={disabled}
          placeholder={disabled ? '메시지를 보낼 수 없어요' : '메시지를 입력하세요'}
          onChange={(e) => {
            setText(e.target.value);
            setCaret(e.target.selectionStart);
            resize();
            if (e.target.value.trim()) onTyping();
          }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
          enterKeyHint="send"
          className="max-h-36 min-h-11 flex-1 resize-none rounded-xl border border-stone-300 bg-stone-50 px-3 py-2.5 text-base leading-snug focus:bg-white"
        />
        <button
          type="submit"
          disabled={empty || disabled}
          className="min-h-11 shrink-0 rounded-xl bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 disabled:bg-stone-300 disabled:text-stone-600"
        >
          보내기
        </button>
      </form>
    </div>
  );
}
