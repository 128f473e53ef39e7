'use client';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';

const MAX = 1000;

/**
 * Enter sends, Shift+Enter breaks the line. Enter that confirms a Hangul syllable (IME
 * composition) must not send, or the last syllable would be sent twice.
 */
export function Composer({ onSend, onTyping, disabled }: { onSend: (body: string) => void; onTyping: () => void; disabled?: boolean }) {
  const id = useId();
  const [text, setText] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);

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
    onSend(body);
    setText('');
    requestAnimationFrame(resize);
    input.current?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      submit();
    }
  }

  const empty = text.trim().length === 0;
  return (
    <form method="post" onSubmit={submit} className="flex items-end gap-2 border-t border-stone-200 bg-white p-2">
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
          resize();
          if (e.target.value.trim()) onTyping();
        }}
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
  );
}
