import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { VerificationBanner } from '@/components/accounts/verification-banner';
import { BottomTabBar } from '@/components/layout/bottom-tab-bar';
import { NotInChatRoom } from '@/components/layout/not-in-chat-room';
import { SiteHeader } from '@/components/layout/site-header';
import { SuspensionBanner } from '@/components/moderation/suspension-banner';
import { ServiceWorkerRegistration } from '@/components/pwa/service-worker-registration';
import { getSessionUser } from '@/lib/auth/server-session';
import { env } from '@/lib/env';
import { Providers } from './providers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: '동네 — 이웃과 함께', template: '%s · 동네' },
  description: '배달 같이 시키기, 동네생활, 픽업 게임, 공간 대여까지 우리 동네 이웃과 함께.',
  applicationName: '동네',
  appleWebApp: { capable: true, title: '동네', statusBarStyle: 'default' },
  icons: { icon: [{ url: '/favicon.ico', sizes: '48x48' }, { url: '/icons/icon.svg', type: 'image/svg+xml' }], apple: '/icons/apple-touch-icon.png' },
};

// viewportFit cover: the bottom tab bar pads itself by the safe area; resizes-content keeps the
// chat composer above the on-screen keyboard (Chrome on Android).
export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#c2410c', viewportFit: 'cover', interactiveWidget: 'resizes-content' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const me = await getSessionUser();
  return (
    <html lang="ko">
      <body className="min-h-dvh">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          본문으로 건너뛰기
        </a>
        <Providers viewer={me ? { id: me.id, username: me.username } : null}>
          <SiteHeader me={me} />
          <NotInChatRoom>
            {me?.suspendedUntil && <SuspensionBanner until={me.suspendedUntil} reason={me.suspensionReason} />}
            {me && !me.emailVerified && <VerificationBanner email={me.email} />}
          </NotInChatRoom>
          <main id="main" className="mx-auto w-full max-w-3xl px-4 py-6">
            {children}
          </main>
          {me && <BottomTabBar />}
        </Providers>
        <ServiceWorkerRegistration enabled={env().NODE_ENV === 'production'} />
      </body>
    </html>
  );
}
