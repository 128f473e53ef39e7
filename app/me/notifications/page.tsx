import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { NotificationSettingsForm } from '@/components/notifications/notification-settings-form';
import { PushToggle } from '@/components/pwa/push-toggle';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requireSessionUser } from '@/lib/auth/server-session';
import { getNotificationSettings } from '@/lib/push/settings';

export const metadata: Metadata = { title: '알림 설정' };

export default async function NotificationSettingsPage() {
  const me = await requireSessionUser('/me/notifications');
  const settings = await getNotificationSettings(getDb(), me.id);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-center gap-2">
        <h1 className="text-2xl font-bold">알림 설정</h1>
        <Link href="/notifications" className="ml-auto text-sm font-medium text-brand-700 underline">
          받은 알림 보기
        </Link>
      </div>
      <Card title="이 기기">
        <PushToggle />
      </Card>
      <Card title="무엇을 받을까요">
        <NotificationSettingsForm initial={settings} />
      </Card>
      <p className="text-sm text-stone-600">채팅방마다 알림을 끄려면 채팅방 위의 종 모양 버튼을 누르세요.</p>
    </div>
  );
}
