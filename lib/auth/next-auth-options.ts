import type { NextAuthOptions } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import { authenticate } from '@/lib/accounts/authenticate';
import { processLoginThrottle } from '@/lib/accounts/login-throttle';
import { findActiveUser } from '@/lib/accounts/queries';
import { resolveOAuthLogin } from '@/lib/accounts/oauth';
import { credentialsBody } from '@/lib/accounts/schema';
import { DomainError } from '@/lib/core/domain-error';
import { clientIp } from './actor';
import { kakaoEnabled, kakaoProfile, kakaoProvider } from './kakao';
import { getAuthSecret } from '@/lib/core/auth-secret';
import { SESSION_MAX_AGE_SECONDS } from './session-cookie';

/** Error codes the login page turns into messages (next-auth passes only a string through). */
export type LoginErrorCode = 'invalid_credentials' | 'rate_limited' | 'busy' | 'account_deleted' | 'banned';

function loginErrorCode(error: DomainError): LoginErrorCode {
  if (error.code === 'rate_limited') return 'rate_limited';
  // The password hashing queue is full (lib/accounts/password.ts).
  if (error.code === 'unavailable') return 'busy';
  if (error.extra.reason === 'account_deleted') return 'account_deleted';
  if (error.extra.reason === 'banned') return 'banned';
  return 'invalid_credentials';
}

/** What sign-in hands the jwt callback: our user, or the pending signup of a first Kakao login. */
type SignedIn = { id: string; tokenVersion?: number; signupId?: string };

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
            throw new Error(loginErrorCode(error));
          }
        },
      }),
      ...(kakaoEnabled() ? [kakaoProvider()] : []),
    ],
    callbacks: {
      // Kakao: resolve the identity to our user (same session shape as a password login) or a
      // pending signup. next-auth hands this same user object to the jwt callback below.
      async signIn({ user, account, profile }) {
        if (account?.provider !== 'kakao') return true;
        const login = await resolveOAuthLogin(getDb(), kakaoProfile(profile as Parameters<typeof kakaoProfile>[0]));
        if (login.kind === 'deleted') return '/login?error=account_deleted';
        if (login.kind === 'user' && login.user.bannedAt) return '/login?error=banned';
        const signedIn = user as unknown as SignedIn;
        if (login.kind === 'signup') signedIn.signupId = login.signupId;
        else Object.assign(signedIn, { id: String(login.user.id), name: login.user.username, email: login.user.email, tokenVersion: login.user.tokenVersion });
        return true;
      },
      // Runs on every session read: a bumped tokenVersion or a deleted account ends the session.
      async jwt({ token, user }) {
        if (user) {
          const signedIn = user as unknown as SignedIn;
          if (signedIn.signupId) return { signup: signedIn.signupId };
          return { ...token, sub: signedIn.id, uid: Number(signedIn.id), tv: signedIn.tokenVersion };
        }
        // A pending Kakao signup is nobody yet; the onboarding page turns it into a user.
        if (token.signup && token.uid === undefined) return token;
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
