import type { PayoutStatus, SettlementKind, SettlementSubject } from '@/db/constants/settlements';

export { won } from '@/lib/payments/labels';

/** How each ledger entry reads in Korean (the page and the CSV export). */
export const settlementKindLabels: Record<SettlementKind, string> = {
  meal_order_income: '함께주문 정산',
  game_income: '경기 참가비',
  reservation_income: '공간 예약',
  refund_debit: '환불',
  organizer_cover: '주문자 부담',
  platform_fee: '수수료',
  payout: '출금',
};

export const payoutStatusLabels: Record<PayoutStatus, string> = {
  requested: '출금 대기',
  paid: '출금 완료',
  rejected: '출금 거절',
};

/** "+12,000원" / "−3,000원" (a real minus sign) / "0원". */
export function signedWon(amount: number): string {
  const digits = Math.abs(amount).toLocaleString('ko-KR');
  return amount > 0 ? `+${digits}원` : amount < 0 ? `−${digits}원` : '0원';
}

/** Where an entry's subject lives, for the link on the 정산 내역 page. */
export function subjectLink(type: SettlementSubject, id: number): string | null {
  switch (type) {
    case 'game':
      return `/games/${id}`;
    case 'meal_order':
      return `/posts/${id}`;
    case 'reservation':
      return '/host/reservations';
    case 'payout':
      return null;
  }
}
