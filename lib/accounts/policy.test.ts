import { describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/core/domain-error';
import { assertEmailVerified } from './policy';

describe('assertEmailVerified', () => {
  it('lets verified accounts through', () => {
    expect(() => assertEmailVerified({ emailVerifiedAt: new Date() })).not.toThrow();
  });

  it('refuses unverified accounts with 403 reason email_not_verified and a Korean message', () => {
    let caught: unknown;
    try {
      assertEmailVerified({ emailVerifiedAt: null });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect(caught).toMatchObject({ code: 'forbidden', extra: { reason: 'email_not_verified' } });
    expect((caught as Error).message).toContain('이메일 인증');
  });
});
