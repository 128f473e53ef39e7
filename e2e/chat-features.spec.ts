import sharp from 'sharp';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { shot } from './support/shots';
import { logIn, newUserPage, signUp, type TestUser } from './support/users';
import { settleNavigations } from './support/test';

async function bearer(request: APIRequestContext, user: TestUser) {
  const res = await request.post('/api/tokens', { data: { email: user.email, password: user.password } });
  return { authorization: `Bearer ${(await res.json()).accessToken}` };
}

/** A's meal post and its room, B seated in it (through the API: the chat is what is tested here). */
async function roomOfTwo(request: APIRequestContext, alice: TestUser, bob: TestUser) {
  const post = await request.post('/api/posts', {
    headers: await bearer(request, alice),
    data: { title: `사진 나눔 ${Date.now().toString(36)}`, category: '치킨', targetNumber: 3, content: '채팅 기능을 같이 써 봐요.' },
  });
  expect(post.status(), await post.text()).toBe(201);
  const { chatRoomId } = await post.json();
  expect((await request.post(`/api/chat/rooms/${chatRoomId}/members`, { headers: await bearer(request, bob) })).status()).toBe(201);
  return chatRoomId as number;
}

const openRoom = async (page: Page, roomId: number) => {
  await page.goto(`/chat/${roomId}`);
  await expect(page.locator('[data-connection="connected"]')).toBeVisible();
};

test('photos, replies, reactions, mentions, read counts, edits and search between two neighbours (phone and desktop)', async ({ browser, request }, testInfo) => {
  test.setTimeout(180_000);
  const alice = await signUp(request, '사진가');
  const bob = await signUp(request, '답장왕');
  const roomId = await roomOfTwo(request, alice, bob);
  // A on the project's phone, B on a desktop window.
  const a = await newUserPage(browser, testInfo);
  const { baseURL, locale, timezoneId } = testInfo.project.use;
  const b = settleNavigations(await (await browser.newContext({ baseURL, locale, timezoneId, viewport: { width: 1280, height: 800 } })).newPage());
  await logIn(a, alice);
  await logIn(b, bob);
  await openRoom(a, roomId);
  await openRoom(b, roomId);

  // A sends a photo; its upload shows progress until the server has it (held here so it can be seen).
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await a.route('**/api/chat/rooms/*/images**', async (route) => {
    await held;
    await route.continue();
  });
  const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#f97316' } }).jpeg().toBuffer();
  await a.getByLabel('사진 고르기').setInputFiles({ name: 'dinner.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(a.getByTestId('upload-progress')).toBeVisible();
  release();
  const myPhoto = a.getByTestId('my-message').filter({ has: a.getByTestId('message-photos') });
  await expect(myPhoto.getByRole('img', { name: '사진 1/1' })).toBeVisible();
  await expect(a.getByTestId('upload-progress')).toHaveCount(0);

  // B sees it, reacts 👍 and replies to it mentioning A (picked from the @ list).
  const theirPhoto = b.getByTestId('their-message').filter({ has: b.getByTestId('message-photos') });
  await expect(theirPhoto.getByRole('img', { name: '사진 1/1' })).toBeVisible();
  await theirPhoto.getByTestId('message-body').click();
  await theirPhoto.getByRole('button', { name: '좋아요' }).click();
  await expect(theirPhoto.getByTestId('reaction')).toHaveText(/👍\s*1/);
  await theirPhoto.getByTestId('message-body').click();
  await theirPhoto.getByRole('button', { name: '답장' }).click();
  await expect(b.getByTestId('reply-banner')).toContainText('사진');
  const input = b.getByLabel('메시지', { exact: true });
  await input.fill('멋지네요 @');
  await b.getByRole('option', { name: `@${alice.username}` }).click();
  await input.press('End');
  await input.pressSequentially('어디서 찍었어요?');
  await input.press('Enter');
  const reply = b.getByTestId('my-message').filter({ hasText: '어디서 찍었어요?' });
  await expect(reply.getByTestId('reply-quote')).toContainText('사진');
  await expect(reply.getByTestId('mention')).toHaveText(`@${alice.username}`);

  // A: the reaction, the reply with A's name highlighted, and a mention notice in the header.
  await expect(myPhoto.getByTestId('reaction')).toHaveText(/👍\s*1/);
  const theirReply = a.getByTestId('their-message').filter({ hasText: '어디서 찍었어요?' });
  await expect(theirReply.getByTestId('mention')).toHaveText(`@${alice.username}`);
  // B joining the post was A's first notice; the mention is the second.
  await expect(a.getByRole('link', { name: /알림 2개 안 읽음/ })).toBeVisible();
  await shot(a, '60-chat-photo-reply-reaction');

  // The KakaoTalk number: 1 while B is away, gone when B reads.
  await b.goto('/chat');
  await a.getByLabel('메시지', { exact: true }).fill('7시에 봬요');
  await a.getByLabel('메시지', { exact: true }).press('Enter');
  const mine = a.getByTestId('my-message').filter({ hasText: '7시에 봬요' });
  await expect(mine.getByTestId('unread-count')).toHaveText('1');
  await openRoom(b, roomId);
  await expect(b.getByTestId('their-message').filter({ hasText: '7시에 봬요' })).toBeVisible();
  await expect(mine.getByTestId('unread-count')).toHaveCount(0);

  // A edits it within the window; B sees the new text marked 수정됨.
  await mine.getByTestId('message-body').click();
  await mine.getByRole('button', { name: '수정' }).click();
  await a.getByLabel('메시지 고치기').fill('8시에 봬요, 늦어서 미안해요');
  await a.getByRole('button', { name: '저장' }).click();
  const edited = b.getByTestId('their-message').filter({ hasText: '8시에 봬요, 늦어서 미안해요' });
  await expect(edited).toContainText('수정됨');
  await shot(b, '61-chat-edited-desktop');

  // B searches a part of a word and lands on the message in its room.
  await b.goto('/chat');
  await b.getByRole('link', { name: /대화 검색/ }).click();
  await b.getByLabel('대화 검색어').fill('늦어서');
  await b.getByRole('button', { name: '검색' }).click();
  const hit = b.getByTestId('search-hit').first();
  await expect(hit).toContainText('8시에 봬요, 늦어서 미안해요');
  await hit.click();
  await expect(b).toHaveURL(new RegExp(`/chat/${roomId}\\?message=\\d+`));
  await expect(b.getByTestId('their-message').filter({ hasText: '늦어서 미안해요' })).toBeInViewport();
});

test('what I read just before going back to the list stays read, on a phone whose clock is a minute behind', async ({ browser, request }, testInfo) => {
  const alice = await signUp(request, '늦은시계');
  const bob = await signUp(request, '수다쟁이');
  const roomId = await roomOfTwo(request, alice, bob);
  const bobHeaders = await bearer(request, bob);
  const say = async (body: string) =>
    expect((await request.post(`/api/chat/rooms/${roomId}/messages`, { headers: bobHeaders, data: { body } })).status()).toBe(201);
  const a = await newUserPage(browser, testInfo);
  // Phones' clocks drift: the list the server renders must not undo a read the phone made after it.
  await a.context().clock.install({ time: Date.now() - 60_000 });
  await logIn(a, alice);
  await openRoom(a, roomId);
  await say('첫 번째 메시지');
  await expect(a.getByText('첫 번째 메시지')).toBeVisible();
  // The second arrives within the read's one-second pause, so its read waits for the timer…
  await say('두 번째 메시지');
  await expect(a.getByText('두 번째 메시지')).toBeVisible();
  // …which fires while the list's server render, started before it, is still on its way.
  await a.route(/\/chat\?_rsc=/, async (route) => {
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.fulfill({ response });
  });
  await a.getByRole('link', { name: '채팅 목록으로' }).click();
  await expect(a).toHaveURL(/\/chat$/);
  await expect(a.getByTestId('room-item')).toContainText('두 번째 메시지');
  await expect(a.getByTestId('unread-badge')).toHaveCount(0);
  await a.context().close();
});

test('a search result stays on screen while the list lays out late, and when it is hidden and shown again', async ({ browser, request }, testInfo) => {
  const alice = await signUp(request, '기억력');
  const headers = await bearer(request, alice);
  const post = await request.post('/api/posts', { headers, data: { title: '지난 약속 찾기', category: '치킨', targetNumber: 3, content: '오래된 대화' } });
  const { chatRoomId } = await post.json();
  // 95 messages: the room opens on the newest 50, so the 15th is a page back.
  for (let i = 1; i <= 95; i++) {
    const body = i === 15 ? '15. 정문앞에서 만나요' : `${i}. 이런저런 이야기`;
    expect((await request.post(`/api/chat/rooms/${chatRoomId}/messages`, { headers, data: { body } })).status()).toBe(201);
  }
  const a = await newUserPage(browser, testInfo);
  await logIn(a, alice);
  await a.goto('/chat/search');
  await a.getByLabel('대화 검색어').fill('정문앞');
  await a.getByRole('button', { name: '검색' }).click();

  // The list is laid out only after the landing (a slow phone, a late stylesheet): the landing must still hold.
  await a.evaluate(() => {
    const style = document.createElement('style');
    style.id = 'late-layout';
    style.textContent = '[role="log"] { display: none }';
    document.head.append(style);
  });
  await a.getByTestId('search-hit').first().click();
  await expect(a).toHaveURL(new RegExp(`/chat/${chatRoomId}\\?message=\\d+`));
  const landed = a.getByTestId('my-message').filter({ hasText: '정문앞에서 만나요' });
  await expect(landed).toBeAttached();
  await expect(landed).toHaveClass(/bg-amber-100/);
  await a.evaluate(() => document.getElementById('late-layout')?.remove());
  await expect(landed).toBeInViewport();
  await shot(a, '62-chat-search-landing');

  // Hidden and shown again (React hides a suspended boundary this way, and the browser forgets the scroll position).
  const scroller = a.getByTestId('message-scroller');
  const hideAndShow = () =>
    scroller.evaluate(async (el) => {
      el.style.display = 'none';
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      el.style.display = '';
    });
  await hideAndShow();
  await expect(landed).toBeInViewport();

  // Once the reader scrolls, the list follows them: back at the bottom, it holds the newest message.
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  const newest = a.getByTestId('my-message').filter({ hasText: '95. 이런저런 이야기' });
  await expect(newest).toBeInViewport();
  await hideAndShow();
  await expect(newest).toBeInViewport();
  await expect(landed).not.toBeInViewport();
  await a.context().close();
});
