import { endpointGroup } from '@/lib/core/endpoint';
import { calendarFeedQuery, calendarKey, availability, reorderImagesBody, spaceImageList, spaceImageParams, availabilityQuery, createSpaceBody, likeResult, listSpacesQuery, space, spaceIdParams, spacePage, updateSpaceBody } from './schema';
import { hostStats, hostStatsQuery } from './host-stats-schema';
import { listReviewsQuery, spaceReviewPage } from './review-schema';
import { blockParams, createBlockBody, spaceBlock, spaceBlockList } from './block-schema';

const api = endpointGroup({ tag: 'spaces', auth: 'required', idParams: spaceIdParams });
const open = { auth: 'optional' } as const;
const anyone = { auth: 'none' } as const;

export const listSpacesEndpoint = api.list('/api/spaces', '공간 검색: 유형, 시군구 또는 near=위도,경도 + radiusKm, date+start+end (그 시간 전체가 비어 있는 공간만), date만 주면 그날 최소 이용 시간 이상 비어 있는 시간이 있는 공간 (예약·차단·버퍼 반영, 지난 시간 제외), 인원, 키워드(q), 가격대, 편의시설(쉼표로, 모두 갖춘 곳), liked=true (내가 찜한 공간). ' + '정렬 price_asc|price_desc|newest|rating|popular|distance (distance = near에서 가까운 순, near 없으면 400; popular = 찜 + 최근 30일 예약; rating = 평균 별점 높은 순, 리뷰 없는 공간은 뒤)', listSpacesQuery, spacePage, open);

export const createSpaceEndpoint = api.create('/api/spaces', '공간 등록 (좌표가 없으면 동네 중심 좌표)', createSpaceBody, space);

export const getSpaceEndpoint = api.get('/api/spaces/{id}', '공간 하나 (일시 중지된 공간도 보이지만 예약은 받지 않음)', space, open);

export const updateSpaceEndpoint = api.update('/api/spaces/{id}', '공간 수정 (호스트; packages를 보내면 통째로 바뀜; status=paused로 일시 중지)', updateSpaceBody, space);

export const deleteSpaceEndpoint = api.remove('/api/spaces/{id}', '공간 삭제 (호스트; 다가오는 예약이 있으면 409, 대신 일시 중지)', { errors: [403, 404, 409] });

export const spaceAvailabilityEndpoint = api.get('/api/spaces/{id}/availability', '그날(서울 기준) 영업시간의 시간별 예약 가능 여부', availability, {
  ...anyone,
  query: availabilityQuery,
});

export const likeSpaceEndpoint = api.action('/api/spaces/{id}/like', '찜하기 (이미 찜했어도 200)', likeResult);

export const unlikeSpaceEndpoint = api.define({ method: 'DELETE', path: '/api/spaces/{id}/like', summary: '찜 취소', params: spaceIdParams, responses: { 200: likeResult }, errors: [404] });

export const uploadSpaceImagesEndpoint = api.define({
  method: 'POST', path: '/api/spaces/{id}/images',
  summary: '사진 올리기 (호스트; multipart/form-data의 files 또는 file, 여러 장 가능; JPEG·PNG·WebP·GIF·AVIF, 한 장 10MB 이하 → 아니면 413; 공간마다 10장까지 → 넘으면 409; WebP 1600px과 400px 썸네일로 저장)',
  params: spaceIdParams, upload: { fields: ['files', 'file'], multiple: true }, responses: { 201: spaceImageList }, errors: [403, 404, 409, 413],
});

export const deleteSpaceImageEndpoint = api.remove('/api/spaces/{id}/images/{imageId}', '사진 삭제 (호스트; 뒤의 사진이 한 칸씩 앞으로)', { params: spaceImageParams });

export const reorderSpaceImagesEndpoint = api.define({
  method: 'PUT', path: '/api/spaces/{id}/images/order',
  summary: '사진 순서 바꾸기 (호스트; imageIds에 이 공간의 사진을 모두 새 순서대로)', params: spaceIdParams, body: reorderImagesBody,
  responses: { 200: spaceImageList }, errors: [403, 404],
});

export const listSpaceReviewsEndpoint = api.get('/api/spaces/{id}/reviews', '공간 리뷰 (최신순) 와 summary {average(소수 첫째 자리, 리뷰가 없으면 null), count}', spaceReviewPage, { ...anyone, query: listReviewsQuery });

export const hostSpaceStatsEndpoint = api.define({
  method: 'GET', path: '/api/host/spaces/stats',
  summary:
    `내 공간들의 매출과 가동률: from/to (서울 날짜, 포함, 최대 92일; 없으면 오늘까지 30일). 매출 = 결제 - 환불 (예약 시작일 기준), ` +
    '가동률 = 확정·완료된 예약 시간 / 영업시간 (자정을 넘는 예약은 날마다 나눠 셈). 날짜별(days)과 공간별(spaces)',
  query: hostStatsQuery, responses: { 200: hostStats },
});

export const listSpaceBlocksEndpoint = api.get('/api/spaces/{id}/blocks', '호스트가 막아 둔 시간 중 아직 끝나지 않은 것 (호스트만; 다른 사람 403)', spaceBlockList, { errors: [403, 404] });

export const createSpaceBlockEndpoint = api.define({
  method: 'POST', path: '/api/spaces/{id}/blocks',
  summary: '시간 막기 {startsAt, endsAt, reason?} (호스트만): 예약(버퍼 포함)이나 다른 차단과 겹치면 409 overlap. 막힌 시간은 예약할 수 없고 availability에 blocked로 보임',
  params: spaceIdParams, body: createBlockBody, responses: { 201: spaceBlock }, errors: [403, 404, 409],
});

export const deleteSpaceBlockEndpoint = api.remove('/api/spaces/{id}/blocks/{blockId}', '막은 시간 풀기 (호스트만)', { params: blockParams });

export const spaceCalendarFeedEndpoint = api.define({
  method: 'GET', path: '/api/spaces/{id}/calendar.ics', auth: 'none',
  summary: '호스트용 iCal 피드 (text/calendar): 이 공간의 예약(확정·완료·승인 대기)과 막은 시간, 60일 전부터. 로그인 대신 key가 비밀번호 — 키가 틀리거나 없으면 404. 캘린더 앱에서 URL로 구독',
  params: spaceIdParams, query: calendarFeedQuery, produces: 'text/calendar', responses: { 200: null }, errors: [404],
});

export const rotateCalendarKeyEndpoint = api.action('/api/spaces/{id}/calendar-key', 'iCal 피드 키 새로 만들기 (호스트만): 예전 키로 구독한 캘린더는 더 이상 받지 못함', calendarKey, { errors: [403, 404] });
