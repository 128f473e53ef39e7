import { afterEach, describe, expect, it } from 'vitest';
import { publicOrigin } from './origin';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

const request = (headers: Record<string, string>) => new Request('http://localhost:3000/api/password-resets', { headers });

describe('publicOrigin (links in mail)', () => {
  it('uses the configured public URL whatever the request says', () => {
    process.env.NEXTAUTH_URL = 'https://dongne.example/app';
    expect(publicOrigin(request({ host: 'evil.example' }))).toBe('https://dongne.example');
    delete process.env.NEXTAUTH_URL;
    process.env.APP_ORIGINS = 'https://www.dongne.example, https://dongne.example';
    expect(publicOrigin(request({ host: 'evil.example' }))).toBe('https://www.dongne.example');
  });

  it("without one, the Host the browser used, not the server's listen address", () => {
    delete process.env.NEXTAUTH_URL;
    delete process.env.APP_ORIGINS;
    expect(publicOrigin(request({ host: '127.0.0.1:3290' }))).toBe('http://127.0.0.1:3290');
  });

  it('trusts forwarded host and protocol only behind TRUST_PROXY', () => {
    delete process.env.NEXTAUTH_URL;
    delete process.env.APP_ORIGINS;
    const headers = { host: '10.0.0.5:3000', 'x-forwarded-host': 'dongne.example', 'x-forwarded-proto': 'https' };
    expect(publicOrigin(request(headers))).toBe('http://10.0.0.5:3000');
    process.env.TRUST_PROXY = '1';
    expect(publicOrigin(request(headers))).toBe('https://dongne.example');
  });
});
