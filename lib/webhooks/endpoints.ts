import { endpointGroup } from '@/lib/core/endpoint';
import { paginated } from '@/lib/core/pagination';
import { createdWebhook, createWebhookBody, deliveriesQuery, deliveryParams, deliveryView, updateWebhookBody, webhookIdParams, webhookList, webhookView } from './schema';

const api = endpointGroup({ tag: 'webhooks', auth: 'required', idParams: webhookIdParams });
const events = 'game.player_joined, game.player_left, game.status_changed, reservation.created, reservation.cancelled, payment.approved, payment.refunded, meal_order.status_changed';

export const createWebhookEndpoint = api.create(
  '/api/webhooks',
  `웹훅 등록 {url, events, description?}: 내가 여는 경기·공간·같이 주문의 이벤트(${events})를 Standard Webhooks 형식(webhook-id, webhook-timestamp, webhook-signature 헤더)으로 POST합니다. 서명 비밀키(secret)는 이 응답에서 한 번만 보여 줍니다. url은 공인 주소의 https만(사설·루프백·링크 로컬 주소 400). 사용자당 10개(넘으면 409 webhook_limit)`,
  createWebhookBody,
  createdWebhook,
  { errors: [409] },
);
export const listWebhooksEndpoint = api.define({ method: 'GET', path: '/api/webhooks', summary: '내 웹훅 목록 (비밀키 없이)', responses: { 200: webhookList } });
export const getWebhookEndpoint = api.get('/api/webhooks/{id}', '웹훅 하나', webhookView);
export const updateWebhookEndpoint = api.update(
  '/api/webhooks/{id}',
  '웹훅 고치기 {url?, events?, description?, enabled?}: 24시간 실패로 꺼진 웹훅은 enabled: true로 다시 켭니다',
  updateWebhookBody,
  webhookView,
  { errors: [404] },
);
export const deleteWebhookEndpoint = api.remove('/api/webhooks/{id}', '웹훅 삭제 (전송 기록도 함께)', { errors: [404] });
export const listDeliveriesEndpoint = api.define({
  method: 'GET', path: '/api/webhooks/{id}/deliveries', params: webhookIdParams, query: deliveriesQuery,
  summary: '웹훅 전송 기록, 최신순: status(pending|succeeded|failed), attempts, responseStatus, lastError, nextAttemptAt. 실패하면 30초부터 두 배씩(최대 2시간) 24시간 동안 다시 보냅니다',
  responses: { 200: paginated(deliveryView) }, errors: [404],
});
export const retryDeliveryEndpoint = api.define({
  method: 'POST', path: '/api/webhooks/{id}/deliveries/{deliveryId}/retry', params: deliveryParams,
  summary: '전송 다시 보내기 (같은 webhook-id로 지금). 아직 보내는 중이면 409 delivery_pending',
  responses: { 200: deliveryView }, errors: [404, 409],
});
export const testWebhookEndpoint = api.action('/api/webhooks/{id}/test', '테스트 이벤트(webhook.test) 보내기: 한 번만 시도하고 결과는 전송 기록에 남습니다', deliveryView, {
  responses: { 201: deliveryView },
});
