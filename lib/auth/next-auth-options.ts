import type { NextAuthOptions } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import { authenticate } from '@/lib/accounts/authenticate';
import { processLoginThrottle } from '@/lib/accounts/login-throttle';
import { findActiveUser } from '@/lib/accounts/queries';
import { credentialsBody } from '@/lib/accounts/schema';
import { DomainError } from '@/lib/core/domain-error';
import { clientIp } from './actor';
import { getAuthSecret } from './secret';
import { SESSION_MAX_AGE_SECONDS } from './session-cookie';

/** Error codes the login page turns into messages (next-auth passes only a string through). */
export type LoginErrorCode = 'invalid_credentials' | 'rate_limited' | 'account_deleted';

export function authOptions(): NextAuthOptions {
  return {
    secret: getAuthSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/login', error: '/login' },
    logger: { error: () => {}, warn: () => {}, debug: () => {} },
    providers: [
      Credentials({
        name: 'email',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        async authorize(credentials, req) {
          const parsed = credentialsBody.safeParse(credentials);
          if (!parsed.success) throw new Error('invalid_credentials' satisfies LoginErrorCode);
          try {
            const user = await authenticate(getDb(), await processLoginThrottle(), {
              ...parsed.data,
              ip: clientIp(req.headers ?? {}),
            });
            return { id: String(user.id), name: user.username, email: user.email, tokenVersion: user.tokenVersion };
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            const code: LoginErrorCode =
              error.code === 'rate_limited' ? 'rate_limited' : error.extra.reason === 'account_deleted' ? 'account_deleted' : 'invalid_credentials';
            throw new Error(code);
          }
        },
      }),
    ],
    callbacks: {
      // Runs on every session read: a bumped tokenVersion or a deleted account ends the session.
      async jwt({ token, user }) {
        if (user) {
          return { ...token, uid: Number(user.id), tv: (user as unknown as { tokenVersion: number }).tokenVersion };
        }
        const current = await findActiveUser(getDb(), Number(token.uid));
        if (!current || current.tokenVersion !== token.tv) throw new Error('session revoked');
        return { ...token, name: current.username };
      },
      async session({ session, token }) {
        return { ...session, user: { ...session.user, id: Number(token.uid), name: token.name } };
      },
    },
  };
}
