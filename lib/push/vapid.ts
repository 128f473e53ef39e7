import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import webpush from 'web-push';
import { env, provideEnv } from '@/lib/env';

export type VapidKeys = { publicKey: string; privateKey: string; subject: string };

/** The application server's keys, or null when push is not configured (production without them). */
export function vapidKeys(): VapidKeys | null {
  const { VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT } = env();
  return VAPID_PUBLIC_KEY && VAPID_PRIVATE_KEY ? { publicKey: VAPID_PUBLIC_KEY, privateKey: VAPID_PRIVATE_KEY, subject: VAPID_SUBJECT } : null;
}

/**
 * Production takes the pair from the environment (without it Web Push is off, with a warning).
 * Development generates one and keeps it in .data/ like AUTH_SECRET: browsers' subscriptions
 * are bound to the public key, so a new pair at every start would silently break them.
 */
export function ensureVapidKeys(production: boolean) {
  if (vapidKeys()) return;
  if (production) {
    console.warn('> VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY are not set: Web Push is off (`npx web-push generate-vapid-keys`)');
    return;
  }
  const file = path.join(process.cwd(), '.data', 'vapid-keys.json');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(webpush.generateVAPIDKeys()), { mode: 0o600 });
  }
  const keys = JSON.parse(readFileSync(file, 'utf8')) as { publicKey: string; privateKey: string };
  provideEnv('VAPID_PUBLIC_KEY', keys.publicKey);
  provideEnv('VAPID_PRIVATE_KEY', keys.privateKey);
}
