import { endpointGroup } from '@/lib/core/endpoint';
import {
  decisionBody,
  disputeBody,
  gamePlayerParams,
  noShowIdParams,
  noShowList,
  noShowView,
  reservationIdParams,
  verificationBody,
  verificationResult,
} from './schema';

const api = endpointGroup({ tag: 'trust', auth: 'required' });
const admin = endpointGroup({ tag: 'admin', auth: 'required', role: 'admin', errors: [404] });

export const verifyNeighbourhoodEndpoint = api.define({
  method: 'POST', path: '/api/users/me/neighbourhood-verification',
  summary:
    '동네인증: 브라우저 위치(lat, lng, accuracy m)로 내 동네 안인지 확인합니다. 경계가 있는 동은 경계 안이거나 300m 이내, ' +
    '없는 동은 가장 가까운 기준점(또는 그 거리의 1.2배 이내). 정확도 1km 초과는 400. 동네 밖이면 422 reason "outside_neighbourhood"와 ' +
    '그 위치의 동(dong). 30일 유효; 좌표는 저장하지 않고 결과(동, 시각, 정확도 구간)만 남깁니다',
  body: verificationBody, responses: { 200: verificationResult }, errors: [409, 422, 429], limit: 'neighbourhoodVerification',
});

export const markGameNoShowEndpoint = api.define({
  method: 'POST', path: '/api/games/{id}/players/{userId}/no-show',
  summary: '노쇼 표시 (경기 호스트, 참가 확정된 사람, 경기가 끝나고 24시간 안): 표시된 사람의 온도가 내려가고 한 번 이의 제기할 수 있습니다',
  params: gamePlayerParams, responses: { 201: noShowView }, errors: [403, 404, 409],
});

export const markReservationNoShowEndpoint = api.define({
  method: 'POST', path: '/api/reservations/{id}/no-show',
  summary: '노쇼 표시 (공간 호스트, 확정된 예약, 이용이 끝나고 24시간 안)',
  params: reservationIdParams, responses: { 201: noShowView }, errors: [403, 404, 409],
});

export const myNoShowsEndpoint = api.define({ method: 'GET', path: '/api/users/me/no-shows', summary: '나에게 표시된 노쇼 (최근 100건)', responses: { 200: noShowList } });

export const disputeNoShowEndpoint = api.define({
  method: 'POST', path: '/api/no-shows/{id}/dispute',
  summary: '노쇼 이의 제기 (표시된 본인, 한 번만; 두 번째는 409): 관리자가 검토합니다',
  params: noShowIdParams, body: disputeBody, responses: { 200: noShowView }, errors: [404, 409],
});

export const noShowDisputesEndpoint = admin.define({ method: 'GET', path: '/api/admin/no-shows', summary: 'No-show disputes waiting for a decision, oldest first (admins)', responses: { 200: noShowList } });

export const decideNoShowEndpoint = admin.define({
  method: 'POST', path: '/api/admin/no-shows/{id}',
  summary: 'Decide a disputed no-show: accepted voids it (the temperature recovers), rejected keeps it (admins, audited)',
  params: noShowIdParams, body: decisionBody, responses: { 200: noShowView }, errors: [404, 409],
});
