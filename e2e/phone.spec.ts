import type { APIRequestContext, Page } from '@playwright/test';
import { decryptPush, newBrowserKeys } from '../tests/support/fake-push-service';
import { expect, test } from './support/test';
import { shot } from './support/shots';
import { logIn, newUserPage, signUp, type TestUser } from './support/users';

const fakePushOrigin = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210) + 5}`;

const token = async (request: APIRequestContext, user: TestUser) =>
  (await (await request.post('/api/tokens', { data: { email: user.email, password: user.password } })).json()).accessToken as string;

test('phone: one-line header, a bottom tab bar that works, 내 정보 leads to the rest', async ({ page, request }) => {
  const me = await signUp(request, '폰');
  await logIn(page, me);
  const bar = page.getByTestId('bottom-tab-bar');
  await expect(bar).toBeVisible();
  const header = (await page.locator('body > header').boundingBox())!;
  expect(header.height).toBeLessThanOrEqual(57);
  await shot(page, 'phone-01-home');

  await bar.getByRole('link', { name: '동네생활' }).click();
  await expect(page.getByRole('heading', { name: '동네생활', level: 1 })).toBeVisible();
  await expect(bar.getByRole('link', { name: '동네생활' })).toHaveAttribute('aria-current', 'page');
  await bar.getByRole('link', { name: '같이 주문' }).click();
  await expect(page.getByRole('heading', { name: '같이 주문', level: 1 })).toBeVisible();
  await bar.getByRole('link', { name: '채팅' }).click();
  await expect(page).toHaveURL(/\/chat$/);
  await bar.getByRole('link', { name: '내 정보' }).click();
  await expect(page.getByRole('heading', { name: '내 정보', level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: '더 보기' }).getByRole('link', { name: /^결제 내역/ }).click();
  await expect(page).toHaveURL(/\/payments$/);
  await shot(page, 'phone-02-more');
});

test('the chat tab counts unread messages, and a chat room has the whole screen', async ({ page, request }) => {
  const [me, friend] = [await signUp(request, '안읽'), await signUp(request, '보낸')];
  await logIn(page, me);
  const meId = (await (await request.get('/api/users/me', { headers: { authorization: `Bearer ${await token(request, me)}` } })).json()).id as number;
  const auth = { authorization: `Bearer ${await token(request, friend)}` };
  const room = await (await request.post('/api/chat/direct', { headers: auth, data: { userId: meId } })).json();
  expect((await request.post(`/api/chat/rooms/${room.id}/messages`, { headers: auth, data: { body: '안녕하세요!' } })).status()).toBe(201);
  await expect(page.getByTestId('chat-unread-total')).toHaveText('1');

  await page.getByTestId('bottom-tab-bar').getByRole('link', { name: /채팅/ }).click();
  await page.getByTestId('room-item').first().click();
  await expect(page).toHaveURL(/\/chat\/\d+$/);
  await expect(page.getByTestId('bottom-tab-bar')).toHaveCount(0);
  const composer = page.getByPlaceholder('메시지를 입력하세요');
  const box = (await composer.boundingBox())!;
  const viewport = page.viewportSize()!;
  // The composer sits at the bottom of the screen, not below the fold.
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.y + box.height).toBeGreaterThan(viewport.height - 90);
  await shot(page, 'phone-03-chat-room');
});

test('installable: manifest, icons, favicon, service worker, offline page; /api never cached', async ({ page, request, context }) => {
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.status()).toBe(200);
  const body = await manifest.json();
  expect(body).toMatchObject({ short_name: '동네', start_url: '/', display: 'standalone', theme_color: '#c2410c' });
  expect(body.icons.some((i: { purpose: string }) => i.purpose === 'maskable')).toBe(true);
  for (const icon of body.icons as { src: string; type: string }[]) {
    const res = await request.get(icon.src);
    expect(res.status(), icon.src).toBe(200);
    expect(res.headers()['content-type']).toContain(icon.type.split('+')[0]);
  }
  expect((await request.get('/favicon.ico')).status()).toBe(200);

  await page.goto('/');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  const scriptURL = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
  expect(scriptURL).toMatch(/\/serwist\/sw\.js$/);
  // Controlled from the next load on; then the network goes away.
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await context.setOffline(true);
  await page.goto('/posts');
  await expect(page.getByTestId('offline-page')).toBeVisible();
  await expect(page.getByRole('heading', { name: '인터넷에 연결되어 있지 않아요' })).toBeVisible();
  await shot(page, 'phone-04-offline');
  const apiOffline = await page.evaluate(() => fetch('/api/health').then((r) => r.status, () => 'failed'));
  expect(apiOffline).toBe('failed');
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
    return urls;
  });
  await context.setOffline(false);
  expect(cached).toContain('/offline.html');
  expect(cached.filter((u) => !/^\/(_next\/static\/|icons\/|offline\.html$|favicon\.ico$|manifest\.webmanifest$)/.test(u))).toEqual([]);
});

/** Delivers pushes to the page's service worker through the DevTools protocol, as a push service would. */
async function cdpPush(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const registration = new Promise<{ registrationId: string; scopeURL: string }>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const found = registrations.find((r: { scopeURL: string; isDeleted: boolean }) => !r.isDeleted && new URL(r.scopeURL).pathname === '/');
      if (found) resolve(found);
    });
  });
  await cdp.send('ServiceWorker.enable');
  const { registrationId, scopeURL } = await registration;
  return (data: unknown) => cdp.send('ServiceWorker.deliverPushMessage', { origin: new URL(scopeURL).origin, registrationId, data: JSON.stringify(data) });
}

test('the service worker shows a push as a notification that opens its page', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['notifications'], { origin: baseURL });
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  const push = await cdpPush(page);
  const shown = () =>
    page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({ title: n.title, body: n.body, tag: n.tag, data: n.data as unknown })));
  // A push that reaches a worker still starting can be dropped: send again until one shows
  // (same tag, so a second one replaces the first rather than adding to it).
  await expect
    .poll(async () => {
      await push({ title: '민지', body: '오늘 저녁 같이 드실래요?', url: '/chat/42', tag: 'room-42' });
      return shown();
    })
    .toEqual([{ title: '민지', body: '오늘 저녁 같이 드실래요?', tag: 'room-42', data: { url: '/chat/42' } }]);
});

test('a DM reaches an offline phone; a muted room and quiet hours send nothing', async ({ browser, request, baseURL }, testInfo) => {
  const [sender, phone] = [await signUp(request, '발신'), await signUp(request, '수신')];
  const page = await newUserPage(browser, testInfo);
  await logIn(page, phone);
  const phoneId = (await (await page.request.get('/api/users/me')).json()).id as number;

  // The phone's browser subscription (keys made here, endpoint at the fake push service).
  const browserKeys = newBrowserKeys();
  const path = `/push/${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const subscribed = await page.request.post('/api/push/subscriptions', { headers: { origin: baseURL! }, data: { endpoint: `${fakePushOrigin}${path}`, keys: browserKeys.keys } });
  expect(subscribed.status()).toBe(201);
  const received = async () => {
    const log = (await (await request.get(`${fakePushOrigin}/push-log?path=${encodeURIComponent(path)}`)).json()) as { body: string }[];
    return log.map((p) => (JSON.parse(decryptPush(Buffer.from(p.body, 'base64'), browserKeys.ecdh, browserKeys.auth)) as { body: string }).body);
  };

  const auth = { authorization: `Bearer ${await token(request, sender)}` };
  const room = await (await request.post('/api/chat/direct', { headers: auth, data: { userId: phoneId } })).json();
  const say = async (body: string) => expect((await request.post(`/api/chat/rooms/${room.id}/messages`, { headers: auth, data: { body } })).status()).toBe(201);

  await say('첫 메시지');
  await expect.poll(received).toEqual(['첫 메시지']);

  // Muted from the room's header; the phone then leaves the room (its socket there would hold pushes anyway).
  await page.goto(`/chat/${room.id}`);
  await page.getByRole('button', { name: '채팅방 알림 끄기' }).click();
  await expect(page.getByRole('button', { name: '채팅방 알림 켜기' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/me/notifications');
  await say('조용히 보낸 메시지');
  expect((await page.request.put(`/api/chat/rooms/${room.id}/mute`, { headers: { origin: baseURL! }, data: { muted: false } })).status()).toBe(200);
  await say('알림 다시 켬');
  await expect.poll(received).toEqual(['첫 메시지', '알림 다시 켬']);

  // Quiet hours around now (Seoul), set on /me/notifications.
  const seoul = new Date(Date.now() + 9 * 3_600_000);
  const hhmm = (d: Date) => `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  const form = page.getByTestId('notification-settings');
  await form.getByLabel('방해 금지 시간 사용').check();
  await form.getByLabel('시작').fill(hhmm(new Date(seoul.getTime() - 3_600_000)));
  await form.getByLabel('끝').fill(hhmm(new Date(seoul.getTime() + 3_600_000)));
  await form.getByRole('button', { name: '알림 설정 저장' }).click();
  await expect(page.getByText('알림 설정을 저장했습니다.')).toBeVisible();
  await shot(page, 'phone-05-notification-settings');
  await say('방해 금지 중');
  await form.getByLabel('방해 금지 시간 사용').uncheck();
  await form.getByRole('button', { name: '알림 설정 저장' }).click();
  await expect.poll(async () => (await (await page.request.get('/api/users/me/notification-settings')).json()).quietHours.enabled).toBe(false);
  await say('아침이 됐어요');
  await expect.poll(received).toEqual(['첫 메시지', '알림 다시 켬', '아침이 됐어요']);
});
