'use client';
import { useEffect } from 'react';

export const SERVICE_WORKER_URL = '/serwist/sw.js';

/**
 * Registers the service worker (app/sw.ts) once the page has loaded; the layout enables it in
 * production only: in development it would cache chunks that change on every edit.
 */
export function ServiceWorkerRegistration({ enabled }: { enabled: boolean }) {
  useEffect(() => {
    if (!enabled || !('serviceWorker' in navigator)) return;
    const register = () => void navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' }).catch(() => {});
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  }, [enabled]);
  return null;
}
