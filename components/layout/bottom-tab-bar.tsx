'use client';
import Link from '@/components/ui/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { useChatUnreadTotal } from '@/components/chat/use-chat-unread-total';
import { isChatRoomPath } from './not-in-chat-room';

const icon = (d: ReactNode) => (
  <svg aria-hidden viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
    {d}
  </svg>
);

const tabs = [
  { href: '/', label: '홈', match: (p: string) => p === '/', icon: icon(<path d="M3 10.5 12 3l9 7.5V21h-6v-6H9v6H3z" />) },
  {
    href: '/posts',
    label: '같이 주문',
    match: (p: string) => p.startsWith('/posts'),
    icon: icon(<><path d="M4 10h16l-1.5 10h-13z" /><path d="M8 10a4 4 0 0 1 8 0" /></>),
  },
  {
    href: '/community',
    label: '동네생활',
    match: (p: string) => p.startsWith('/community'),
    icon: icon(<><path d="M4 5h16v11H8l-4 4z" /><path d="M8 9h8M8 12h5" /></>),
  },
  {
    href: '/chat',
    label: '채팅',
    match: (p: string) => p.startsWith('/chat'),
    icon: icon(<><path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z" /></>),
  },
  {
    href: '/me',
    label: '내 정보',
    match: (p: string) => p.startsWith('/me') || p.startsWith('/friends') || p.startsWith('/payments') || p.startsWith('/reservations') || p.startsWith('/host') || p.startsWith('/notifications') || p.startsWith('/settlements'),
    icon: icon(<><circle cx="12" cy="8" r="4" /><path d="M4 21a8 8 0 0 1 16 0" /></>),
  },
];


/**
 * The phone's main navigation, fixed at the bottom (below the `sm` breakpoint; wider screens
 * keep the top navigation). The chat tab carries the unread total. A spacer of its height ends
 * the page so nothing hides behind it.
 */
export function BottomTabBar() {
  const pathname = usePathname() ?? '/';
  const unread = useChatUnreadTotal(true);
  // A chat room takes the whole screen (its composer sits above the keyboard): no tab bar there.
  if (isChatRoomPath(pathname)) return null;
  return (
    <>
      <div aria-hidden className="h-[calc(4rem+env(safe-area-inset-bottom))] sm:hidden" />
      <nav aria-label="주요 메뉴" data-testid="bottom-tab-bar" className="fixed inset-x-0 bottom-0 z-30 border-t border-stone-200 bg-white/95 pb-[env(safe-area-inset-bottom)] backdrop-blur sm:hidden">
        <ul className="mx-auto grid h-16 max-w-3xl grid-cols-5">
          {tabs.map(({ href, label, match, icon: glyph }) => {
            const active = match(pathname);
            const badge = href === '/chat' && unread > 0;
            return (
              <li key={href} className="flex">
                <Link
                  href={href}
                  aria-current={active ? 'page' : undefined}
                  className={`relative flex flex-1 flex-col items-center justify-center gap-0.5 text-xs font-semibold ${active ? 'text-brand-700' : 'text-stone-600'}`}
                >
                  {glyph}
                  <span>{label}</span>
                  {badge && (
                    // The name reads "채팅 안 읽은 메시지 3": it contains what is seen (label-content-name-mismatch).
                    <span className="absolute left-1/2 top-1.5 ml-1.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-[11px] font-bold leading-5 text-white">
                      <span className="sr-only">안 읽은 메시지 </span>
                      <span data-testid="chat-unread-total">{unread > 99 ? '99+' : unread}</span>
                    </span>
                  )}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </>
  );
}
