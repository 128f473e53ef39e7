import { afterEach, describe, expect, it } from 'vitest';
import { isSameOriginRequest } from './csrf';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

const post = (url: string, headers: Record<string, string>) => new Request(url, { method: 'POST', headers });

describe('isSameOriginRequest', () => {
  it('compares scheme and host, not only the host', () => {
    delete process.env.APP_ORIGINS;
    delete process.env.NEXTAUTH_URL;
    expect(isSameOriginRequest(post('http://dongne.example/api/x', { host: 'dongne.example', origin: 'http://dongne.example' }))).toBe(true);
    expect(isSameOriginRequest(post('http://dongne.example/api/x', { host: 'dongne.example', origin: 'https://dongne.example' }))).toBe(false);
    expect(isSameOriginRequest(post('http://dongne.example/api/x', { host: 'dongne.example', origin: 'http://dongne.example:8080' }))).toBe(false);
    expect(isSameOriginRequest(post('http://dongne.example/api/x', { host: 'dongne.example', origin: 'null' }))).toBe(false);
  });

  it('ignores X-Forwarded-Host/-Proto unless TRUST_PROXY is set', () => {
    delete process.env.APP_ORIGINS;
    delete process.env.NEXTAUTH_URL;
    const forged = { host: '10.0.0.5:3000', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https', origin: 'https://evil.example' };
    expect(isSameOriginRequest(post('http://10.0.0.5:3000/api/x', forged))).toBe(false);
    process.env.TRUST_PROXY = '1';
    expect(isSameOriginRequest(post('http://10.0.0.5:3000/api/x', forged))).toBe(true);
    expect(isSameOriginRequest(post('http://10.0.0.5:3000/api/x', { ...forged, origin: 'http://evil.example' }))).toBe(false);
  });

  it('accepts the configured public origins and Sec-Fetch-Site: same-origin without Origin', () => {
    process.env.NEXTAUTH_URL = 'https://dongne.example';
    process.env.APP_ORIGINS = 'https://www.dongne.example';
    for (const origin of ['https://dongne.example', 'https://www.dongne.example']) {
      expect(isSameOriginRequest(post('http://10.0.0.5:3000/api/x', { host: '10.0.0.5:3000', origin }))).toBe(true);
    }
    expect(isSameOriginRequest(post('http://10.0.0.5:3000/api/x', { 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(isSameOriginRequest(post('http://10.0.0.5:3000/api/x', { 'sec-fetch-site': 'cross-site' }))).toBe(false);
  });
});
