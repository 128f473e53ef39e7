'use client';
import { Fragment, useEffect, useState } from 'react';
import { Spinner } from '@/components/ui/spinner';
import { seoulDate, dayLabel } from '@/lib/core/seoul-time';
import { CHAT_EDIT_WINDOW_MS, type ChatReactionEmoji } from '@/db/constants/chat';
import type { ChatMessageView } from '@/lib/chat/schema';
import { MessageBubble } from './message-bubble';
import { DaySeparator, PendingItem, SystemMessage } from './message-item';
import type { PendingMessage } from './message-state';
import { isNearBottom, useScrollAnchor } from './use-scroll-anchor';

const NEAR_TOP_PX = 120;

type Props = {
  viewerId: number;
  messages: ChatMessageView[];
  pending: PendingMessage[];
  cursor: number | null;
  loadingOlder: boolean;
  olderError: string | null;
  onLoadOlder: () => void;
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
  /** The newest message is on screen (scrolled to the bottom, tab visible). */
  onRead: (messageId: number) => void;
  /** Direct rooms: the other person's read marker, for the "읽음" marks on my messages. */
  peerReadUpTo: number | null;
  onDelete: (messageId: number) => Promise<void>;
  onEdit: (messageId: number, body: string) => Promise<void>;
  onReact: (messageId: number, emoji: ChatReactionEmoji, on: boolean) => void;
  onReply: (message: ChatMessageView) => void;
  onJumpTo: (messageId: number) => void;
  /** A message just jumped to (a quote, a search result): briefly marked. */
  highlightedId: number | null;
  /** Land on this message and hold it on screen until the reader scrolls; `seq` tells repeated jumps apart. */
  landing: { id: number; seq: number } | null;
};

const editable = (m: ChatMessageView) => m.kind === 'text' && !m.isDeleted && Date.now() - Date.parse(m.createdAt) < CHAT_EDIT_WINDOW_MS;

/**
 * The scrolling log: sticks to the bottom while you are there, keeps your place when older
 * messages are put on top (loaded near the top or with the button) and offers a jump back
 * down when something new arrives while you read history.
 */
export function MessageList(props: Props) {
  const { viewerId, messages, pending, cursor, loadingOlder, olderError, onLoadOlder, onRead } = props;
  const [atBottom, setAtBottom] = useState(true);
  const [lastSeenId, setLastSeenId] = useState<number | undefined>(undefined);
  const lastId = messages.at(-1)?.id;
  const { scroller, content: log, held, hold, onScrolled } = useScrollAnchor({
    firstId: messages[0]?.id,
    tailKey: `${lastId}:${pending.length}:${pending.at(-1)?.clientId}`,
    followTail: atBottom || (pending.length > 0 && pending.at(-1)?.status === 'sending'),
    landing: props.landing,
  });

  useEffect(() => {
    if (!atBottom || lastId === undefined) return;
    const mark = () => {
      if (document.visibilityState === 'visible') onRead(lastId);
    };
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [atBottom, lastId, onRead]);

  function onScroll() {
    const el = scroller.current;
    if (!el) return;
    const byReader = onScrolled();
    const bottom = held()?.to === 'bottom' || isNearBottom(el);
    if (bottom !== atBottom) {
      setAtBottom(bottom);
      if (!bottom) setLastSeenId(lastId);
    }
    if (byReader && el.scrollTop < NEAR_TOP_PX && cursor !== null && !loadingOlder && !olderError) onLoadOlder();
  }

  function toBottom() {
    hold(null);
    scroller.current?.scrollTo({ top: scroller.current.scrollHeight, behavior: 'smooth' });
  }

  const hasNew = !atBottom && lastId !== undefined && lastSeenId !== undefined && lastId > lastSeenId;
  return (
    <div className="relative min-h-0 flex-1">
      <div ref={scroller} onScroll={onScroll} className="h-full overflow-y-auto overscroll-contain px-3 py-3" data-testid="message-scroller">
        <div className="flex justify-center pb-2">
          {cursor !== null ? (
            <button
              type="button"
              onClick={onLoadOlder}
              disabled={loadingOlder}
              className="min-h-9 rounded-full px-3 text-sm font-medium text-stone-700 ring-1 ring-stone-300 hover:bg-white disabled:text-stone-500"
            >
              {loadingOlder ? <Spinner label="불러오는 중…" /> : '이전 메시지 보기'}
            </button>
          ) : (
            <p className="text-xs text-stone-500">대화의 처음이에요</p>
          )}
        </div>
        {olderError && (
          <p role="alert" className="pb-2 text-center text-sm text-red-700">
            {olderError}{' '}
            <button type="button" className="font-semibold underline" onClick={onLoadOlder}>
              다시 시도
            </button>
          </p>
        )}
        <div ref={log} role="log" aria-label="대화 내용" aria-live="polite">
          <ul className="flex flex-col gap-1">
            {messages.map((m, i) => {
              const before = messages[i - 1];
              const newDay = !before || seoulDate(before.createdAt) !== seoulDate(m.createdAt);
              const showName = newDay || !before || before.kind === 'system' || before.user?.id !== m.user?.id;
              return (
                <Fragment key={m.id}>
                  {newDay && <DaySeparator label={dayLabel(m.createdAt)} />}
                  {m.kind === 'system' ? (
                    <SystemMessage message={m} />
                  ) : (
                    <MessageBubble
                      message={m}
                      mine={m.user?.id === viewerId}
                      viewerId={viewerId}
                      showName={showName}
                      read={m.user?.id === viewerId && !m.isDeleted && props.peerReadUpTo !== null ? m.id <= props.peerReadUpTo : undefined}
                      // Direct rooms say 읽음 instead: with one reader it is the same number.
                      unread={props.peerReadUpTo === null && !m.isDeleted ? m.unreadCount : undefined}
                      highlighted={props.highlightedId === m.id}
                      actions={{
                        onReply: () => props.onReply(m),
                        onReact: (emoji, on) => props.onReact(m.id, emoji, on),
                        onJumpTo: props.onJumpTo,
                        onEdit: m.user?.id === viewerId && editable(m) ? (body) => props.onEdit(m.id, body) : undefined,
                        onDelete: m.user?.id === viewerId && !m.isDeleted ? () => props.onDelete(m.id) : undefined,
                      }}
                    />
                  )}
                </Fragment>
              );
            })}
            {pending.map((p) => (
              <PendingItem key={p.clientId} pending={p} onRetry={() => props.onRetry(p.clientId)} onDiscard={() => props.onDiscard(p.clientId)} />
            ))}
          </ul>
        </div>
      </div>
      {!atBottom && (
        <button
          type="button"
          onClick={toBottom}
          className="absolute bottom-3 left-1/2 -translate-x-1/2 rounded-full bg-stone-800/90 px-4 py-2 text-sm font-semibold text-white shadow-lg"
        >
          {hasNew ? '새 메시지 ↓' : '맨 아래로 ↓'}
        </button>
      )}
    </div>
  );
}
