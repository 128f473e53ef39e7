import { endpointGroup } from '@/lib/core/endpoint';
import { paginated } from '@/lib/core/pagination';
import { createReviewBody, guestReview, spaceReview } from '@/lib/spaces/review-schema';
import {
  cancelReservationBody,
  declineReservationBody,
  createdReservation,
  createReservationBody,
  hostReservationsQuery,
  listReservationsQuery,
  reservation,
  reservationIdParams,
} from './schema';

const api = endpointGroup({ tag: 'reservations', auth: 'required', idParams: reservationIdParams });

export const createReservationEndpoint = api.create('/api/reservations', '예약: {spaceId, startsAt, endsAt, people} (정시, 영업시간 안, 미래, 최소 이용 시간 이상, 최대 인원 이하) 또는 {spaceId, date, packageId, people}. ' + '결제 대기(pending_payment)로 잡히고 payment.checkoutUrl에서 15분 안에 결제하면 확정. 겹치는 예약이 있으면 409', createReservationBody, createdReservation, { errors: [409] });

export const listReservationsEndpoint = api.list('/api/reservations', '내 예약 (시작이 늦은 순, isPast 포함)', listReservationsQuery, paginated(reservation));

export const getReservationEndpoint = api.get('/api/reservations/{id}', '예약 하나 (예약자와 공간 호스트만; cancellation은 지금 취소하면 돌려받는 금액)', reservation);

export const cancelReservationEndpoint = api.action('/api/reservations/{id}/cancel', '예약 취소: 예약자는 공간의 환불 규정대로(승인 전 요청은 전액), 호스트는 사유(reason, 필수)와 함께 전액 환불하고 예약자에게 알림. 시작한 예약은 409', reservation, { body: cancelReservationBody, errors: [404, 409] });

export const hostReservationsEndpoint = api.list('/api/host/reservations', '내 공간들의 예약 (spaceId, from/to 날짜(서울, 시작일 기준, 포함)로 거르기; 시작이 이른 순)', hostReservationsQuery, paginated(reservation));

export const reviewReservationEndpoint = api.define({
  method: 'POST', path: '/api/reservations/{id}/review',
  summary: '이용이 끝난 예약의 공간 리뷰 {rating 1..5, comment ≤ 1000자, tags: 칭찬·아쉬운 점 태그(정해진 목록, 그 밖은 400)}: 예약자만(호스트 403, 다른 사람 404), 예약 하나에 한 번(409 already_reviewed), 끝나지 않은 예약은 409 not_completed',
  params: reservationIdParams, body: createReviewBody, responses: { 201: spaceReview }, errors: [403, 404, 409],
});

export const reviewGuestEndpoint = api.define({
  method: 'POST', path: '/api/reservations/{id}/guest-review',
  summary:
    '호스트의 게스트 후기: 이용이 끝난 예약의 게스트를 {rating 1..5, comment ≤ 1000자, tags} 로 평가합니다 (게스트의 온도에 반영). ' +
    '공간 호스트만(게스트 403, 다른 사람 404), 예약 하나에 한 번(409 already_reviewed), 끝나지 않은 예약은 409 not_completed, 정해진 목록 밖의 태그는 400',
  params: reservationIdParams, body: createReviewBody, responses: { 201: guestReview }, errors: [403, 404, 409],
});

export const acceptReservationEndpoint = api.action('/api/reservations/{id}/accept', '승인제 공간의 예약 요청(requested) 수락 → confirmed (호스트만; 예약자 403, 다른 사람 404; 요청이 아니거나 기한이 지났으면 409)', reservation, { errors: [403, 404, 409] });

export const declineReservationEndpoint = api.action('/api/reservations/{id}/decline', '예약 요청 거절 {reason} → declined, 결제 금액 전액 환불, 예약자에게 사유와 함께 알림 (호스트만; 요청이 아니면 409)', reservation, { body: declineReservationBody, errors: [403, 404, 409] });

export const reservationCalendarEndpoint = api.define({
  method: 'GET', path: '/api/reservations/{id}/calendar.ics',
  summary: '캘린더에 추가: 예약 하나의 .ics 파일 (text/calendar; 예약한 사람과 공간 호스트만, 다른 사람 404). UID는 호스트 피드와 같아 다시 받으면 갱신됨',
  params: reservationIdParams, produces: 'text/calendar', responses: { 200: null }, errors: [404],
});
