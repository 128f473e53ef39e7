'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSocketContext } from '@/components/realtime/socket-provider';
import { useSocketEvent } from '@/components/realtime/use-socket-event';
import type { UserRef } from '@/lib/accounts/user-ref';

const SHOW_MS = 4_000;
const SEND_EVERY_MS = 2_000;

/** Who else is typing in the room (each shown for a few seconds after their last signal), and a throttled notifier for me. */
export function useTyping(roomId: number) {
  const { socket } = useSocketContext();
  const [typers, setTypers] = useState<UserRef[]>([]);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const lastSent = useRef(0);

  const stop = useCallback((userId: number) => {
    clearTimeout(timers.current.get(userId));
    timers.current.delete(userId);
    setTypers((list) => (list.some((u) => u.id === userId) ? list.filter((u) => u.id !== userId) : list));
  }, []);

  useSocketEvent('typing', ({ roomId: id, user }) => {
    if (id !== roomId) return;
    setTypers((list) => (list.some((u) => u.id === user.id) ? list : [...list, user]));
    clearTimeout(timers.current.get(user.id));
    timers.current.set(
      user.id,
      setTimeout(() => stop(user.id), SHOW_MS),
    );
  });
  // Their message arrived: they are done typing it.
  useSocketEvent('message:new', (message) => {
    if (message.roomId === roomId && message.user) stop(message.user.id);
  });

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((t) => clearTimeout(t));
  }, []);

  const notifyTyping = useCallback(() => {
    const now = Date.now();
    if (!socket?.connected || now - lastSent.current < SEND_EVERY_MS) return;
    lastSent.current = now;
    socket.emit('typing', { roomId });
  }, [socket, roomId]);

  // Sending ends the burst: others clear my indicator on my message, so the next keystroke signals again.
  const resetTyping = useCallback(() => {
    lastSent.current = 0;
  }, []);

  return { typers, notifyTyping, resetTyping };
}

export function typingText(typers: UserRef[]) {
  if (typers.length === 0) return '';
  if (typers.length === 1) return `${typers[0]!.username}님이 입력 중…`;
  if (typers.length === 2) return `${typers[0]!.username}님, ${typers[1]!.username}님이 입력 중…`;
  return `${typers[0]!.username}님 외 ${typers.length - 1}명이 입력 중…`;
}
