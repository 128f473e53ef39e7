'use client';
import { chatReactionEmojis, type ChatReactionEmoji } from '@/db/constants/chat';
import type { ReactionCount } from '@/lib/chat/schema';

const names: Record<ChatReactionEmoji, string> = { '👍': '좋아요', '❤️': '하트', '😂': '웃겨요', '😮': '놀라워요', '😢': '슬퍼요', '🙏': '고마워요' };

/** The reactions under a message: each a toggle showing its count, pressed when it is mine. */
export function ReactionChips({ reactions, onToggle }: { reactions: ReactionCount[]; onToggle: (emoji: ChatReactionEmoji, on: boolean) => void }) {
  if (!reactions.length) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-1" aria-label="반응" data-testid="reactions">
      {reactions.map((r) => (
        <li key={r.emoji}>
          <button
            type="button"
            aria-pressed={r.mine}
            aria-label={`${names[r.emoji]} ${r.count}명${r.mine ? ', 내가 누름' : ''}`}
            onClick={() => onToggle(r.emoji, !r.mine)}
            className={`min-h-8 rounded-full px-2 text-sm ring-1 ${r.mine ? 'bg-brand-50 ring-brand-600' : 'bg-white ring-stone-300'}`}
            data-testid="reaction"
          >
            {r.emoji} <span className="font-semibold">{r.count}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The fixed set to pick from in a message's actions. */
export function ReactionPicker({ reactions, onToggle }: { reactions: ReactionCount[]; onToggle: (emoji: ChatReactionEmoji, on: boolean) => void }) {
  return (
    <div className="flex gap-1" role="group" aria-label="반응 남기기">
      {chatReactionEmojis.map((emoji) => {
        const mine = reactions.some((r) => r.emoji === emoji && r.mine);
        return (
          <button
            key={emoji}
            type="button"
            aria-pressed={mine}
            aria-label={names[emoji]}
            onClick={() => onToggle(emoji, !mine)}
            className={`min-h-9 min-w-9 rounded-full text-lg ${mine ? 'bg-brand-100' : 'hover:bg-stone-100'}`}
          >
            {emoji}
          </button>
        );
      })}
    </div>
  );
}
