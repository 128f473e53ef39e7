import { describe, expect, it } from 'vitest';
import { safePath } from './safe-path';

describe('safePath', () => {
  it('keeps paths on this site, with their query and hash', () => {
    expect(safePath('/games/3?tab=players#reviews')).toBe('/games/3?tab=players#reviews');
    expect(safePath('/spaces')).toBe('/spaces');
    expect(safePath('/search?q=%ED%95%9C%EA%B8%80')).toBe('/search?q=%ED%95%9C%EA%B8%80');
  });

  it('refuses everything that can leave the site', () => {
    for (const hostile of [
      '/%5Cevil.example',
      '/%5cevil.example',
      '/%09/evil.example',
      '/%0a/evil.example',
      '/%255Cevil.example',
      '//evil',
      '//evil.example/path',
      'https://evil',
      '/\\evil',
      '/\\\\evil',
      '\\\\evil',
      '/\t/evil',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      '/%2F/evil.example',
      '/%E0%A4%A',
      'evil',
      '',
    ]) {
      expect(safePath(hostile), hostile).toBe('/');
    }
    expect(safePath(null)).toBe('/');
    expect(safePath(undefined, '/home')).toBe('/home');
  });
});
