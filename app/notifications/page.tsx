import type { Metadata } from 'next';
import { NotificationList } from '@/components/notifications/notification-list';
import { requireSessionUser } from '@/lib/auth/server-session';

export const metadata: Metadata = { title: '알림' };

export default async function NotificationsPage() {
  await requireSessionUser('/notifications');
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">알림</h1>
      <NotificationList />
    </div>
  );
}
