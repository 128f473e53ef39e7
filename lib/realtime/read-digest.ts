import { processSingleton } from '@/lib/core/process-singleton';
import type { RoomRead } from './events';
import { chatRoom, getIo } from './io';

/**
 * How long a room's read markers gather before its open screens hear them. In a busy room every
 * member reads about once a second; one `room:read` each to all 50 sockets was a fifth of the
 * room's traffic and doubled its latency (bench/chat, lively). Four digests a second keep the
 * KakaoTalk numbers live to the eye.
 */
export const READ_DIGEST_MS = 250;

type Pending = { rooms: Map<number, Map<number, RoomRead>>; timer?: NodeJS.Timeout };
const pending = processSingleton<Pending>('read-digests', () => ({ rooms: new Map() }));

/**
 * Queues a member's read for the room's next `room:reads` digest. Two reads of one member in a
 * tick become one, spanning both moves (markers only move forward and arrive in commit order).
 */
export function queueRoomRead(read: RoomRead) {
  let room = pending.rooms.get(read.roomId);
  if (!room) pending.rooms.set(read.roomId, (room = new Map()));
  const known = room.get(read.userId);
  room.set(read.userId, known ? { ...read, previousReadMessageId: Math.min(known.previousReadMessageId, read.previousReadMessageId) } : read);
  pending.timer ??= setTimeout(flushRoomReads, READ_DIGEST_MS).unref();
}

/** Sends every room's gathered reads, one `room:reads` per room. */
export function flushRoomReads() {
  clearTimeout(pending.timer);
  pending.timer = undefined;
  const io = getIo();
  for (const [roomId, reads] of pending.rooms) io?.to(chatRoom(roomId)).emit('room:reads', { roomId, reads: [...reads.values()] });
  pending.rooms.clear();
}
