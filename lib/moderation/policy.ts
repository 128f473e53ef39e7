import type { User } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { DomainError, notFound } from '@/lib/core/domain-error';
import { fullDateTime } from '@/lib/core/seoul-time';

export const isSuspended = (user: Pick<User, 'suspendedUntil'>, now = new Date()) =>
  user.suspendedUntil !== null && user.suspendedUntil > now;

// Assembled from numbers (lib/core/seoul-time.ts): Node's ICU may lack Korean and print "PM".
const seoulDateTime = (d: Date) => fullDateTime(d);

/** A suspended user reads but does not post, join, book, pay or chat until the suspension ends. */
export function assertNotSuspended(user: Pick<User, 'suspendedUntil'>, now = new Date()) {
  if (!isSuspended(user, now)) return;
  throw new DomainError('forbidden', `이용이 ${seoulDateTime(user.suspendedUntil!)}까지 정지되어 글쓰기, 참여, 예약, 결제, 채팅을 할 수 없습니다.`, {
    reason: 'suspended',
    suspendedUntil: user.suspendedUntil!.toISOString(),
  });
}

export const isAdmin = (user: Pick<User, 'role'> | null | undefined) => user?.role === 'admin';

/** Admin routes don't admit they exist to anyone else. */
export function requireAdmin(actor: Actor): User {
  if (!isAdmin(actor.user)) throw notFound();
  return actor.user;
}
