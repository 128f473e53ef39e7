import { expect, test as base, type Page } from '@playwright/test';

export { expect };

/**
 * React 19.2 reveals streamed Suspense boundaries in batches; when hydration client-renders a
 * boundary first, the streamed copy stays in the DOM, hidden, until the batch runs about 300 ms
 * later (react/react#37014). Playwright's strict mode fails at once on the two copies instead of
 * retrying, so every full page load here waits for React to drop them.
 */
async function settled(page: Page) {
  await page.waitForFunction(() => !document.querySelector('div[hidden][id^="S:"]'), undefined, { timeout: 3_000 }).catch(() => {});
}

export function settleNavigations(page: Page): Page {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await settled(page);
    return response;
  };
  page.reload = async (options) => {
    const response = await reload(options);
    await settled(page);
    return response;
  };
  return page;
}

/**
 * Playwright's test, with the default page settling after each full load, and failing when the
 * browser refused anything under the Content-Security-Policy (proxy.ts).
 */
export const test = base.extend({
  page: async ({ page }, provide) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await provide(settleNavigations(page));
    expect(violations, 'CSP violations').toEqual([]);
  },
});
