import { defineEndpoint } from '@/lib/core/endpoint';
import { listNotificationsQuery, markReadBody, notificationPage, readResult } from './schema';

const tag = 'notifications';

export const listNotificationsEndpoint = defineEndpoint({
  method: 'GET', path: '/api/notifications', tag, auth: 'required',
  summary: '내 알림, 최신순 (unread=true면 안 읽은 것만); unreadCount는 안 읽은 알림 수. 새 알림은 소켓 notification:new로도 옵니다',
  query: listNotificationsQuery, responses: { 200: notificationPage },
});

export const markNotificationsReadEndpoint = defineEndpoint({
  allowSuspended: true,
  method: 'POST', path: '/api/notifications/read', tag, auth: 'required',
  summary: '알림 읽음 표시: {ids} 또는 {all: true}. 남의 알림 id는 무시됩니다',
  body: markReadBody, responses: { 200: readResult },
});
