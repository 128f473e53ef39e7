'use client';
import { statusLabels } from '@/lib/accounts/status';
import type { Presence } from '@/lib/friends/schema';
import { RelativeTime } from '@/components/ui/relative-time';

/** A green (online) or grey dot with words, then the person's status when it may be shown. */
export function PresenceBadge({ presence, status, className = '' }: { presence: Presence; status: keyof typeof statusLabels | null; className?: string }) {
  return (
    <span className={`inline-flex flex-wrap items-center gap-x-1.5 text-xs text-stone-600 ${className}`} data-testid="presence">
      <span aria-hidden className={`size-2.5 shrink-0 rounded-full ${presence.online ? 'bg-emerald-500' : 'bg-stone-300'}`} />
      {presence.online ? (
        <span className="font-semibold text-emerald-700">접속 중</span>
      ) : presence.lastSeenAt ? (
        <span>
          <RelativeTime date={presence.lastSeenAt} /> 접속
        </span>
      ) : (
        <span>오프라인</span>
      )}
      {status && (
        <>
          <span aria-hidden>·</span>
          <span data-testid="status">{statusLabels[status]}</span>
        </>
      )}
    </span>
  );
}
