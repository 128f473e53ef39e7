'use client';
import { useEffect, useState } from 'react';
import { useSocketContext, useSocketStatus } from '@/components/realtime/socket-provider';
import { useSocketEvent } from '@/components/realtime/use-socket-event';
import type { CommunityPresence, ServerToClientEvents } from '@/lib/realtime/events';

export type TalkMessage = Parameters<ServerToClientEvents['community:message']>[0];

const TALK_KEPT = 50;

/**
 * Keeps this tab among the post's readers while mounted (again after every reconnect, since the
 * server forgets rooms) and collects who is reading and what they say.
 */
export function useCommunityRoom(postId: number) {
  const { socket } = useSocketContext();
  const status = useSocketStatus();
  const [presence, setPresence] = useState<CommunityPresence | null>(null);
  const [messages, setMessages] = useState<TalkMessage[]>([]);

  useEffect(() => {
    if (!socket) return;
    const watch = () => {
      socket
        .timeout(15_000)
        .emitWithAck('community:watch', { postId })
        .then((result) => {
          if (result.ok) setPresence(result.presence);
        })
        // A timeout while offline: the next connect watches again.
        .catch(() => {});
    };
    if (socket.connected) watch();
    socket.on('connect', watch);
    return () => {
      socket.off('connect', watch);
      if (socket.connected) socket.emit('community:unwatch', { postId });
    };
  }, [socket, postId]);

  useSocketEvent('community:presence', (p) => {
    if (p.postId === postId) setPresence(p);
  });
  useSocketEvent('community:message', (m) => {
    if (m.postId === postId) setMessages((prev) => [...prev.slice(-(TALK_KEPT - 1)), m]);
  });

  async function say(body: string) {
    if (!socket?.connected) return { ok: false as const, error: '연결이 끊겼어요. 잠시 후 다시 보내 주세요.' };
    try {
      const result = await socket.timeout(10_000).emitWithAck('community:say', { postId, body });
      return result.ok ? { ok: true as const } : { ok: false as const, error: result.error };
    } catch {
      return { ok: false as const, error: '보내지 못했어요. 잠시 후 다시 보내 주세요.' };
    }
  }

  return { presence, messages, say, connected: status === 'connected' };
}
