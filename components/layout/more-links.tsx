import Link from '@/components/ui/link';

/**
 * Everything the phone's five tabs leave out, at the top of 내 정보. One list to extend: a new
 * area adds one entry here.
 */
export const moreLinks: { href: string; label: string; hint: string }[] = [
  { href: '/friends', label: '친구', hint: '친구 목록, 1:1 대화' },
  { href: '/games', label: '픽업 게임', hint: '동네 운동 경기 찾기' },
  { href: '/spaces', label: '공간 대여', hint: '시간 단위로 빌리는 공간' },
  { href: '/reservations', label: '내 예약', hint: '공간 예약 내역' },
  { href: '/payments', label: '결제 내역', hint: '결제와 환불' },
  { href: '/settlements', label: '정산 내역', hint: '받을 돈과 지급 요청' },
  { href: '/host/earnings', label: '호스트 수입', hint: '월별 수입·환불·수수료' },
  { href: '/notifications', label: '알림', hint: '받은 알림 모아 보기' },
  { href: '/me/notifications', label: '알림 설정', hint: '푸시, 방해 금지 시간' },
  { href: '/host/games', label: '내가 연 게임', hint: '호스트 게임 관리' },
  { href: '/host/spaces', label: '내 공간', hint: '공간 등록과 관리' },
  { href: '/host/reservations', label: '받은 예약', hint: '내 공간의 예약' },
  { href: '/me/tokens', label: 'API 토큰', hint: '내 스크립트용 개인 토큰' },
  { href: '/me/webhooks', label: '웹훅', hint: '이벤트를 내 서버로 받기' },
];

export function MoreLinks() {
  return (
    <nav aria-label="더 보기">
      <ul className="grid grid-cols-2 gap-2">
        {moreLinks.map(({ href, label, hint }) => (
          <li key={href}>
            <Link href={href} className="flex min-h-14 flex-col justify-center rounded-xl border border-stone-200 bg-white px-3 py-2 hover:bg-stone-50">
              <span className="font-semibold text-stone-900">{label}</span>
              <span className="text-xs text-stone-600">{hint}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
