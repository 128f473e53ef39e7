import Kakao from 'next-auth/providers/kakao';
import type { OAuthProfile } from '@/lib/accounts/oauth';
import { env } from '@/lib/env';

/** Kakao login is offered only when both keys are configured. */
export const kakaoEnabled = () => Boolean(env().KAKAO_CLIENT_ID && env().KAKAO_CLIENT_SECRET);

type KakaoUser = {
  id: number | string;
  kakao_account?: {
    email?: string;
    is_email_valid?: boolean;
    is_email_verified?: boolean;
    profile?: { nickname?: string };
  };
};

/** Kakao's user-info answer as we use it: the email only when Kakao vouches for it. */
export function kakaoProfile(raw: KakaoUser): OAuthProfile {
  const account = raw.kakao_account ?? {};
  const trusted = account.email && account.is_email_valid !== false && account.is_email_verified === true;
  return {
    provider: 'kakao',
    providerAccountId: String(raw.id),
    email: trusted ? account.email!.toLowerCase() : null,
    nickname: account.profile?.nickname ?? null,
  };
}

/**
 * next-auth's Kakao provider. KAKAO_AUTH_URL, KAKAO_TOKEN_URL and KAKAO_USERINFO_URL replace
 * Kakao's endpoints (the browser tests run the whole flow against a local fake).
 */
export function kakaoProvider() {
  const { KAKAO_CLIENT_ID, KAKAO_CLIENT_SECRET, KAKAO_AUTH_URL, KAKAO_TOKEN_URL, KAKAO_USERINFO_URL } = env();
  return Kakao({
    clientId: KAKAO_CLIENT_ID!,
    clientSecret: KAKAO_CLIENT_SECRET!,
    ...(KAKAO_AUTH_URL && { authorization: KAKAO_AUTH_URL }),
    ...(KAKAO_TOKEN_URL && { token: KAKAO_TOKEN_URL }),
    ...(KAKAO_USERINFO_URL && { userinfo: KAKAO_USERINFO_URL }),
  });
}
