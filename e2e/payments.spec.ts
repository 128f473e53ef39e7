import { expect, test } from './support/test';
import type { Page } from '@playwright/test';
import { shot, uniqueEmail } from './support/shots';

async function signUpAndLogIn(page: Page) {
  const email = uniqueEmail('pay');
  const res = await page.request.post('/api/users', {
    data: { email, username: `결제${Date.now().toString(36).slice(-5)}`, password: 'abcd1234', passwordConfirm: 'abcd1234', neighbourhoodCode: '5011058000' },
  });
  expect(res.status()).toBe(201);
  await page.goto('/login');
  await page.getByLabel('이메일').fill(email);
  await page.getByLabel('비밀번호').fill('abcd1234');
  await page.getByRole('button', { name: '로그인' }).click();
  await expect(page.getByTestId('header-user')).toBeVisible();
}

/** Creates a sandbox payment with the browser's session (same-origin, as the app's pages do). */
async function newPayment(page: Page, subjectId: number) {
  const res = await page.request.post('/api/payments', {
    data: { purpose: 'demo', subjectId },
    headers: { 'idempotency-key': `e2e-${subjectId}-${Date.now()}`, origin: new URL(page.url()).origin },
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as { id: number; checkoutUrl: string; amount: number };
}

test('pay a sandbox payment, fail another, retry a declined card, and see them in the history', async ({ page }) => {
  await signUpAndLogIn(page);

  const paid = await newPayment(page, 12);
  await page.goto(paid.checkoutUrl);
  await expect(page.getByTestId('checkout-amount')).toHaveText('12,000원');
  await shot(page, '20-checkout');
  await page.getByLabel('카드 번호').fill('4242 4242 4242 4242');
  await page.getByRole('button', { name: '12,000원 결제하기' }).click();
  await expect(page.getByTestId('payment-result')).toHaveText('결제가 완료되었습니다');
  await shot(page, '21-payment-approved');

  const failed = await newPayment(page, 3);
  await page.goto(failed.checkoutUrl);
  await page.getByRole('button', { name: '실패 시뮬레이션' }).click();
  await expect(page.getByTestId('payment-result')).toHaveText('결제 실패');
  await expect(page.getByText('자리는 다른 이웃에게 돌아갔습니다').filter({ visible: true })).toBeVisible();
  await shot(page, '22-payment-failed');

  const declined = await newPayment(page, 4);
  await page.goto(declined.checkoutUrl);
  await page.getByLabel('카드 번호').fill('4000 0000 0000 0002');
  await page.getByRole('button', { name: '4,000원 결제하기' }).click();
  // A decline keeps the hold: the same checkout takes another card.
  await expect(page.getByText('카드사에서 결제를 거절했습니다.').filter({ visible: true })).toBeVisible();
  await shot(page, '22b-payment-declined');
  await page.getByLabel('카드 번호').fill('4242 4242 4242 4242');
  await page.getByRole('button', { name: '다른 카드로 다시 결제' }).click();
  await expect(page.getByTestId('payment-result')).toHaveText('결제가 완료되었습니다');

  await page.goto('/payments');
  const list = page.getByRole('list', { name: '결제 목록' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByText('결제 완료')).toHaveCount(2);
  await expect(list.getByText('결제 실패')).toHaveCount(1);
  await shot(page, '23-payments');
});
