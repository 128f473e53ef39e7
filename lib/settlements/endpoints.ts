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
