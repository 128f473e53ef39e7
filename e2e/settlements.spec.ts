import { expect, test } from './support/test';
import { shot } from './support/shots';
import { logIn, newUserPage, signUp, verifyEmail, type TestUser } from './support/users';

test('a host’s paid game shows on 정산 내역; the host asks for a payout, an admin marks it paid, the balance shows it', async ({ page, request, browser }, testInfo) => {
  const host = await signUp(request, '정산호스트');
  await verifyEmail(request, host);
  const hostPage = await newUserPage(browser, testInfo);
  await logIn(hostPage, host);

  // Nothing yet: the empty state.
  await hostPage.goto('/me');
  await hostPage.getByRole('navigation', { name: '더 보기' }).getByRole('link', { name: /^정산 내역/ }).click();
  await expect(hostPage.getByRole('heading', { name: '정산 내역', level: 1 })).toBeVisible();
  await expect(hostPage.getByTestId('settlement-balance')).toHaveText('0원');
  await expect(hostPage.getByText('아직 정산 내역이 없어요.', { exact: false }).filter({ visible: true })).toBeVisible();
  await expect(hostPage.getByRole('button', { name: '출금 요청하기' })).toBeDisabled();

  // A paid game (PLATFORM_FEE_RATE_GAME is 5% in playwright.config.ts), made through the API with the host's session.
  const origin = new URL(hostPage.url()).origin;
  const startsAt = new Date(Date.now() + 3 * 86_400_000);
  const title = `정산 풋살 ${Date.now().toString(36)}`;
  const created = await hostPage.request.post('/api/games', {
    headers: { origin },
    data: {
      sport: 'futsal',
      title,
      placeName: '용담 풋살파크',
      address: '제주시 서해안로 100',
      neighbourhoodCode: '5011058000',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
      minPlayers: 2,
      maxPlayers: 6,
      fee: 12_000,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const game = (await created.json()) as { id: number };

  // A neighbour pays for a seat with the sandbox card.
  const player = await signUp(request, '참가자');
  await logIn(page, player);
  await page.goto(`/games/${game.id}`);
  await page.getByRole('button', { name: '12,000원 결제하고 참여하기' }).click();
  await page.getByLabel('카드 번호').fill('4242 4242 4242 4242');
  await page.getByRole('button', { name: '12,000원 결제하기' }).click();
  await expect(page.getByTestId('payment-result')).toHaveText('결제가 완료되었습니다');

  // The host sees the credit and the fee.
  await hostPage.reload();
  await expect(hostPage.getByTestId('settlement-balance')).toHaveText('11,400원');
  const entries = hostPage.getByRole('list', { name: '정산 항목' });
  await expect(entries.getByTestId('settlement-entry')).toHaveCount(2);
  await expect(entries.getByTestId('settlement-entry').filter({ hasText: '경기 참가비' })).toContainText('+12,000원');
  await expect(entries.getByTestId('settlement-entry').filter({ hasText: '경기 참가비' })).toContainText(title);
  await expect(entries.getByTestId('settlement-entry').filter({ hasText: '수수료' })).toContainText('−600원');
  await shot(hostPage, '90-settlements');

  // Asking for more than the balance is refused before anything is sent; then 10,000원 with a confirmation.
  const amount = hostPage.getByLabel('출금할 금액 (원)');
  await amount.fill('20000');
  await hostPage.getByRole('button', { name: '출금 요청하기' }).click();
  await expect(hostPage.getByText('최대 11,400원까지 출금할 수 있어요.').filter({ visible: true })).toBeVisible();
  await amount.fill('10,000');
  await hostPage.getByRole('button', { name: '출금 요청하기' }).click();
  const confirm = hostPage.getByRole('dialog', { name: '출금을 요청할까요?' });
  await expect(confirm.getByTestId('payout-confirm-amount')).toHaveText('10,000원');
  await shot(hostPage, '91-payout-confirm');
  await confirm.getByRole('button', { name: '요청하기' }).click();
  await expect(hostPage.getByText('10,000원 출금을 요청했어요.', { exact: false }).filter({ visible: true })).toBeVisible();
  await expect(hostPage.getByTestId('pending-payout')).toContainText('10,000원 출금을 기다리고 있어요');
  await expect(hostPage.getByTestId('settlement-balance')).toHaveText('11,400원');
  await expect(hostPage.getByRole('button', { name: '출금 요청하기' })).toBeDisabled();

  // An admin (ADMIN_EMAILS) finds it in the 출금 queue and marks it paid.
  const admin: TestUser = { email: 'payouts-e2e@dongne.test', username: `정산관리${Date.now().toString(36).slice(-4)}`, password: 'jeju2dong99' };
  const signup = await request.post('/api/users', { data: { ...admin, passwordConfirm: admin.password, neighbourhoodCode: '5011058000' } });
  expect(signup.status()).toBe(201);
  const adminPage = await newUserPage(browser, testInfo);
  await logIn(adminPage, admin);
  await adminPage.goto('/admin?tab=payouts');
  const request_ = adminPage.getByTestId('payout-request').filter({ hasText: host.username });
  await expect(request_).toContainText('10,000원');
  await expect(request_).toContainText('잔액 11,400원');
  await shot(adminPage, '92-admin-payouts');
  await request_.getByRole('button', { name: '지급 완료로 표시' }).click();
  const decide = adminPage.getByRole('dialog');
  await decide.getByLabel('메모 (선택, 사용자의 내역에 보여요)').fill('동네은행 이체');
  await decide.getByRole('button', { name: '지급 완료' }).click();
  await expect(adminPage.getByTestId('payout-request').filter({ hasText: host.username })).toHaveCount(0);

  // The host's balance shows the payout; the pending notice is gone and the CSV has every entry.
  await hostPage.reload();
  await expect(hostPage.getByTestId('settlement-balance')).toHaveText('1,400원');
  await expect(hostPage.getByTestId('pending-payout')).toHaveCount(0);
  await expect(entries.getByTestId('settlement-entry').first()).toContainText('출금');
  await expect(entries.getByTestId('settlement-entry').first()).toContainText('−10,000원');
  await expect(entries.getByTestId('settlement-entry').first()).toContainText('동네은행 이체');
  await shot(hostPage, '93-settlements-paid');
  const csv = await hostPage.request.get('/api/settlements/export.csv');
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('일시,구분,내용,금액(원),잔액(원),결제 번호,대상,대상 번호');
  expect(lines).toHaveLength(4);
  expect(lines[3]).toContain('출금,동네은행 이체,-10000,1400');
  await expect(hostPage.getByRole('link', { name: 'CSV 내려받기' })).toHaveAttribute('href', '/api/settlements/export.csv');
  await adminPage.context().close();
  await hostPage.context().close();
});

test('refund rules are shown before paying, and the host sees earnings after a paid join and a refund', async ({ page, request, browser }, testInfo) => {
  const host = await signUp(request, '수입호스트');
  await verifyEmail(request, host);
  const auth = async (user: TestUser) => ({ authorization: `Bearer ${(await (await request.post('/api/tokens', { data: { email: user.email, password: user.password } })).json()).accessToken}` });
  const startsAt = new Date(Date.now() + 3 * 86_400_000);
  const title = `수입 풋살 ${Date.now().toString(36)}`;
  const created = await request.post('/api/games', {
    headers: await auth(host),
    data: {
      sport: 'futsal', title, placeName: '용담 풋살파크', address: '제주시 서해안로 100', neighbourhoodCode: '5011058000',
      startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(), minPlayers: 2, maxPlayers: 6, fee: 8_000,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const game = (await created.json()) as { id: number };

  // A player sees the exact refunds by time on the game page and again at the checkout, then pays.
  const player = await signUp(request, '수입참가');
  await logIn(page, player);
  await page.goto(`/games/${game.id}`);
  await expect(page.getByTestId('refund-schedule')).toContainText(/\d+월 \d+일 \d{2}:\d{2} 전 취소: 8,000원 전액 환불/);
  await expect(page.getByTestId('refund-schedule')).toContainText('4,000원 환불 (50%)');
  await page.getByRole('button', { name: '8,000원 결제하고 참여하기' }).click();
  await expect(page.getByTestId('refund-schedule')).toContainText('이후: 환불 없음');
  await page.getByLabel('카드 번호').fill('4242 4242 4242 4242');
  await page.getByRole('button', { name: '8,000원 결제하기' }).click();
  await expect(page.getByTestId('payment-result')).toHaveText('결제가 완료되었습니다');

  // Another pays through the API and cancels three days ahead: a full refund.
  const leaver = await signUp(request, '수입취소');
  const headers = await auth(leaver);
  const joined = await request.post(`/api/games/${game.id}/players`, { headers, data: {} });
  expect(joined.status(), await joined.text()).toBe(201);
  const payment = await (await request.get(`/api/payments/${(await joined.json()).payment.id}`, { headers })).json();
  expect((await request.post(`/api/payments/${payment.id}/approve`, { headers, data: { paymentKey: `sandbox_${payment.orderId}_${payment.amount}` } })).status()).toBe(200);
  const me = await (await request.get('/api/users/me', { headers })).json();
  expect((await request.delete(`/api/games/${game.id}/players/${me.id}`, { headers })).status()).toBe(200);

  // 5% game fee (playwright.config.ts): 400 kept on the seat still paid, the other seat's fee returned.
  const hostPage = await newUserPage(browser, testInfo);
  await logIn(hostPage, host);
  await hostPage.goto('/host/earnings');
  await expect(hostPage.getByTestId('earnings-earned')).toHaveText('16,000원');
  await expect(hostPage.getByTestId('earnings-refunded')).toHaveText('−8,000원');
  await expect(hostPage.getByTestId('earnings-fees')).toHaveText('−400원');
  await expect(hostPage.getByTestId('earnings-net')).toHaveText('7,600원');
  await expect(hostPage.getByTestId('earnings-balance')).toHaveText('7,600원');
  await expect(hostPage.getByTestId('earnings-upcoming')).toHaveText('8,000원');
  await expect(hostPage.getByRole('img', { name: /월별 순수익: 합계 7,600원/ })).toBeVisible();
  await expect(hostPage.getByRole('link', { name: 'CSV 내려받기' })).toHaveAttribute('href', /^\/api\/host\/earnings\.csv\?from=\d{4}-\d{2}-01&to=/);
  await shot(hostPage, '94-host-earnings');
  await hostPage.goto('/host/games');
  await expect(hostPage.getByTestId('hosted-game').filter({ hasText: title }).getByTestId('hosted-game-money')).toHaveText('참가비 16,000원 · 환불 8,000원 · 수수료 400원 · 순수익 7,600원');
  await hostPage.context().close();
});
