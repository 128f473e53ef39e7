'use client';
import Link from '@/components/ui/link';
import { useUnreadCount } from './use-unread-count';

/** The header's bell: a link to /notifications with the live unread count. */
export function NotificationBell() {
  const unread = useUnreadCount();
  const label = unread ? `알림 ${unread}개 안 읽음` : '알림';
  return (
    <Link href="/notifications" aria-label={label} title={label} className="relative rounded-lg p-2 hover:bg-stone-100" data-testid="notification-bell">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6 fill-none stroke-current stroke-2 text-stone-700">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 8 3 8H3s3-1 3-8" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" />
      </svg>
      {unread > 0 && (
        <span className="absolute right-0.5 top-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-bold leading-5 text-white" data-testid="notification-count">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
