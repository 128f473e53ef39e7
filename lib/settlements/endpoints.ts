import { defineEndpoint, endpointGroup } from '@/lib/core/endpoint';
import {
  adminPayouts,
  adminPayoutsQuery,
  payout,
  payoutDecision,
  payoutIdParams,
  payoutPaidBody,
  payoutRejectBody,
  payoutRequestBody,
  settlementSummary,
  settlementsQuery,
} from './schema';
import { earnings, earningsQuery } from './earnings-schema';

const tag = 'settlements';

export const settlementsEndpoint = defineEndpoint({
  method: 'GET', path: '/api/settlements', tag, auth: 'required',
  summary: '내 정산 내역: 잔액(모든 항목의 합), 출금 대기 금액, 항목(최신순; 수입은 +, 환불·수수료·출금은 −)',
  query: settlementsQuery, responses: { 200: settlementSummary },
});

export const settlementsCsvEndpoint = defineEndpoint({
  method: 'GET', path: '/api/settlements/export.csv', tag, auth: 'required',
  summary: '내 정산 내역 전체를 CSV로 (UTF-8 BOM, 한국어 머리글, 오래된 순, 잔액 누계 포함)',
  produces: 'text/csv', responses: { 200: null },
});

export const requestPayoutEndpoint = defineEndpoint({
  method: 'POST', path: '/api/settlements/payouts', tag, auth: 'required',
  summary: '출금 요청 (1원 이상, 잔액 이하; 한 번에 하나만: 대기 중이면 409 reason "payout_pending", 잔액 초과는 409 "insufficient_balance")',
  body: payoutRequestBody, responses: { 201: payout }, errors: [409],
});

const earningsSummary =
  '호스트 수입: from/to (서울 날짜, 포함, 최대 36개월; 없으면 11개월 전 1일부터 오늘까지). 기간의 수입(earned)·환불(refunded)·수수료(fees)·주문자 부담(covered)·출금(paidOut)·순수익(net = 수입 − 환불 − 수수료 − 주문자 부담)을 합계와 서울 월별로; ' +
  'upcoming = 아직 시작하지 않은 경기·예약의 결제액 − 환불 (잔액에 포함, 취소되면 빠질 수 있음); balance = 지금까지의 모든 항목의 합; pendingPayout = 대기 중인 출금 요청. 출금 요청은 POST /api/settlements/payouts';

export const hostEarningsEndpoint = defineEndpoint({
  method: 'GET', path: '/api/host/earnings', tag, auth: 'required',
  summary: earningsSummary,
  query: earningsQuery, responses: { 200: earnings },
});

export const hostEarningsCsvEndpoint = defineEndpoint({
  method: 'GET', path: '/api/host/earnings.csv', tag, auth: 'required',
  summary: '호스트 수입을 월별 CSV로 (UTF-8 BOM, 한국어 머리글: 월, 수입, 환불, 수수료, 주문자 부담, 출금, 순수익; 마지막 줄은 합계). from/to는 GET /api/host/earnings와 같음',
  query: earningsQuery, produces: 'text/csv', responses: { 200: null },
});

// Like every admin route: 404 to anyone but an admin, checked before the input.
const admin = endpointGroup({ tag: 'admin', auth: 'required', role: 'admin', idParams: payoutIdParams, errors: [404] });

export const adminPayoutsEndpoint = admin.list(
  '/api/admin/payouts',
  'Payout requests (status=requested by default, oldest first; paid, rejected or all newest first) with each user’s balance (admins)',
  adminPayoutsQuery,
  adminPayouts,
);

export const markPayoutPaidEndpoint = admin.action(
  '/api/admin/payouts/{id}/paid',
  'Mark a requested payout paid: writes the ledger’s payout entry (−amount) and notifies the user (admins, audited); 409 when already decided or the balance fell below the amount',
  payoutDecision,
  { body: payoutPaidBody, errors: [404, 409] },
);

export const rejectPayoutEndpoint = admin.action(
  '/api/admin/payouts/{id}/reject',
  'Reject a requested payout with a reason the user is told (admins, audited); 409 when already decided',
  payoutDecision,
  { body: payoutRejectBody, errors: [404, 409] },
);
