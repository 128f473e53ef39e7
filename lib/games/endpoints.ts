import { z } from '@/lib/core/zod';
import { defineEndpoint } from '@/lib/core/endpoint';
import { paginated } from '@/lib/core/pagination';
import {
  createGameBody,
  game,
  gameIdParams,
  joinBody,
  joinResult,
  listGamesQuery,
  listVenuesQuery,
  participation,
  playerParams,
  updateGameBody,
  updateVenueBody,
  venue,
  venueBody,
} from './schema';

const tag = 'games';
const params = gameIdParams;

export const listVenuesEndpoint = defineEndpoint({
  method: 'GET', path: '/api/venues', tag, auth: 'optional',
  summary: '경기 장소 목록 (이름·주소 검색, 종목, 동네)', query: listVenuesQuery, responses: { 200: paginated(venue) },
});

export const createVenueEndpoint = defineEndpoint({
  method: 'POST', path: '/api/venues', tag, auth: 'required',
  summary: '경기 장소 등록 (주소는 하나에 한 번; 좌표가 없으면 동네 중심)', body: venueBody, responses: { 201: venue }, errors: [409],
});

export const getVenueEndpoint = defineEndpoint({
  method: 'GET', path: '/api/venues/{id}', tag, auth: 'optional',
  summary: '경기 장소 하나', params, responses: { 200: venue }, errors: [404],
});

export const updateVenueEndpoint = defineEndpoint({
  method: 'PATCH', path: '/api/venues/{id}', tag, auth: 'required',
  summary: '경기 장소 수정 (등록한 사람)', params, body: updateVenueBody, responses: { 200: venue }, errors: [403, 404, 409],
});

export const listGamesEndpoint = defineEndpoint({
  method: 'GET', path: '/api/games', tag, auth: 'optional',
  summary:
    '경기 찾기: 종목, 시작 시각 범위(from/to), near=위도,경도와 radiusKm(결과에 distanceKm, 기본 거리순; sort=startsAt이면 시작순), ' +
    '시군구·동네, 상태(없으면 모집 중·마감·확정), 무료만(free), 검색어(q)',
  query: listGamesQuery, responses: { 200: paginated(game) },
});

export const createGameEndpoint = defineEndpoint({
  method: 'POST', path: '/api/games', tag, auth: 'required',
  summary: '경기 열기: 채팅방도 함께 만들어집니다. 참가비가 있는 경기는 이메일 인증이 필요합니다 (403 email_not_verified). 모집 마감 기본값은 시작 2시간 전',
  body: createGameBody, responses: { 201: game }, errors: [403],
});

export const getGameEndpoint = defineEndpoint({
  method: 'GET', path: '/api/games/{id}', tag, auth: 'optional',
  summary: '경기 하나', params, responses: { 200: game }, errors: [404],
});

export const updateGameEndpoint = defineEndpoint({
  method: 'PATCH', path: '/api/games/{id}', tag, auth: 'required',
  summary: '경기 수정 (호스트, 모집 중에만; 모집 인원은 참여 인원 밑으로 못 줄이고, 결제한 참가자가 있으면 참가비를 못 바꿈)',
  params, body: updateGameBody, responses: { 200: game }, errors: [403, 404, 409],
});

export const cancelGameEndpoint = defineEndpoint({
  method: 'POST', path: '/api/games/{id}/cancel', tag, auth: 'required',
  summary: '경기 취소 (호스트): 모든 참가자에게 전액 환불', params, responses: { 200: game }, errors: [403, 404, 409],
});

export const closeGameEndpoint = defineEndpoint({
  method: 'POST', path: '/api/games/{id}/close', tag, auth: 'required',
  summary: '모집 조기 마감 (호스트, 최소 인원이 찼을 때): 경기가 확정되고 대기 명단은 정리됩니다', params, responses: { 200: game }, errors: [403, 404, 409],
});

export const listPlayersEndpoint = defineEndpoint({
  method: 'GET', path: '/api/games/{id}/players', tag, auth: 'optional',
  summary: '참가자 (참가·결제 대기·대기 명단 순번)', params, responses: { 200: z.object({ items: z.array(participation) }) }, errors: [404],
});

export const joinGameEndpoint = defineEndpoint({
  method: 'POST', path: '/api/games/{id}/players', tag, auth: 'required',
  summary:
    '참가 신청: 무료면 바로 참가, 유료면 자리를 잡아 두고 결제(payment.checkoutUrl)를 돌려줍니다 (15분 안에 결제하지 않으면 자리가 풀림). ' +
    '자리가 없으면 409 full, {waitlist: true}면 대기 명단에 올라가고 자리가 나면 자동으로 올라갑니다',
  params, body: joinBody, responses: { 201: joinResult }, errors: [404, 409],
});

export const getPlayerEndpoint = defineEndpoint({
  method: 'GET', path: '/api/games/{id}/players/{userId}', tag, auth: 'optional',
  summary: '참가자 한 명의 참가 상태', params: playerParams, responses: { 200: participation }, errors: [404],
});

export const removePlayerEndpoint = defineEndpoint({
  method: 'DELETE', path: '/api/games/{id}/players/{userId}', tag, auth: 'required',
  summary:
    '참가 취소 (본인: 시작 24시간 전까지 100%, 2시간 전까지 50%, 그 뒤 0% 환불) 또는 내보내기 (호스트: 전액 환불). 환불 금액을 돌려줍니다',
  params: playerParams, responses: { 200: z.object({ participation, refundedAmount: z.number().int() }) }, errors: [403, 404, 409],
});
