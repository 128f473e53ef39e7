import { DomainError } from '@/lib/core/domain-error';

/**
 * Hosting paid games and listing spaces takes money from neighbours, so it needs an email
 * we can reach: unverified accounts get 403 with reason "email_not_verified".
 */
export function assertEmailVerified(user: { emailVerifiedAt: Date | null }) {
  if (!user.emailVerifiedAt) {
    throw new DomainError('forbidden', '이메일 인증을 마친 계정만 이용할 수 있습니다. 내 정보에서 인증 메일을 받아 주세요.', {
      reason: 'email_not_verified',
    });
  }
}
