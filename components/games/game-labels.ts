import { won } from '@/lib/payments/labels';

export const gameStatusLabel: Record<string, string> = {
  recruiting: '모집 중',
  full: '모집 완료',
  confirmed: '경기 확정',
  finished: '경기 종료',
  failed: '모집 실패',
  cancelled: '취소됨',
};

export const playerStatusLabel: Record<string, string> = {
  joined: '참여',
  pending_payment: '결제 대기',
  waitlisted: '대기',
  cancelled: '취소',
  removed: '내보냄',
};

export const feeLabel = (fee: number) => (fee === 0 ? '무료' : won(fee));
