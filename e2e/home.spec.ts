import { expect, test } from './support/test';
import type { APIRequestContext } from '@playwright/test';
import { shot } from './support/shots';
import { logIn, newUserPage, signUp, type TestUser } from './support/users';

// Locators keep to visible elements: React 19.2 reveals streamed Suspense boundaries in batches,
// and when hydration client-renders a boundary first, the streamed copy stays hidden in the DOM
// until the batch runs (react/react#37014); getByTestId would match both.
async function bearer(request: APIRequestContext, user: TestUser) {
  const res = await request.post('/api/tokens', { data: { email: user.email, password: user.password } });
  expect(res.status()).toBe(201);
  return { authorization: `Bearer ${(await res.json()).accessToken}` };
}

test('visitors see what Dongne is and real open posts without names; neighbours get weather, menus, live posts and the menu chat', async ({ browser, page, request }, testInfo) => {
  test.setTimeout(120_000);
  // 애월읍: a dong no other spec writes in, so its trends are this test's own.
  const AEWOL = '5011025300';
  const author = await signUp(request, '족발러', AEWOL);
  const title = `족발 소자 나눠요 ${Date.now().toString(36).slice(-4)}`;
  const created = await request.post('/api/posts', {
    headers: await bearer(request, author),
    data: { title, category: '족발,보쌈', targetNumber: 4, content: '9시에 용담 주민센터 앞에서 받아요.' },
  });
  expect(created.status()).toBe(201);
  const post = await created.json();

  // Signed out: the pitch, a real listing without the author, and the way in.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('우리 동네 이웃과');
  const listing = page.getByTestId('public-post').filter({ visible: true }).filter({ hasText: title });
  await expect(listing).toContainText('제주시 애월읍');
  await expect(listing).toContainText('1/4명 모집 중');
  await expect(listing).not.toContainText(author.username);
  await shot(page, '40-home-visitor');
  await page.getByRole('link', { name: '무료로 가입하기' }).click();
  await expect(page).toHaveURL(/\/signup$/);

  // Signed in (애월읍): weather from the (fake) KMA, five menus, open posts nearby.
  const me = await signUp(request, '점심고민', AEWOL);
  await logIn(page, me);
  await page.goto('/');
  await expect(page.getByTestId('home-neighbourhood').filter({ visible: true })).toHaveText('제주특별자치도 제주시 애월읍');
  const weather = page.getByTestId('weather-card').filter({ visible: true });
  await expect(weather).toContainText('애월읍 지금 날씨');
  await expect(page.getByTestId('weather-temperature').filter({ visible: true })).toContainText('8.4℃ 비');
  const menus = page.getByTestId('menu-recommendation').filter({ visible: true });
  await expect(menus).toHaveCount(5);
  // Rain and the open 족발 post both shape today's picks.
  await expect(page.getByTestId('home-menus').filter({ visible: true })).toContainText('비 오는 날');
  await expect(menus.filter({ hasText: '족발,보쌈' })).toHaveCount(1);
  const nearby = page.getByTestId('nearby-post').filter({ visible: true }).filter({ hasText: title });
  await expect(nearby).toContainText('1/4명');
  await shot(page, '41-home-neighbour');

  // Live: someone joins the post, the count on the home page follows.
  const joiner = await signUp(request, '같이먹어', AEWOL);
  const joined = await request.post(`/api/chat/rooms/${post.chatRoomId}/members`, { headers: await bearer(request, joiner) });
  expect(joined.status()).toBe(201);
  await expect(nearby).toContainText('2/4명');

  // A recommendation starts a post with its category chosen…
  const first = menus.first();
  const category = (await first.locator('span.rounded-md').first().textContent())!.trim();
  await first.getByRole('link', { name: /글쓰기/ }).click();
  await expect(page).toHaveURL(/\/posts\/new\?category=/);
  await expect(page.getByLabel('카테고리')).toHaveValue(category);
  await shot(page, '42-new-post-from-menu');
  // …or opens that category's board.
  await page.goBack();
  await page.getByTestId('menu-recommendation').filter({ visible: true }).first().getByRole('link', { name: /글 보기/ }).click();
  await expect(page).toHaveURL(/\/posts\?category=/);
  await expect(page.getByRole('navigation', { name: '카테고리' }).getByRole('link', { name: category, exact: true })).toHaveAttribute('aria-current', 'page');

  // The menu chat refines, survives a reload, and resets.
  await page.goto('/');
  const chat = page.getByTestId('home-menu-chat').filter({ visible: true });
  await chat.getByRole('button', { name: '매운 거 말고' }).click();
  await expect(chat.getByTestId('menu-chat-answer').first()).toContainText('매운 메뉴는 빼고');
  await chat.getByLabel('메뉴 상담에 묻기').fill('혼밥 메뉴로');
  await chat.getByRole('button', { name: '묻기' }).click();
  await expect(chat.getByTestId('menu-chat-answer')).toHaveCount(2);
  await expect(chat.getByTestId('menu-chat-answer').nth(1)).toContainText('혼밥 메뉴 위주로');
  await expect(chat.getByTestId('menu-chat-answer').nth(1).getByRole('link')).toHaveCount(5);
  await shot(page, '43-menu-chat');
  await page.reload();
  await expect(page.getByTestId('menu-chat-question').filter({ visible: true })).toHaveText(['매운 거 말고', '혼밥 메뉴로']);
  await page.getByRole('button', { name: '대화 초기화' }).click();
  await expect(page.getByTestId('menu-chat-question').filter({ visible: true })).toHaveCount(0);
  await expect(page.getByText('추천이 마음에 안 들면 말해 주세요.').filter({ visible: true })).toBeVisible();

  // 청운효자동: the KMA has no data there, so the card is simply not shown; menus still are.
  const seoulite = await signUp(request, '종로사람', '1111051500');
  const seoul = await newUserPage(browser, testInfo);
  await logIn(seoul, seoulite);
  await seoul.goto('/');
  await expect(seoul.getByTestId('menu-recommendation').filter({ visible: true })).toHaveCount(5);
  await expect(seoul.getByTestId('weather-card').filter({ visible: true })).toHaveCount(0);
  await expect(seoul.getByTestId('home-neighbourhood').filter({ visible: true })).toHaveText('서울특별시 종로구 청운효자동');
  await shot(seoul, '44-home-no-weather');
});
