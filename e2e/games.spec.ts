import { expect, test } from './support/test';
import { shot } from './support/shots';
import { logIn, newUserPage, signUp, verifyEmail } from './support/users';

/** "YYYY-MM-DDTHH:MM" in Seoul, `days` from now at `hour` o'clock: what a datetime-local field takes. */
const seoulDateTime = (days: number, hour: number) => `${new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;

test('a host opens a paid game; a guest finds it by distance, pays, the host sees the seat go live, the guest cancels with a full refund', async ({ page, request, browser }, testInfo) => {
  const host = await signUp(request, '호스트');
  await verifyEmail(request, host);
  const hostPage = await newUserPage(browser, testInfo);
  await logIn(hostPage, host);
  const title = `용담 풋살 ${Date.now().toString(36)}`;

  await hostPage.goto('/games/new');
  const form = hostPage.getByRole('form', { name: '경기 열기' });
  // The API's field errors land under their fields.
  await form.getByRole('button', { name: '경기 열기' }).click();
  await expect(form.getByText('제목을(를) 입력해 주세요.').filter({ visible: true })).toBeVisible();
  await expect(form.getByText('입력한 내용을 확인해 주세요.').filter({ visible: true })).toBeVisible();

  await form.getByLabel('종목').selectOption({ label: '풋살' });
  await form.getByLabel('수준').selectOption({ label: '초급' });
  await form.getByLabel('제목').fill(title);
  await form.getByLabel('설명').fill('5:5 풋살, 조끼 있어요');
  await form.getByLabel('장소 이름').fill('용담 풋살파크 A구장');
  await form.getByLabel('주소').fill('제주시 서해안로 100');
  await form.getByLabel('시작', { exact: true }).fill(seoulDateTime(3, 19));
  await form.getByLabel('끝', { exact: true }).fill(seoulDateTime(3, 21));
  await form.getByLabel('최소 인원').fill('2');
  await form.getByLabel('모집 인원').fill('4');
  await form.getByLabel('참가비(원)').fill('10000');
  await shot(hostPage, '70-game-new');
  await form.getByRole('button', { name: '경기 열기' }).click();
  await expect(hostPage.getByRole('heading', { name: title })).toBeVisible();
  await expect(hostPage.getByText('내가 연 경기입니다.').filter({ visible: true })).toBeVisible();
  await expect(hostPage.getByTestId('seats')).toContainText('4자리 남음');
  const gameUrl = hostPage.url();

  const guest = await signUp(request, '게스트');
  await logIn(page, guest);
  await page.goto('/games');
  const filters = page.getByRole('form', { name: '경기 검색' });
  await filters.getByText('풋살', { exact: true }).click();
  await filters.getByLabel('거리').selectOption('3');
  await filters.getByLabel('참가비').selectOption({ label: '유료' });
  await filters.getByLabel('검색어').fill(title);
  await filters.getByRole('button', { name: '검색' }).click();
  const results = page.getByRole('list', { name: '경기 목록' });
  await expect(results.getByTestId('game-card')).toHaveCount(1);
  const card = results.getByTestId('game-card');
  await expect(card).toContainText('풋살');
  await expect(card).toContainText('0km');
  await expect(card).toContainText('4자리 남음');
  await expect(card).toContainText('10,000원');
  await expect(card).toContainText('오후 7:00');
  await shot(page, '71-games-search');
  // Free games only: this one is gone.
  await page.goto(`/games?q=${encodeURIComponent(title)}&free=true`);
  await expect(page.getByText('조건에 맞는 경기가 없습니다').filter({ visible: true })).toBeVisible();
  await page.goBack();
  await page.getByRole('list', { name: '경기 목록' }).getByRole('link', { name: new RegExp(title) }).click();

  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await page.getByRole('button', { name: '10,000원 결제하고 참여하기' }).click();
  await expect(page.getByTestId('checkout-amount')).toHaveText('10,000원');
  // The held seat already counts: the host's open page shows it without reloading.
  await expect(hostPage.getByTestId('seats')).toContainText('3자리 남음');
  await page.getByLabel('카드 번호').fill('4242 4242 4242 4242');
  await page.getByRole('button', { name: '10,000원 결제하기' }).click();
  await expect(page.getByTestId('payment-result')).toHaveText('결제가 완료되었습니다');
  // Paying turns the held seat into a player on the host's page, again without reloading.
  await expect(hostPage.getByRole('list', { name: '참가자' }).getByRole('listitem').filter({ hasText: guest.username })).toContainText('참여');

  await page.goto(gameUrl);
  await expect(page.getByText('참여 완료!').filter({ visible: true })).toBeVisible();
  await expect(page.getByRole('link', { name: '경기 채팅방 열기' })).toBeVisible();
  await expect(page.getByRole('list', { name: '참가자' })).toContainText(guest.username);
  await expect(hostPage.getByRole('list', { name: '참가자' })).toContainText(guest.username);
  await shot(page, '72-game-joined');
  await shot(hostPage, '73-game-host-live');

  // The guest's home page leads with the game now (visible copy only: the page streams in).
  await page.goto('/');
  await expect(page.getByTestId('next-game').filter({ visible: true })).toContainText(title);
  await expect(page.getByTestId('next-game').filter({ visible: true })).toContainText('참여 확정');
  await shot(page, '76-home-next-game');
  await page.goto(gameUrl);

  await page.getByRole('button', { name: '참여 취소' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('refund-preview')).toHaveText('지금 취소하면 10,000원 중 10,000원을 돌려받습니다.');
  await shot(page, '74-game-cancel-confirm');
  await dialog.getByRole('button', { name: '참여 취소' }).click();
  await expect(page.getByTestId('refund-result')).toHaveText('참여를 취소했습니다. 10,000원이 환불됩니다.');
  await expect(page.getByRole('button', { name: '10,000원 결제하고 참여하기' })).toBeVisible();
  await expect(hostPage.getByTestId('seats')).toContainText('4자리 남음');
  await shot(page, '75-game-cancelled');
  await hostPage.context().close();
});

test('a player filters by level and time of day, picks the game on the map and joins it', async ({ page, request }) => {
  const host = await signUp(request, '새벽호스트');
  const token = await request.post('/api/tokens', { data: { email: host.email, password: host.password } });
  const headers = { authorization: `Bearer ${(await token.json()).accessToken}` };
  const tag = `새벽 러닝 ${Date.now().toString(36)}`;
  const game = (hour: number, level: string) => ({
    sport: 'running', title: `${tag} ${level}`, level, placeName: '용두암 입구', address: '제주시 용두암길 15', neighbourhoodCode: '5011058000',
    startsAt: `${seoulDateTime(2, hour)}:00+09:00`, endsAt: `${seoulDateTime(2, hour + 1)}:00+09:00`, minPlayers: 1, maxPlayers: 6, fee: 0,
  });
  for (const body of [game(5, 'beginner'), game(19, 'beginner'), game(5, 'advanced')]) expect((await request.post('/api/games', { data: body, headers })).status()).toBe(201);

  await logIn(page, await signUp(request, '새벽러너'));
  await page.goto('/games');
  const filters = page.getByRole('form', { name: '경기 검색' });
  await filters.getByLabel('수준').selectOption({ label: '초급' });
  await filters.getByLabel('시간대').selectOption({ label: '새벽 (0–6시)' });
  await filters.getByLabel('검색어').fill(tag);
  await filters.getByRole('button', { name: '검색' }).click();
  const cards = page.getByRole('list', { name: '경기 목록' }).getByTestId('game-card');
  await expect(cards).toHaveCount(1);
  await expect(cards).toContainText('초급 · 혼성');
  // The same filtered search on the map: one marker, and its popup leads to the game.
  await page.getByRole('navigation', { name: '보기 방식' }).getByRole('link', { name: '지도' }).click();
  const map = page.getByRole('region', { name: '경기 지도' });
  await expect(map.locator('.leaflet-marker-icon')).toHaveCount(1);
  await map.getByRole('button', { name: `${tag} beginner` }).click();
  await map.locator('.leaflet-popup').getByRole('link', { name: `${tag} beginner` }).click();
  await page.getByRole('button', { name: '참여하기' }).click();
  await expect(page.getByText('참여 완료!').filter({ visible: true })).toBeVisible();
});
