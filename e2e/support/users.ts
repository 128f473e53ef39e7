import { expect, type APIRequestContext, type Browser, type Page, type TestInfo } from '@playwright/test';
import { uniqueEmail } from './shots';
import { settleNavigations } from './test';

export type TestUser = { email: string; username: string; password: string };

/** Signs a neighbour up through the API (용담2동 unless told otherwise); `name` starts the username. */
export async function signUp(request: APIRequestContext, name: string, neighbourhoodCode = '5011058000'): Promise<TestUser> {
  const user = {
    email: uniqueEmail('chat'),
    username: `${name}${Date.now().toString(36).slice(-3)}${Math.random().toString(36).slice(2, 4)}`,
    password: 'jeju2dong99',
  };
  const res = await request.post('/api/users', {
    data: { ...user, passwordConfirm: user.password, neighbourhoodCode },
  });
  expect(res.status(), await res.text()).toBe(201);
  return user;
}

/** A separate browser context (its own cookies) with the project's device, locale and base URL. */
export async function newUserPage(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const { baseURL, locale, timezoneId, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, locale, timezoneId, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch });
  return settleNavigations(await context.newPage());
}

export async function logIn(page: Page, user: TestUser) {
  await page.goto('/login');
  await page.getByLabel('이메일').fill(user.email);
  await page.getByLabel('비밀번호').fill(user.password);
  await page.getByRole('button', { name: '로그인' }).click();
  await expect(page.getByTestId('header-user')).toHaveText(`${user.username}님`);
}

export type Mail = { to: string; subject: string; text: string; link: string | null };

/** The n-th message the app sent to this address, from the fake SMTP server (waits for it to arrive). */
export async function mailTo(request: APIRequestContext, to: string, n = 1): Promise<Mail> {
  const port = Number(process.env.E2E_PORT ?? 3210) + 5;
  const res = await request.get(`http://127.0.0.1:${port}/mail/wait?to=${encodeURIComponent(to)}&n=${n}`, { timeout: 30_000 });
  expect(res.ok()).toBe(true);
  return (await res.json()) as Mail;
}

/** The path of a mailed link on this app (its origin is the app's own). */
export const pathOf = (mail: Mail) => new URL(mail.link!).pathname;

/** Follows the link mailed at sign-up, as hosts of spaces and paid games must have done. */
export async function verifyEmail(request: APIRequestContext, user: TestUser) {
  const token = pathOf(await mailTo(request, user.email)).split('/').pop();
  expect((await request.post(`/api/email-verifications/${token}`)).status()).toBe(200);
}
