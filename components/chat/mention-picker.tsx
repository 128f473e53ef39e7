'use client';
import { useQuery } from '@tanstack/react-query';
import { listMembersEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';
import { chatKeys } from './chat-keys';

export type Mentionable = { id: number; username: string };

/** The `@word` being typed right before the caret, if any. */
export function mentionQuery(text: string, caret: number): string | null {
  const match = /(^|\s)@([^\s@]{0,20})$/.exec(text.slice(0, caret));
  return match ? match[2]! : null;
}

/**
 * The members matching what follows `@` (the room's member list, fetched once it is needed):
 * a listbox under the composer; picking one writes `@name ` and remembers who it is.
 */
export function MentionPicker({ roomId, viewerId, query, onPick }: { roomId: number; viewerId: number; query: string; onPick: (user: Mentionable) => void }) {
  const members = useQuery({
    queryKey: chatKeys.members(roomId),
    queryFn: ({ signal }) => callEndpoint(listMembersEndpoint, { params: { id: roomId }, signal }),
    staleTime: 30_000,
  });
  const matches = (members.data?.items ?? [])
    .map((m) => m.user)
    .filter((u) => u.id !== viewerId && !u.isDeleted && u.username.toLowerCase().includes(query.toLowerCase()))
    .slice(0, 6);
  if (!matches.length) return null;
  return (
    <ul role="listbox" aria-label="멘션할 멤버" className="absolute bottom-full left-2 right-2 mb-1 max-h-56 overflow-y-auto rounded-xl bg-white p-1 shadow-lg ring-1 ring-stone-200">
      {matches.map((u) => (
        <li key={u.id} role="option" aria-selected={false}>
          <button
            type="button"
            // Keeps the textarea focused (and its caret) while picking.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(u)}
            className="min-h-10 w-full rounded-lg px-3 text-left text-sm hover:bg-stone-100"
          >
            @{u.username}
          </button>
        </li>
      ))}
    </ul>
  );
}
