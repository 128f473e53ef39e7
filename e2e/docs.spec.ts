import { expect, test } from './support/test';
import { signUp } from './support/users';
import { shot } from './support/shots';

// Scalar shows its sidebar (with search) from tablet width up.
test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false });
// Scalar parses the whole document (1.2 MB) in the browser: on a loaded 2-core machine that took most of a minute.
test.setTimeout(120_000);

test('/docs: examples shown; authorize with a Bearer token, try GET /api/users/me and see 200 — offline, under the CSP', async ({ page, baseURL }) => {
  const user = await signUp(page.request, '문서');
  const tokens = await page.request.post('/api/tokens', { data: { email: user.email, password: user.password } });
  expect(tokens.status()).toBe(201);
  const { accessToken } = (await tokens.json()) as { accessToken: string };
  const outside: string[] = [];
  const origin = new URL(baseURL!).origin;
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== origin && !r.url().startsWith('data:')) outside.push(r.url());
  });

  await page.goto('/docs');
  await expect(page.getByText('Dongne (동네) API').first()).toBeVisible({ timeout: 30_000 });
  // Code samples start with curl; request and response examples come from the schemas' meta examples.
  await expect(page.getByText(/^curl /).first()).toBeAttached();
  await expect(page.getByText(/망원동_민지/).first()).toBeAttached();

  await page.getByRole('textbox', { name: /Bearer Token/i }).first().fill(accessToken);
  await page.getByRole('button', { name: 'Test Request (get /api/users/me)' }).click();
  const client = page.getByRole('dialog');
  await client.getByRole('button', { name: /^Send get request/ }).click();
  await expect(client.getByText('200 OK').first()).toBeVisible();
  await expect(client.getByText(user.email).first()).toBeVisible();
  await shot(page, '90-docs-try-it');
  expect(outside, 'requests leaving this server').toEqual([]);
});
