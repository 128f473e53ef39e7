import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from '@/components/community/markdown';

const render = (source: string) => renderToStaticMarkup(createElement(Markdown, null, source));

describe('community Markdown rendering', () => {
  it('renders Markdown', () => {
    const html = render('# 제목\n\n**굵게** 그리고 [링크](https://example.com)\n\n- 하나');
    expect(html).toContain('<h1>제목</h1>');
    expect(html).toContain('<strong>굵게</strong>');
    expect(html).toContain('href="https://example.com"');
    expect(html).toContain('rel="noopener noreferrer nofollow ugc"');
    expect(html).toContain('<li>하나</li>');
  });

  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;'],
    ['<img src=x onerror="alert(1)">', '&lt;img src=x onerror='],
    ['<a href="javascript:alert(1)">x</a>', '&lt;a href='],
    ['<iframe src="https://evil.example"></iframe>', '&lt;iframe'],
  ])('shows raw HTML as text: %s', (payload, escaped) => {
    const html = render(`안녕하세요 ${payload}`);
    expect(html).toContain(escaped);
    expect(html).not.toMatch(/<(script|img|iframe)\b/i);
    expect(html).not.toMatch(/<a [^>]*href="javascript:/i);
  });

  it('drops javascript: and data: link targets and never loads images', () => {
    for (const link of ['[x](javascript:alert(1))', '[x](JaVaScRiPt:alert(1))', '[x](data:text/html;base64,PHNjcmlwdD4=)', '<javascript:alert(1)>']) {
      const html = render(link);
      expect(html).toContain('href=""');
      expect(html).not.toMatch(/href="[^"]*(javascript|data):/i);
    }
    const image = render('![고양이](https://tracker.example/x.png)');
    expect(image).not.toContain('<img');
    expect(image).not.toContain('tracker.example');
    expect(image).toContain('[이미지: 고양이]');
  });
});
