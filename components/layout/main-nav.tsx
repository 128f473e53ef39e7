'use client';
import Link from '@/components/ui/link';
import { usePathname } from 'next/navigation';
import { useChatUnreadTotal } from '@/components/chat/use-chat-unread-total';

const links = [
  { href: '/', label: '홈', match: (p: string) => p === '/' },
  { href: '/posts', label: '같이 주문', match: (p: string) => p.startsWith('/posts') },
  { href: '/community', label: '동네생활', match: (p: string) => p.startsWith('/community') },
  { href: '/chat', label: '채팅', match: (p: string) => p.startsWith('/chat') },
  { href: '/friends', label: '친구', match: (p: string) => p.startsWith('/friends') || p.startsWith('/users/') },
  { href: '/games', label: '게임', match: (p: string) => p.startsWith('/games') || p.startsWith('/host/games') },
  { href: '/spaces', label: '공간', match: (p: string) => p.startsWith('/spaces') || p.startsWith('/reservations') || p.startsWith('/host/reservations') || p.startsWith('/host/spaces') },
  { href: '/payments', label: '결제 내역', match: (p: string) => p.startsWith('/payments') || p.startsWith('/pay/') },
];

/**
 * The signed-in sections, as tabs under the header on wider screens (phones have the bottom tab
 * bar); the current one is marked, 채팅 shows the unread total.
 */
export function MainNav() {
  const pathname = usePathname() ?? '/';
  const unread = useChatUnreadTotal(true);
  return (
    <nav aria-label="주요 메뉴" className="mx-auto hidden max-w-3xl overflow-x-auto px-2 [scrollbar-width:none] sm:block">
      <ul className="flex h-11 items-stretch whitespace-nowrap">
        {links.map(({ href, label, match }) => {
          const active = match(pathname);
          return (
            <li key={href} className="flex">
              <Link
                href={href}
                aria-current={active ? 'page' : undefined}
                className={`flex items-center whitespace-nowrap border-b-2 px-3 text-sm font-semibold ${
                  active ? 'border-brand-700 text-brand-800' : 'border-transparent text-stone-600 hover:text-stone-900'
                }`}
              >
                {label}
                {href === '/chat' && unread > 0 && (
                  <span className="ml-1 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-bold leading-5 text-white" data-testid="nav-chat-unread">
                    <span className="sr-only">안 읽은 메시지 </span>
                    {unread > 99 ? '99+' : unread}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
