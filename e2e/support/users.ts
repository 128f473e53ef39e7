import { expect, type APIRequestContext, type Browser, type Page, type TestInfo } from '@playwright/test';
import { uniqueEmail } from './shots';

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
  return context.newPage();
}

export async function logIn(page: Page, user: TestUser) {
  await page.goto('/login');
  await page.getByLabel('이메일').fill(user.email);
  await page.getByLabel('비밀번호').fill(user.password);
  await page.getByRole('button', { name: '로그인' }).click();
  await expect(page.getByTestId('header-user')).toHaveText(`${user.username}님`);
}
