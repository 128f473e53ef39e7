import { z } from '@/lib/core/zod';
import { endpointGroup } from '@/lib/core/endpoint';
import { listOf, paginated } from '@/lib/core/pagination';
import {
  createGameBody,
  createSeriesBody,
  game,
  gameIdParams,
  joinBody,
  joinResult,
  listGamesQuery,
  listVenuesQuery,
  participation,
  playerParams,
  series,
  seriesIdParams,
  updateGameBody,
  updateSeriesBody,
  updateVenueBody,
  venue,
  venueBody,
} from './schema';

const api = endpointGroup({ tag: 'games', auth: 'required', idParams: gameIdParams });
const optional = { auth: 'optional' } as const;

export const listVenuesEndpoint = api.list('/api/venues', '경기 장소 목록 (이름·주소 검색, 종목, 동네)', listVenuesQuery, paginated(venue), optional);

export const createVenueEndpoint = api.create('/api/venues', '경기 장소 등록 (주소는 하나에 한 번; 좌표가 없으면 동네 중심)', venueBody, venue, { errors: [409] });

export const getVenueEndpoint = api.get('/api/venues/{id}', '경기 장소 하나', venue, optional);

export const updateVenueEndpoint = api.update('/api/venues/{id}', '경기 장소 수정 (등록한 사람)', updateVenueBody, venue, { errors: [403, 404, 409] });

export const listGamesEndpoint = api.list('/api/games', '경기 찾기: 종목, 시작 시각 범위(from/to), near=위도,경도와 radiusKm(결과에 distanceKm, 기본 거리순; sort=startsAt이면 시작순), ' + '시군구·동네, 상태(없으면 모집 중·마감·확정), 수준(level), 성별 구성(gender), 시간대(timeOfDay=dawn,morning,afternoon,evening,night: 한국 시각 0–6·6–12·12–18·18–21·21–24시), 요일(weekday=1..7, 1=월), 무료만(free), 검색어(q)', listGamesQuery, paginated(game), optional);

export const createGameEndpoint = api.create('/api/games', '경기 열기: 채팅방도 함께 만들어집니다. 참가비가 있는 경기는 이메일 인증이 필요합니다 (403 email_not_verified). 모집 마감 기본값은 시작 2시간 전', createGameBody, game, { errors: [403] });

export const getGameEndpoint = api.get('/api/games/{id}', '경기 하나', game, optional);

export const updateGameEndpoint = api.update('/api/games/{id}', '경기 수정 (호스트, 모집 중에만; 모집 인원은 참여 인원 밑으로 못 줄이고, 결제한 참가자가 있으면 참가비를 못 바꿈)', updateGameBody, game, { errors: [403, 404, 409] });

export const cancelGameEndpoint = api.action('/api/games/{id}/cancel', '경기 취소 (호스트): 모든 참가자에게 전액 환불', game, { errors: [403, 404, 409] });

export const closeGameEndpoint = api.action('/api/games/{id}/close', '모집 조기 마감 (호스트, 최소 인원이 찼을 때): 경기가 확정되고 대기 명단은 정리됩니다', game, { errors: [403, 404, 409] });

export const listPlayersEndpoint = api.get('/api/games/{id}/players', '참가자 (참가·결제 대기·대기 명단 순번)', listOf(participation), optional);

export const joinGameEndpoint = api.define({
  method: 'POST', path: '/api/games/{id}/players',
  summary:
    '참가 신청: 무료면 바로 참가, 유료면 자리를 잡아 두고 결제(payment.checkoutUrl)를 돌려줍니다 (15분 안에 결제하지 않으면 자리가 풀림). ' +
    '자리가 없으면 409 full, {waitlist: true}면 대기 명단에 올라갑니다. 자리가 나면 무료 경기는 바로 참가, 유료 경기는 알림(푸시)과 함께 ' +
    '경기의 offerMinutes(10분~12시간, 기본 15분) 동안 결제할 기회를 받고, 그 안에 결제하지 않으면 본인과 호스트에게 알리고 다음 대기자에게 넘어갑니다. ' +
    '반복 경기의 우선 신청 기간에는 앞 회차 참가자가 아니면 409 priority_window',
  params: gameIdParams, body: joinBody, responses: { 201: joinResult }, errors: [404, 409],
});

export const getPlayerEndpoint = api.get('/api/games/{id}/players/{userId}', '참가자 한 명의 참가 상태', participation, { ...optional, params: playerParams });

export const removePlayerEndpoint = api.define({
  method: 'DELETE', path: '/api/games/{id}/players/{userId}',
  summary:
    '참가 취소 (본인: 시작 24시간 전까지 100%, 2시간 전까지 50%, 그 뒤 0% 환불) 또는 내보내기 (호스트: 전액 환불). 환불 금액을 돌려줍니다',
  params: playerParams, responses: { 200: z.object({ participation, refundedAmount: z.number().int() }) }, errors: [403, 404, 409],
});

export const createSeriesEndpoint = api.create(
  '/api/games/series',
  '매주 반복 경기: 첫 경기와 같은 시각으로 weekdays(1=월…7=일)의 날마다 until(그날 포함)까지 경기를 하나씩 만듭니다 (최대 26회). ' +
    '둘째 회차부터는 앞 회차가 끝나고 priorityHours(기본 24시간) 동안 앞 회차 참가자만 신청할 수 있습니다 (그 밖의 사람은 409 priority_window)',
  createSeriesBody,
  series,
  { errors: [403] },
);

export const getSeriesEndpoint = api.get('/api/games/series/{id}', '반복 경기와 남은 회차', series, { ...optional, params: seriesIdParams });

export const updateSeriesEndpoint = api.update(
  '/api/games/series/{id}',
  '남은 회차 모두 수정 (호스트; 모집 중이고 시작 전인 회차에 한 경기 수정과 같은 규칙으로, 한 회차라도 안 되면 아무것도 바꾸지 않고 409). 시각은 회차마다 PATCH /api/games/{id}로 고칩니다',
  updateSeriesBody,
  series,
  { errors: [403, 404, 409], params: seriesIdParams },
);

export const gameCalendarEndpoint = api.define({
  method: 'GET', path: '/api/games/{id}/calendar.ics',
  summary: '캘린더에 추가: 경기 하나의 .ics 파일 (text/calendar; 호스트와 참가·대기 중인 사람만, 다른 사람 404). 취소된 경기는 CANCELLED',
  params: gameIdParams, produces: 'text/calendar', responses: { 200: null }, errors: [404],
});
