import { describe, expect, it, vi } from 'vitest';
import { DomainError } from './domain-error';

describe('DomainError', () => {
  it('is recognised across separate copies of its module (server.ts and Next bundle their own)', async () => {
    vi.resetModules();
    const other = await import('./domain-error');
    expect(other.DomainError).not.toBe(DomainError);
    expect(new other.DomainError('unavailable', 'busy') instanceof DomainError).toBe(true);
    expect(new DomainError('invalid', 'x') instanceof other.DomainError).toBe(true);
    expect(new Error('plain') instanceof DomainError).toBe(false);
    expect((null as unknown as object) instanceof DomainError).toBe(false);
  });
});
