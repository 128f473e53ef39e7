import Link from '@/components/ui/link';
import type { Me } from '@/lib/accounts/schema';
import { displaySigungu } from '@/lib/neighbourhoods/format';
import { LogoutButton } from '@/components/accounts/session-buttons';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { MainNav } from './main-nav';

export function SiteHeader({ me }: { me: Me | null }) {
  return (
    <header className="sticky top-0 z-30 border-b border-stone-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-3xl items-center justify-between gap-3 px-4">
        <Link href="/" className="flex items-baseline gap-2 text-xl font-extrabold text-brand-700">
          동네
          {me && (
            <span className="text-sm font-semibold text-stone-700" data-testid="header-neighbourhood">
              {me.neighbourhood.dong}
              <span className="sr-only"> ({displaySigungu(me.neighbourhood.sigungu)})</span>
            </span>
          )}
        </Link>
        <nav aria-label="계정" className="flex items-center gap-1 text-sm">
          {me ? (
            <>
              <NotificationBell />
              {me.role === 'admin' && (
                <Link href="/admin" className="rounded-lg px-2 py-2 font-medium hover:bg-stone-100">
                  관리
                </Link>
              )}
              <Link href="/me" className="rounded-lg px-2 py-2 font-medium hover:bg-stone-100" data-testid="header-user">
                {me.username}님
              </Link>
              <LogoutButton />
            </>
          ) : (
            <>
              <Link href="/games" className="rounded-lg px-2 py-2 font-medium hover:bg-stone-100">
                게임
              </Link>
              <Link href="/spaces" className="rounded-lg px-2 py-2 font-medium hover:bg-stone-100">
                공간
              </Link>
              <Link href="/login" className="rounded-lg px-2 py-2 font-medium hover:bg-stone-100">
                로그인
              </Link>
              <Link href="/signup" className="rounded-lg bg-brand-700 px-3 py-2 font-semibold text-white hover:bg-brand-800">
                회원가입
              </Link>
            </>
          )}
        </nav>
      </div>
      {me && <MainNav />}
    </header>
  );
}
