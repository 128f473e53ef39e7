import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IoServer } from './io';
import { getIo, setIo } from './io';
import { flushRoomReads, queueRoomRead, READ_DIGEST_MS } from './read-digest';

const read = (roomId: number, userId: number, previousReadMessageId: number, lastReadMessageId: number) => ({
  roomId,
  userId,
  previousReadMessageId,
  lastReadMessageId,
  unreadCount: 0,
});

describe('room:reads digest', () => {
  const installed = getIo();
  afterEach(() => {
    vi.useRealTimers();
    setIo(installed);
  });

  it('sends each room one digest a tick, one entry per member spanning all its moves', () => {
    vi.useFakeTimers();
    const sent: { room: string; event: string; payload: unknown }[] = [];
    setIo({ to: (room: string) => ({ emit: (event: string, payload: unknown) => sent.push({ room, event, payload }) }) } as unknown as IoServer);
    queueRoomRead(read(1, 10, 5, 7));
    queueRoomRead(read(1, 11, 6, 7));
    queueRoomRead(read(2, 10, 3, 4));
    queueRoomRead(read(1, 10, 7, 9));
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(READ_DIGEST_MS);
    expect(sent).toEqual([
      { room: 'room:1', event: 'room:reads', payload: { roomId: 1, reads: [read(1, 10, 5, 9), read(1, 11, 6, 7)] } },
      { room: 'room:2', event: 'room:reads', payload: { roomId: 2, reads: [read(2, 10, 3, 4)] } },
    ]);
    flushRoomReads();
    expect(sent).toHaveLength(2);
  });
});
