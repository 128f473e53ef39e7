import { expect, test } from './support/test';
import { shot, uniqueEmail } from './support/shots';
import { logIn, mailTo, newUserPage, pathOf, signUp } from './support/users';

test('a new neighbour verifies the email from the mailed link (banner, resend, badge)', async ({ page, request }) => {
  const user = await signUp(request, '인증');
  await logIn(page, user);
  const banner = page.getByTestId('verification-banner');
  await expect(banner).toContainText(user.email);
  await shot(page, 'auth-01-verification-banner');

  // The sign-up mail arrived; ask for another one from the banner, and follow the newest.
  await mailTo(request, user.email, 1);
  await banner.getByRole('button', { name: '인증 메일 다시 받기' }).click();
  await expect(banner.getByRole('status')).toContainText('인증 메일을 보냈습니다');
  const mail = await mailTo(request, user.email, 2);
  expect(mail.subject).toContain('인증');

  await page.goto(pathOf(mail));
  await expect(page.getByText('이메일 인증을 마쳤습니다.').filter({ visible: true })).toBeVisible();
  await shot(page, 'auth-02-verified');
  await expect(page.getByTestId('verification-banner')).toHaveCount(0);
  await page.getByRole('link', { name: '내 정보로 가기' }).click();
  await expect(page.getByRole('heading', { name: '내 정보' })).toBeVisible();
  await expect(page.getByTestId('verified-badge').first()).toBeVisible();
  await page.getByRole('link', { name: '내 공개 프로필' }).click();
  await expect(page.getByRole('heading', { name: user.username })).toBeVisible();
  await expect(page.getByTestId('verified-badge')).toBeVisible();
  await shot(page, 'auth-03-public-profile');

  // A new address needs the password and its own verification.
  const newEmail = uniqueEmail('moved');
  await page.goto('/me');
  await page.getByLabel('이메일', { exact: true }).fill(newEmail);
  await page.getByRole('button', { name: '이메일 변경' }).click();
  await expect(page.getByText('이메일을 바꾸려면 현재 비밀번호를 입력해 주세요.').filter({ visible: true })).toBeVisible();
  await page.getByLabel('현재 비밀번호 (이메일 변경 확인)').fill(user.password);
  await page.getByRole('button', { name: '이메일 변경' }).click();
  await expect(page.getByText(`${newEmail}으로 인증 메일을 보냈습니다.`).filter({ visible: true })).toBeVisible();
  await expect(page.getByTestId('verification-banner')).toContainText(newEmail);
  await shot(page, 'auth-03b-email-changed');
  await page.goto(pathOf(await mailTo(request, newEmail)));
  await expect(page.getByText('이메일 인증을 마쳤습니다.').filter({ visible: true })).toBeVisible();
  await expect(page.getByTestId('verification-banner')).toHaveCount(0);
});

test('a neighbour who forgot the password resets it from the mail; other sessions end; the link works once', async ({ page, request, browser }, testInfo) => {
  const user = await signUp(request, '리셋');
  const otherDevice = await newUserPage(browser, testInfo);
  await logIn(otherDevice, user);

  await page.goto('/login');
  await page.getByRole('link', { name: '비밀번호를 잊으셨나요?' }).click();
  await expect(page.getByRole('heading', { name: '비밀번호 찾기' })).toBeVisible();
  await page.getByLabel('이메일').fill(user.email);
  await page.getByRole('button', { name: '재설정 링크 받기' }).click();
  await expect(page.getByText('가입된 이메일이라면 비밀번호 재설정 링크를 보냈습니다.').filter({ visible: true })).toBeVisible();
  await shot(page, 'auth-04-forgot-sent');

  const mail = await mailTo(request, user.email, 2); // the first is the sign-up verification
  expect(mail.subject).toContain('비밀번호 재설정');
  // The link leads back to where the browser reached us, not to the server's listen address.
  expect(new URL(mail.link!).origin).toBe(new URL(page.url()).origin);
  await page.goto(pathOf(mail));
  await expect(page.getByRole('heading', { name: '새 비밀번호 정하기' })).toBeVisible();
  await page.getByLabel('새 비밀번호', { exact: true }).fill('short');
  await page.getByLabel('새 비밀번호 확인').fill('short');
  await page.getByRole('button', { name: '비밀번호 바꾸기' }).click();
  await expect(page.getByText('비밀번호는 8자 이상이어야 합니다.').filter({ visible: true })).toBeVisible();
  await shot(page, 'auth-05-reset-errors');
  await page.getByLabel('새 비밀번호', { exact: true }).fill('newjeju2dong77');
  await page.getByLabel('새 비밀번호 확인').fill('newjeju2dong77');
  await page.getByRole('button', { name: '비밀번호 바꾸기' }).click();

  await expect(page).toHaveURL(/\/login\?reset=1/);
  await expect(page.getByText('비밀번호를 바꿨습니다. 새 비밀번호로 로그인해 주세요.').filter({ visible: true })).toBeVisible();
  await logIn(page, { ...user, password: 'newjeju2dong77' });

  // The session on the other device ended with the reset.
  await otherDevice.goto('/me');
  await expect(otherDevice).toHaveURL(/\/login/);
  await otherDevice.context().close();

  // The link was single-use.
  await page.goto(pathOf(mail));
  await page.getByLabel('새 비밀번호', { exact: true }).fill('another2dong77');
  await page.getByLabel('새 비밀번호 확인').fill('another2dong77');
  await page.getByRole('button', { name: '비밀번호 바꾸기' }).click();
  await expect(page.getByText('이 링크는 만료되었거나 이미 사용되었습니다.').filter({ visible: true })).toBeVisible();
  await shot(page, 'auth-06-reset-used');
});

/** Logs in on the fake Kakao page as the given Kakao user. */
async function kakaoLogin(page: import('@playwright/test').Page, kakao: { id: string; nickname: string; email?: string }) {
  await page.goto('/login');
  await page.getByRole('button', { name: '카카오로 시작하기' }).click();
  await expect(page.getByRole('heading', { name: /카카오계정으로 로그인/ })).toBeVisible();
  await page.getByLabel('카카오 회원번호').fill(kakao.id);
  await page.getByLabel('닉네임').fill(kakao.nickname);
  if (kakao.email) await page.getByLabel('이메일', { exact: true }).fill(kakao.email);
  await page.getByRole('button', { name: '동의하고 계속하기' }).click();
}

test('a first Kakao login picks the neighbourhood before anything else, then sets a password on /me', async ({ page, request }) => {
  const kakaoId = String(Date.now());
  const nickname = `카카오${kakaoId.slice(-4)}`;
  const email = uniqueEmail('kakao');
  await kakaoLogin(page, { id: kakaoId, nickname, email });

  await expect(page).toHaveURL(/\/onboarding\/kakao/);
  await expect(page.getByRole('heading', { name: '우리 동네를 알려 주세요' })).toBeVisible();
  await expect(page.getByText(`이메일: ${email} (카카오에서 인증됨)`).filter({ visible: true })).toBeVisible();
  await shot(page, 'auth-07-kakao-onboarding');

  // Any other page leads back here until the neighbourhood is chosen.
  await page.goto('/posts');
  await expect(page).toHaveURL(/\/onboarding\/kakao\?next=%2Fposts/);

  await page.getByRole('button', { name: '동네 정하고 시작하기' }).click();
  await expect(page.getByText('동네를 선택해 주세요.').filter({ visible: true })).toBeVisible();
  await page.getByRole('combobox', { name: '내 동네' }).fill('서교');
  await page.getByRole('option', { name: /서교동.*마포구/ }).click();
  await expect(page.getByLabel('닉네임')).toHaveValue(nickname);
  await page.getByRole('button', { name: '동네 정하고 시작하기' }).click();

  await expect(page).toHaveURL('/posts');
  await expect(page.getByTestId('header-user')).toHaveText(`${nickname}님`);
  await expect(page.getByTestId('header-neighbourhood')).toContainText('서교동');
  await expect(page.getByTestId('verification-banner')).toHaveCount(0);

  // A Kakao-only account sets a password, then can log in by email too.
  await page.goto('/me');
  await expect(page.getByTestId('verified-badge').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: '비밀번호 설정' })).toBeVisible();
  await shot(page, 'auth-08-kakao-me');
  await page.getByLabel('새 비밀번호', { exact: true }).fill('kakaoseogyo12');
  await page.getByLabel('새 비밀번호 확인').fill('kakaoseogyo12');
  await page.getByRole('button', { name: '비밀번호 설정' }).click();
  await expect(page.getByText('비밀번호를 설정했습니다.').filter({ visible: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: '비밀번호 변경' })).toBeVisible();
  const tokens = await request.post('/api/tokens', { data: { email, password: 'kakaoseogyo12' } });
  expect(tokens.status()).toBe(201);

  // Logging in with Kakao again goes straight in.
  await page.getByRole('button', { name: '로그아웃', exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await kakaoLogin(page, { id: kakaoId, nickname });
  await expect(page.getByTestId('header-user')).toHaveText(`${nickname}님`);
});

test('a Kakao login with the email of an existing account links to it after the password', async ({ page, request }) => {
  const user = await signUp(request, '연결');
  await kakaoLogin(page, { id: String(Date.now() + 1), nickname: '연결할카카오', email: user.email });

  await expect(page.getByRole('heading', { name: '이미 가입된 계정이 있어요' })).toBeVisible();
  await shot(page, 'auth-09-kakao-link');
  await page.getByLabel('기존 계정 비밀번호').fill('wrong-password1');
  await page.getByRole('button', { name: '기존 계정에 연결하기' }).click();
  await expect(page.getByText('이메일 또는 비밀번호가 올바르지 않습니다.').filter({ visible: true })).toBeVisible();
  await page.getByLabel('기존 계정 비밀번호').fill(user.password);
  await page.getByRole('button', { name: '기존 계정에 연결하기' }).click();

  await expect(page.getByTestId('header-user')).toHaveText(`${user.username}님`);
  // Kakao vouched for the address and the password proved the account: it is verified now.
  await expect(page.getByTestId('verification-banner')).toHaveCount(0);
});

test('a first Kakao login can be cancelled: the pending signup is dropped and the app is browsable again', async ({ page }) => {
  await kakaoLogin(page, { id: String(Date.now() + 2), nickname: '그만둘래요' });
  await expect(page).toHaveURL(/\/onboarding\/kakao/);
  // Kakao shared no email, so the form asks for one.
  await expect(page.getByLabel('이메일', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '취소하고 로그인 화면으로' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/');
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('link', { name: '회원가입' }).first()).toBeVisible();
});
