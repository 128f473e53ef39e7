import { test as base, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

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

/** Playwright's test, with the default page settling after each full load. */
export const test = base.extend({
  page: async ({ page }, provide) => {
    await provide(settleNavigations(page));
  },
});
