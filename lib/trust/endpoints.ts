import { endpointGroup } from '@/lib/core/endpoint';
import { verificationBody, verificationResult } from './schema';

const api = endpointGroup({ tag: 'trust', auth: 'required' });

export const verifyNeighbourhoodEndpoint = api.define({
  method: 'POST', path: '/api/users/me/neighbourhood-verification',
  summary:
    '동네인증: 브라우저 위치(lat, lng, accuracy m)로 내 동네 안인지 확인합니다. 경계가 있는 동은 경계 안이거나 300m 이내, ' +
    '없는 동은 가장 가까운 기준점(또는 그 거리의 1.2배 이내). 정확도 1km 초과는 400. 동네 밖이면 422 reason "outside_neighbourhood"와 ' +
    '그 위치의 동(dong). 30일 유효; 좌표는 저장하지 않고 결과(동, 시각, 정확도 구간)만 남깁니다',
  body: verificationBody, responses: { 200: verificationResult }, errors: [409, 422, 429], limit: 'neighbourhoodVerification',
});
