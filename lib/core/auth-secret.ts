import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env, provideEnv } from '@/lib/env';

/** The secret behind session cookies and access tokens; server.ts makes sure it is set. */
export function getAuthSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set');
  return secret;
}

/**
 * Production requires AUTH_SECRET. Development generates one and keeps it in .data/ so
 * sessions survive restarts.
 */
export function ensureAuthSecret(production: boolean) {
  if (env().AUTH_SECRET) return;
  if (production) {
    throw new Error('AUTH_SECRET must be set in production (e.g. `openssl rand -base64 32`).');
  }
  const file = path.join(process.cwd(), '.data', 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  provideEnv('AUTH_SECRET', readFileSync(file, 'utf8').trim());
}
