import { endpointGroup } from '@/lib/core/endpoint';
import { listNotificationsQuery, markReadBody, notificationPage, readResult } from './schema';

const api = endpointGroup({ tag: 'notifications', auth: 'required' });

export const listNotificationsEndpoint = api.list('/api/notifications', '내 알림, 최신순 (unread=true면 안 읽은 것만); unreadCount는 안 읽은 알림 수. 새 알림은 소켓 notification:new로도 옵니다', listNotificationsQuery, notificationPage);

export const markNotificationsReadEndpoint = api.define({
  allowSuspended: true,
  method: 'POST', path: '/api/notifications/read',
  summary: '알림 읽음 표시: {ids} 또는 {all: true}. 남의 알림 id는 무시됩니다',
  body: markReadBody, responses: { 200: readResult },
});
