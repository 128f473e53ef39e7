import { expect, test } from './support/test';
import { shot, uniqueEmail } from './support/shots';

test('a new neighbour signs up with the picker, edits the profile, logs out and in, deletes and restores the account', async ({ page }) => {
  const email = uniqueEmail('e2e');
  const username = `용담이웃${Date.now().toString(36).slice(-4)}`;
  const password = 'jeju2dong99';

  await page.goto('/');
  await shot(page, '01-home-anonymous');
  await page.getByRole('link', { name: '회원가입' }).first().click();
  await expect(page.getByRole('heading', { name: '회원가입' })).toBeVisible();

  // Submitting empty shows field errors inline and creates nothing.
  await page.getByRole('button', { name: '가입하기' }).click();
  await expect(page.getByText('올바른 이메일 주소를 입력해 주세요.').filter({ visible: true })).toBeVisible();
  await expect(page.getByText('동네를 선택해 주세요.').filter({ visible: true })).toBeVisible();
  await shot(page, '02-signup-errors');

  await page.getByLabel('이메일').fill(email);
  await page.getByLabel('닉네임').fill(username);
  await page.getByLabel('비밀번호', { exact: true }).fill(password);
  await page.getByLabel('비밀번호 확인').fill(password);
  await page.getByRole('combobox', { name: '내 동네' }).fill('용담');
  const option = page.getByRole('option', { name: /용담2동.*제주시/ });
  await expect(option).toBeVisible();
  await shot(page, '03-signup-picker');
  await option.click();
  await expect(page.getByTestId('selected-neighbourhood')).toHaveText('제주특별자치도 제주시 용담2동');
  await page.getByRole('button', { name: '가입하기' }).click();

  await expect(page).toHaveURL('/');
  await expect(page.getByTestId('header-neighbourhood')).toContainText('용담2동');
  await expect(page.getByTestId('header-user')).toHaveText(`${username}님`);
  await shot(page, '04-home-signed-in');

  // Edit the profile.
  await page.getByTestId('header-user').click();
  await expect(page.getByRole('heading', { name: '내 정보' })).toBeVisible();
  await page.getByLabel('소개', { exact: true }).fill('용담 해안도로에서 자주 산책해요');
  await page.getByRole('button', { name: '프로필 저장' }).click();
  await expect(page.getByText('저장했습니다.').filter({ visible: true })).toBeVisible();
  await shot(page, '05-me');
  await page.reload();
  await expect(page.getByLabel('소개', { exact: true })).toHaveValue('용담 해안도로에서 자주 산책해요');

  // Log out, then log in again (a wrong password first).
  await page.getByRole('button', { name: '로그아웃', exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('link', { name: '회원가입' }).first()).toBeVisible();
  await page.getByLabel('이메일').fill(email);
  await page.getByLabel('비밀번호').fill('wrong-password1');
  await page.getByRole('button', { name: '로그인' }).click();
  await expect(page.getByText('이메일 또는 비밀번호가 올바르지 않습니다.').filter({ visible: true })).toBeVisible();
  await shot(page, '06-login-error');
  await page.getByLabel('비밀번호').fill(password);
  await page.getByRole('button', { name: '로그인' }).click();
  await expect(page.getByTestId('header-user')).toHaveText(`${username}님`);

  // Delete the account, then restore it.
  await page.goto('/me');
  await page.getByLabel('비밀번호 확인', { exact: true }).fill(password);
  await page.getByRole('button', { name: '회원 탈퇴' }).click();
  // The app's own dialog asks (not the browser's confirm box).
  await page.getByRole('dialog', { name: '정말 탈퇴할까요?' }).getByRole('button', { name: '탈퇴하기' }).click();
  await expect(page).toHaveURL(/\/restore\?deleted=1/);
  await expect(page.getByTestId('header-user')).toHaveCount(0);
  await shot(page, '07-restore');
  await page.getByLabel('이메일').fill(email);
  await page.getByLabel('비밀번호').fill(password);
  await page.getByRole('button', { name: '계정 복구하기' }).click();
  await expect(page).toHaveURL(/\/me\?restored=1/);
  await expect(page.getByText('계정을 복구했습니다.').filter({ visible: true })).toBeVisible();
  await expect(page.getByTestId('header-user')).toHaveText(`${username}님`);
});

test('the picker finds my neighbourhood from the browser location', async ({ page, context }) => {
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 37.5549, longitude: 126.9238 });
  await page.goto('/signup');
  await page.getByRole('button', { name: '현재 위치로 찾기' }).click();
  await expect(page.getByTestId('selected-neighbourhood')).toHaveText('서울특별시 마포구 서교동');
});

test('an API consumer signs up and uses a Bearer token', async ({ request }) => {
  const email = uniqueEmail('api');
  const created = await request.post('/api/users', {
    data: { email, username: `api${Date.now().toString(36).slice(-6)}`, password: 'abcd1234', passwordConfirm: 'abcd1234', neighbourhoodCode: '5011058000' },
  });
  expect(created.status()).toBe(201);
  const tokens = await (await request.post('/api/tokens', { data: { email, password: 'abcd1234' } })).json();
  const me = await request.get('/api/users/me', { headers: { authorization: `Bearer ${tokens.accessToken}` } });
  expect(await me.json()).toMatchObject({ email, neighbourhood: { dong: '용담2동' } });
  const bad = await request.post('/api/users', { data: '{"email":', headers: { 'content-type': 'application/json' } });
  expect(bad.status()).toBe(400);
  expect(bad.headers()['content-type']).toBe('application/problem+json');
});

test('the API docs list every route', async ({ page }) => {
  await page.goto('/docs');
  await expect(page.getByRole('heading', { name: 'Dongne (동네) API' })).toBeVisible();
  await expect(page.getByText('/api/tokens/refresh').filter({ visible: true })).toBeVisible();
  await shot(page, '08-docs');
});
