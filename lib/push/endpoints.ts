import { defineEndpoint } from '@/lib/core/endpoint';
import { roomIdParams } from '@/lib/chat/schema';
import { muteBody, muteState, notificationSettings, notificationSettingsBody, subscriptionBody, subscriptionView, unsubscribeBody, vapidPublicKey } from './schema';

const tag = 'push';

export const vapidPublicKeyEndpoint = defineEndpoint({
  method: 'GET', path: '/api/push/vapid-public-key', tag, auth: 'none',
  summary: 'Web Push 애플리케이션 서버 키 (PushManager.subscribe의 applicationServerKey, base64url). 푸시가 설정되지 않은 서버는 503',
  responses: { 200: vapidPublicKey }, errors: [503],
});

export const subscribeEndpoint = defineEndpoint({
  allowSuspended: true,
  method: 'POST', path: '/api/push/subscriptions', tag, auth: 'required',
  summary: '이 기기의 푸시 구독 등록 (PushSubscription.toJSON()의 {endpoint, keys}). 같은 endpoint는 갱신(201). endpoint는 알려진 푸시 서비스의 https 주소만(아니면 400), 사용자당 10개까지(넘으면 409 subscription_limit)',
  body: subscriptionBody, responses: { 201: subscriptionView }, errors: [409, 503],
});

export const unsubscribeEndpoint = defineEndpoint({
  allowSuspended: true,
  method: 'DELETE', path: '/api/push/subscriptions', tag, auth: 'required',
  summary: '푸시 구독 해제 {endpoint} (내 구독이 아니면 404)', body: unsubscribeBody, responses: { 204: null }, errors: [404],
});

export const getNotificationSettingsEndpoint = defineEndpoint({
  method: 'GET', path: '/api/users/me/notification-settings', tag, auth: 'required',
  summary: '알림 설정: push(푸시 전체), 종류별 types, 방해 금지 시간 quietHours (Asia/Seoul HH:mm). 기본값은 모두 켜짐, 방해 금지 꺼짐',
  responses: { 200: notificationSettings },
});

export const updateNotificationSettingsEndpoint = defineEndpoint({
  allowSuspended: true,
  method: 'PUT', path: '/api/users/me/notification-settings', tag, auth: 'required',
  summary: '알림 설정 저장 (보낸 항목만 바뀝니다). 방해 금지·채팅방 알림 끔에도 앱 안 알림은 저장되고, @멘션과 결제 알림은 그 종류가 꺼져 있지 않으면 푸시됩니다',
  body: notificationSettingsBody, responses: { 200: notificationSettings },
});

export const getRoomMuteEndpoint = defineEndpoint({
  method: 'GET', path: '/api/chat/rooms/{id}/mute', tag, auth: 'required',
  summary: '이 채팅방 알림을 껐는지 (멤버만: 없는 방 404, 멤버가 아니면 403)', params: roomIdParams, responses: { 200: muteState }, errors: [403, 404],
});

export const setRoomMuteEndpoint = defineEndpoint({
  allowSuspended: true,
  method: 'PUT', path: '/api/chat/rooms/{id}/mute', tag, auth: 'required',
  summary: '채팅방 알림 끄기/켜기 {muted}: 꺼진 방의 메시지는 푸시하지 않습니다 (@멘션 제외). 방을 나가면 풀립니다',
  params: roomIdParams, body: muteBody, responses: { 200: muteState }, errors: [403, 404],
});
