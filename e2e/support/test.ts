import { expect, test as base, type APIRequestContext, type Page, type Response } from '@playwright/test';
import { contractChecker, type ApiDocument } from '../../tests/support/contract';

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

let checker: Promise<ReturnType<typeof contractChecker>> | undefined;

/** The contract of the server under test, read once per worker from GET /api/openapi.json. */
function contractOf(request: APIRequestContext) {
  checker ??= request.get('/api/openapi.json').then(async (res) => contractChecker((await res.json()) as ApiDocument));
  return checker;
}

/** Whatever is wrong with one /api response the page received, against the published document. */
async function contractProblems(request: APIRequestContext, response: Response): Promise<string[]> {
  const url = new URL(response.url());
  // next-auth's own routes are not part of our API.
  if (!url.pathname.startsWith('/api/') || url.pathname.startsWith('/api/auth/')) return [];
  const method = response.request().method();
  const contract = await contractOf(request);
  const path = contract.templateOf(method, url.pathname);
  if (!path) return [`${method} ${url.pathname} → ${response.status()}: not in the document`];
  const contentType = response.headers()['content-type'] ?? null;
  // A body the browser dropped (the page navigated away meanwhile) can't be checked.
  const text = await response.text().catch(() => null);
  if (text === null) return [];
  let body: unknown = text || undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON: checked as text */
  }
  return contract.check({ method, path, status: response.status(), contentType, body });
}

/**
 * Playwright's test, with the default page settling after each full load, and failing when the
 * browser refused anything under the Content-Security-Policy (proxy.ts) or when an /api response
 * the page received does not match /api/openapi.json (tests/support/contract.ts).
 */
export const test = base.extend({
  page: async ({ page, request }, provide) => {
    const violations: string[] = [];
    const checks: Promise<string[]>[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/api/')) checks.push(contractProblems(request, response).catch((e: Error) => [`${response.url()}: ${e.message}`]));
    });
    await provide(settleNavigations(page));
    expect(violations, 'CSP violations').toEqual([]);
    expect((await Promise.all(checks)).flat(), 'responses that break /api/openapi.json').toEqual([]);
  },
});
