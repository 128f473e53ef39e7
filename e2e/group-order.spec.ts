import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { shot } from './support/shots';
import { logIn, newUserPage, signUp, type TestUser } from './support/users';

const sameOrigin = (page: Page) => ({ origin: new URL(page.url()).origin });

/** The organizer's post (through the API, as the board form is tested elsewhere) and two neighbours in its room. */
async function threeNeighbours(browser: Parameters<typeof newUserPage>[0], request: Parameters<typeof signUp>[0], testInfo: Parameters<typeof newUserPage>[1]) {
  const users: TestUser[] = [await signUp(request, '주최'), await signUp(request, '후라'), await signUp(request, '양념')];
  const pages = [await newUserPage(browser, testInfo), await newUserPage(browser, testInfo), await newUserPage(browser, testInfo)];
  for (const [i, page] of pages.entries()) await logIn(page, users[i]!);
  const [organizer, b, c] = pages as [Page, Page, Page];
  const created = await organizer.request.post('/api/posts', {
    data: { title: `치킨 같이 시켜요 ${Date.now().toString(36).slice(-4)}`, category: '치킨', targetNumber: 3, content: '용담 해안도로 편의점 앞에서 받아요' },
    headers: sameOrigin(organizer),
  });
  expect(created.status()).toBe(201);
  const post = (await created.json()) as { id: number; chatRoomId: number };
  for (const page of [b, c]) expect((await page.request.post(`/api/chat/rooms/${post.chatRoomId}/members`, { headers: sameOrigin(page) })).ok()).toBe(true);
  for (const page of pages) await page.goto(`/posts/${post.id}`);
  return { users, organizer, b, c, post };
}

async function attachOrder(page: Page) {
  const sheet = page.getByRole('form', { name: '주문서' });
  await sheet.getByLabel('가게 이름').fill('용담 치킨');
  await sheet.getByLabel('최소 주문 금액 (원)').fill('30000');
  await sheet.getByLabel('배달비 (원)').fill('3000');
  await sheet.getByLabel('배달비 나누기').selectOption('equal');
  await sheet.getByLabel('받는 곳').fill('용담 해안도로 편의점 앞');
  await sheet.getByRole('button', { name: '주문서 붙이기' }).click();
}

async function addItem(page: Page, name: string, price: number) {
  const form = page.getByRole('form', { name: '내 메뉴 담기' });
  await form.getByLabel('메뉴').fill(name);
  await form.getByLabel('가격 (원)').fill(String(price));
  await form.getByRole('button', { name: '담기' }).click();
}

const member = (page: Page, username: string) => page.getByTestId('order-member').filter({ hasText: username });

async function payMyShare(page: Page, amount: string) {
  await page.getByRole('button', { name: `내 몫 ${amount} 결제하기` }).click();
  await expect(page).toHaveURL(/\/pay\/\d+$/);
  await expect(page.getByTestId('checkout-amount')).toHaveText(amount);
  await page.getByLabel('카드 번호').fill('4242 4242 4242 4242');
  await page.getByRole('button', { name: `${amount} 결제하기` }).click();
  await expect(page.getByTestId('payment-result')).toHaveText('결제가 완료되었습니다');
  await page.getByRole('link', { name: '돌아가기' }).click();
  await expect(page).toHaveURL(/\/posts\/\d+$/);
}

test('three neighbours fill a chicken order live, two pay their shares, the organizer places it and is credited on delivery', async ({ browser, request }, testInfo) => {
  test.setTimeout(180_000);
  const { users, organizer, b, c, post } = await threeNeighbours(browser, request, testInfo);
  const [, bob, carol] = users as [TestUser, TestUser, TestUser];
  await expect(b.getByText('아직 주문서가 없어요.')).toBeVisible();

  await attachOrder(organizer);
  // The neighbours' open pages get the sheet live.
  for (const page of [organizer, b, c]) await expect(page.getByTestId('order-status')).toHaveText('메뉴 모으는 중');

  await addItem(b, '후라이드 치킨', 18000);
  await addItem(c, '양념 치킨', 19000);
  await addItem(organizer, '콜라 1.25L', 2000);
  // Everyone sees everyone's items and shares: 3,000원 of fee over three people with items.
  for (const page of [organizer, b, c]) {
    await expect(page.getByTestId('items-total')).toHaveText('39,000원');
    await expect(member(page, carol.username)).toContainText('양념 치킨');
    await expect(member(page, bob.username)).toContainText('몫 19,000원 = 메뉴 18,000원 + 배달비 1,000원');
  }
  await expect(b.getByTestId('my-share')).toHaveText('내 몫 19,000원 = 메뉴 18,000원 + 배달비 1,000원');
  await expect(c.getByTestId('my-share')).toHaveText('내 몫 20,000원 = 메뉴 19,000원 + 배달비 1,000원');
  await shot(b, '60-order-collecting');

  await organizer.getByRole('button', { name: '주문 확정하고 결제 받기' }).click();
  for (const page of [organizer, b, c]) await expect(page.getByTestId('order-status')).toHaveText('결제 받는 중');
  await expect(b.getByRole('timer')).toBeVisible();
  // Items are fixed now: the add form is gone.
  await expect(b.getByRole('form', { name: '내 메뉴 담기' })).toHaveCount(0);
  await shot(c, '61-order-locked');

  await payMyShare(b, '19,000원');
  await expect(member(organizer, bob.username)).toContainText('결제 완료');
  await payMyShare(c, '20,000원');
  for (const page of [organizer, b, c]) await expect(page.getByTestId('order-status')).toHaveText('결제 완료');

  await organizer.getByRole('button', { name: '가게에 주문했어요' }).click();
  await expect(b.getByTestId('order-status')).toHaveText('가게에 주문함');
  await organizer.getByRole('button', { name: '음식이 도착했어요' }).click();
  for (const page of [organizer, b, c]) await expect(page.getByTestId('order-status')).toHaveText('도착');
  await shot(organizer, '62-order-delivered');
  // In the post's chat room the same sheet opens as a bottom sheet.
  await c.goto(`/chat/${post.chatRoomId}`);
  await c.getByRole('button', { name: '주문서' }).click();
  const sheet = c.getByRole('dialog', { name: '같이 주문서' });
  await expect(sheet.getByTestId('order-status')).toHaveText('도착');
  await expect(sheet.getByTestId('my-share')).toHaveText('내 몫 20,000원 = 메뉴 19,000원 + 배달비 1,000원');
  await shot(c, '65-order-chat-sheet');

  // The organizer's settlement: both neighbours' shares (no platform fee configured).
  const settlements = await organizer.request.get('/api/settlements');
  expect(await settlements.json()).toMatchObject({ balance: 39000 });
  await organizer.goto('/settlements');
  await expect(organizer.getByTestId('settlement-balance')).toHaveText('39,000원');
  const entries = organizer.getByTestId('settlement-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText('20,000원');
  await shot(organizer, '66-order-settlement');
});

test('the organizer cancels a locked order: the refunds show before confirming and each payer sees theirs', async ({ browser, request }, testInfo) => {
  test.setTimeout(150_000);
  const { users, organizer, b, c } = await threeNeighbours(browser, request, testInfo);
  const [, bob, carol] = users as [TestUser, TestUser, TestUser];
  await attachOrder(organizer);
  await expect(b.getByTestId('order-status')).toHaveText('메뉴 모으는 중');
  await addItem(b, '후라이드 치킨', 18000);
  await addItem(c, '양념 치킨', 19000);
  await expect(organizer.getByTestId('items-total')).toHaveText('37,000원');
  await organizer.getByRole('button', { name: '주문 확정하고 결제 받기' }).click();
  await expect(b.getByTestId('order-status')).toHaveText('결제 받는 중');
  // 3,000원 over the two with items: 1,500원 each.
  await payMyShare(b, '19,500원');
  await payMyShare(c, '20,500원');
  await expect(organizer.getByTestId('order-status')).toHaveText('결제 완료');

  await organizer.getByRole('button', { name: '주문 취소' }).click();
  const dialog = organizer.getByRole('dialog', { name: '같이 주문을 취소할까요?' });
  await expect(dialog.getByTestId('refund-preview').filter({ hasText: bob.username })).toContainText('19,500원 환불');
  await expect(dialog.getByTestId('refund-preview').filter({ hasText: carol.username })).toContainText('20,500원 환불');
  await dialog.getByLabel('취소 사유').fill('가게가 문을 닫았어요');
  await shot(organizer, '63-order-cancel-refunds');
  await dialog.getByRole('button', { name: '주문 취소' }).click();

  for (const page of [organizer, b, c]) await expect(page.getByText('주문이 취소됐어요 · 가게가 문을 닫았어요')).toBeVisible();
  await expect(b.getByText('19,500원 환불 완료')).toBeVisible();
  await expect(c.getByText('20,500원 환불 완료')).toBeVisible();
  await expect(member(organizer, bob.username)).toContainText('환불 완료');
  await shot(b, '64-order-refunded');
});
