import { clockTime, seoulParts } from '@/lib/core/seoul-time';
import type { TargetType } from '@/lib/reports/labels';

export const targetLabels: Record<TargetType, string> = {
  post: '밥 모임 글',
  message: '채팅 메시지',
  game: '운동 모임',
  space: '공간',
  user: '사용자',
  community_post: '동네생활 글',
  community_comment: '동네생활 댓글',
};

export const actionLabels: Record<string, string> = {
  dismiss: '신고 기각',
  hide: '숨김',
  unhide: '숨김 해제',
  delete: '삭제',
  warn: '경고',
  suspend: '이용 정지',
  unsuspend: '정지 해제',
  ban: '차단',
  unban: '차단 해제',
  restore: '계정 복구',
  grant_admin: '관리자 지정',
  revoke_admin: '관리자 해제',
  payout_paid: '출금 지급',
  payout_rejected: '출금 거절',
  no_show_accepted: '노쇼 이의 인정',
  no_show_rejected: '노쇼 이의 기각',
};

export const seoulDateTime = (iso: string) => {
  const p = seoulParts(iso);
  return `${p.month}. ${p.day}. ${clockTime(iso)}`;
};
