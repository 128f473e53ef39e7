import { z } from '@/lib/core/zod';
import { endpointGroup } from '@/lib/core/endpoint';
import { paginated } from '@/lib/core/pagination';
import { approveBody, cancelBody, createPaymentBody, failBody, listPaymentsQuery, payment, paymentDetail, paymentIdParams, sandboxAuthorization, sandboxAuthorizeBody } from './schema';

const api = endpointGroup({ tag: 'payments', auth: 'required', idParams: paymentIdParams });

export const createPaymentEndpoint = api.define({
  method: 'POST', path: '/api/payments',
  summary: '결제 만들기 (purpose: "game" | "reservation"; 금액은 서버가 계산). Idempotency-Key 헤더 필수: 같은 키·같은 본문이면 같은 응답, 다른 본문이면 409. 이미 결제 대기 중인 결제가 있으면 그 결제를 200으로 돌려줍니다.',
  headers: z.object({
    'idempotency-key': z
      .string({ error: 'Idempotency-Key 헤더가 필요합니다.' })
      .trim()
      .min(1, 'Idempotency-Key 헤더가 필요합니다.')
      .max(255, 'Idempotency-Key는 255자 이하여야 합니다.'),
  }),
  body: createPaymentBody, responses: { 201: payment, 200: payment }, errors: [404, 409],
});

export const listPaymentsEndpoint = api.list('/api/payments', '내 결제 내역 (최신순)', listPaymentsQuery, paginated(payment));

export const getPaymentEndpoint = api.get('/api/payments/{id}', '결제 하나와 상태 변경 기록 (결제한 사람만; 다른 사람은 404)', paymentDetail);

export const approvePaymentEndpoint = api.action('/api/payments/{id}/approve', '결제 승인 (결제한 사람, ready에서만; 반복·동시 승인도 한 번만). 결제사가 거절하거나 금액이 다르면 결제는 실패로 바뀌고 409', payment, { body: approveBody, errors: [404, 409, 503] });

export const sandboxAuthorizeEndpoint = api.action(
  '/api/payments/{id}/sandbox-authorize',
  '샌드박스 결제창의 카드 승인 단계 (샌드박스 결제사가 켜져 있을 때만; 아니면 404). 4242 4242 4242 4242 → {paymentKey} (이 키로 /approve), ' +
    '4000 0000 0000 0002 → 409 reason "card_declined" (결제는 ready 그대로: 만료 전까지 다른 카드로 다시 결제할 수 있습니다). 다른 번호는 400',
  sandboxAuthorization,
  { body: sandboxAuthorizeBody, errors: [404, 409] },
);

export const failPaymentEndpoint = api.action('/api/payments/{id}/fail', '결제 실패 알림 (결제창에서 실패·취소): 자리를 풉니다', payment, { body: failBody, errors: [404, 409] });

export const cancelPaymentEndpoint = api.action(
  '/api/payments/{id}/cancel',
  '환불 (전액 또는 amount만큼; 각 기능의 환불 규정 안에서, 낸 금액을 넘지 않게 누적). 예약·경기 참가비 결제는 그 기능의 취소와 같습니다: 예약·참가가 취소되고 규정 금액 전체가 환불되며, 더 적은 amount는 409 partial_refund',
  payment,
  { body: cancelBody, errors: [404, 409, 503] },
);
