/// <reference lib="webworker" />
import { CacheFirst, NetworkOnly, Serwist, StaleWhileRevalidate, type PrecacheEntry, type SerwistGlobalConfig } from 'serwist';

/*
 * The service worker (served as /serwist/sw.js, app/serwist/[path]/route.ts). Precaches the app
 * shell's static assets (.next/static, public/); navigations always go to the network and fall
 * back to the offline page when it fails. Nothing from /api and no rendered page is ever
 * cached: pages carry the signed-in person's data. Shows Web Push notifications and opens
 * their page on click.
 */
declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const OFFLINE_URL = '/offline.html';

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    { matcher: ({ url }) => url.pathname.startsWith('/api/'), handler: new NetworkOnly() },
    { matcher: ({ request }) => request.mode === 'navigate', handler: new NetworkOnly() },
    { matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'), handler: new CacheFirst({ cacheName: 'static' }) },
    { matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/icons/'), handler: new StaleWhileRevalidate({ cacheName: 'icons' }) },
  ],
  fallbacks: { entries: [{ url: OFFLINE_URL, matcher: ({ request }) => request.mode === 'navigate' }] },
});
serwist.addEventListeners();

type PushPayload = { title?: string; body?: string; url?: string; tag?: string };

self.addEventListener('push', (event) => {
  let payload: PushPayload = {};
  try {
    payload = (event.data?.json() ?? {}) as PushPayload;
  } catch {
    payload = { body: event.data?.text() };
  }
  event.waitUntil(
    self.registration.showNotification(payload.title || '동네', {
      body: payload.body ?? '',
      tag: payload.tag,
      icon: '/icons/icon-192.png',
      badge: '/icons/maskable-192.png',
      lang: 'ko',
      data: { url: payload.url ?? '/notifications' },
    }),
  );
});

/** Opens the notification's page: an open tab of ours is focused and sent there, else a new window. */
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const requested = new URL(String((event.notification.data as { url?: string } | null)?.url ?? '/'), self.location.origin);
  // Only our own pages: a payload can't send the phone anywhere else.
  const target = requested.origin === self.location.origin ? requested.href : self.location.origin;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
      if (open) {
        await open.focus();
        await open.navigate(target).catch(() => self.clients.openWindow(target));
        return;
      }
      await self.clients.openWindow(target);
    })(),
  );
});
