import type { ScopeArea } from '@/lib/core/scopes';

/** What each scope area covers, in the words of the token page. */
export const scopeAreaLabels: Record<ScopeArea, string> = {
  games: '픽업 게임',
  spaces: '공간',
  reservations: '공간 예약',
  payments: '결제',
  webhooks: '웹훅',
  posts: '같이 먹기 게시판',
  orders: '같이 주문',
  community: '동네생활',
  chat: '채팅',
  friends: '친구',
  notifications: '알림',
  settlements: '정산',
  reports: '신고',
  account: '내 계정',
  tokens: '토큰 관리',
  home: '동네 정보',
  admin: '관리자',
  trust: '동네인증 · 노쇼',
};
