'use client';
import { useState } from 'react';
import { useGameWatch } from '@/components/realtime/use-game-watch';
import { useRefreshOnReconnect, useSocketEvent } from '@/components/realtime/use-socket-event';
import { gameStatusLabel } from './game-labels';

/**
 * Seats left and the status badge, kept current by `game:updated`: a list card watches its
 * game's 시군구 (`sigunguCode`), a detail page its game.
 */
export function LiveSeats({
  gameId,
  sigunguCode,
  joined,
  capacity,
  status,
}: {
  gameId: number;
  sigunguCode?: string;
  joined: number;
  capacity: number;
  status: string;
}) {
  const [live, setLive] = useState({ joined, capacity, status });
  // A fresh server render (after a reconnect, or the page refreshing on an update) is newer than
  // what was heard live before it.
  const [rendered, setRendered] = useState({ joined, capacity, status });
  if (rendered.joined !== joined || rendered.capacity !== capacity || rendered.status !== status) {
    setRendered({ joined, capacity, status });
    setLive({ joined, capacity, status });
  }
  useGameWatch(sigunguCode ? { sigunguCode } : { gameId });
  useRefreshOnReconnect();
  useSocketEvent('game:updated', (e) => {
    if (e.gameId === gameId) setLive({ joined: e.joined, capacity: e.capacity, status: e.status });
  });
  const left = Math.max(0, live.capacity - live.joined);
  return (
    <span className="flex items-center gap-2 text-sm" data-testid="seats">
      <StatusBadge status={live.status} />
      {(live.status === 'recruiting' || live.status === 'full') && (
        <span className={left === 0 ? 'font-semibold text-stone-600' : 'font-semibold text-brand-800'}>
          {left === 0 ? '자리 없음' : `${left}자리 남음`}
        </span>
      )}
      <span className="text-stone-600">
        ({live.joined}/{live.capacity}명)
      </span>
    </span>
  );
}

const badgeTone: Record<string, string> = {
  recruiting: 'bg-brand-50 text-brand-800',
  full: 'bg-amber-100 text-amber-900',
  confirmed: 'bg-emerald-100 text-emerald-900',
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${badgeTone[status] ?? 'bg-stone-100 text-stone-700'}`} data-testid="game-status">
      {gameStatusLabel[status] ?? status}
    </span>
  );
}
