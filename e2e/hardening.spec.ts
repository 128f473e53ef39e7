import { expect, test } from './support/test';
import { logIn, signUp } from './support/users';

test('pages and API answers carry the security headers; the page CSP has a fresh script nonce', async ({ request }) => {
  const first = await request.get('/login');
  const second = await request.get('/login');
  for (const res of [first, second, await request.get('/api/health'), await request.get('/api/nope')]) {
    const h = res.headers();
    expect(h['x-content-type-options'], res.url()).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy']).toContain('geolocation=(self)');
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    // Plain http here: HSTS is only sent over https.
    expect(h['strict-transport-security']).toBeUndefined();
  }
  const nonceOf = (csp: string) => csp.match(/'nonce-([^']+)'/)?.[1];
  const nonce = nonceOf(first.headers()['content-security-policy']!);
  expect(nonce).toBeTruthy();
  expect(nonceOf(second.headers()['content-security-policy']!)).not.toBe(nonce);
  // Next stamps the nonce on its own scripts.
  expect(await first.text()).toContain(`nonce="${nonce}"`);
});

test('errors outside the handlers: problem+json for /api, a real 404 status for missing pages', async ({ browser, request }) => {
  const unknown = await request.post('/api/nope/deeper', { data: {} });
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()['content-type']).toBe('application/problem+json');
  expect((await unknown.json()).status).toBe(404);

  const wrongMethod = await request.put('/api/health', { data: {} });
  expect(wrongMethod.status()).toBe(405);
  expect(wrongMethod.headers()['content-type']).toBe('application/problem+json');
  expect(await wrongMethod.json()).toMatchObject({ status: 405, title: 'Method not allowed' });

  for (const path of ['/games/99999', '/spaces/99999']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  // Signed in, where pages need it: a member is told /admin does not exist.
  const member = await signUp(request, '주민');
  const page = await browser.newPage();
  await logIn(page, member);
  for (const path of ['/admin', '/posts/99999', '/community/99999', '/games/99999']) {
    expect((await page.goto(path))!.status(), path).toBe(404);
  }
  await page.close();
});

test('pages run under the CSP without violations (maps, sockets, Next scripts)', async ({ page, request }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const member = await signUp(request, '지도');
  await logIn(page, member);
  for (const path of ['/', '/games?view=map', '/spaces?view=map', '/chat', '/posts']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
});
