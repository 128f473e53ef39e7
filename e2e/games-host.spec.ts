import { expect, test } from './support/test';
import type { APIRequestContext } from '@playwright/test';
import { shot } from './support/shots';
import { logIn, newUserPage, signUp, verifyEmail, type TestUser } from './support/users';

type Api = { id: number; auth: Record<string, string> };

/** An access token for API calls made as this user (set-up steps the test is not about). */
async function api(request: APIRequestContext, user: TestUser): Promise<Api> {
  const res = await request.post('/api/tokens', { data: { email: user.email, password: user.password } });
  expect(res.status()).toBe(201);
  const body = (await res.json()) as { accessToken: string; user: { id: number } };
  return { id: body.user.id, auth: { authorization: `Bearer ${body.accessToken}` } };
}

const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();
const HOUR = 3_600_000;

async function openGame(request: APIRequestContext, host: Api, overrides: Record<string, unknown>) {
  const res = await request.post('/api/games', {
    headers: host.auth,
    data: {
      sport: 'futsal',
      title: '풋살',
      placeName: '용담 풋살파크',
      address: '제주시 서해안로 100',
      neighbourhoodCode: '5011058000',
      startsAt: inMs(72 * HOUR),
      endsAt: inMs(74 * HOUR),
      minPlayers: 1,
      maxPlayers: 2,
      fee: 0,
      ...overrides,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: number; title: string };
}

const join = async (request: APIRequestContext, player: Api, gameId: number) =>
  expect((await request.post(`/api/games/${gameId}/players`, { headers: player.auth, data: {} })).status()).toBe(201);

test('a host edits a game (the 409 reason shown), finds it in /host/games and removes a player; the map shows the results as markers', async ({ page, request }) => {
  const [hostUser, guestA, guestB] = [await signUp(request, '호스트'), await signUp(request, '민지'), await signUp(request, '도윤')];
  const [host, a, b] = [await api(request, hostUser), await api(request, guestA), await api(request, guestB)];
  const tag = Date.now().toString(36);
  const game = await openGame(request, host, { title: `토요 풋살 ${tag}` });
  await openGame(request, host, { title: `해변 러닝 ${tag}`, sport: 'running', lat: 33.5, lng: 126.48 });
  await join(request, a, game.id);
  await join(request, b, game.id);

  await logIn(page, hostUser);
  await page.goto('/host/games');
  const recruiting = page.getByRole('region', { name: '모집 중' });
  await expect(recruiting.getByTestId('hosted-game')).toHaveCount(2);
  const hosted = recruiting.getByTestId('hosted-game').filter({ hasText: game.title });
  await expect(hosted.getByTestId('seats')).toContainText('자리 없음');
  await shot(page, '77-host-games');
  await hosted.getByRole('link', { name: '수정' }).click();

  const form = page.getByRole('form', { name: '경기 수정' });
  await expect(form.getByLabel('제목')).toHaveValue(game.title);
  await form.getByLabel('모집 인원').fill('1');
  await form.getByRole('button', { name: '수정 내용 저장' }).click();
  await expect(form.getByText('모집 인원은 지금 참여한 인원보다 적을 수 없습니다.').filter({ visible: true })).toBeVisible();
  await expect(form.getByText('이미 2명이 참여했습니다.').filter({ visible: true })).toBeVisible();
  await shot(page, '78-game-edit-409');
  await form.getByLabel('제목').fill(`토요 풋살 5:5 ${tag}`);
  await form.getByLabel('모집 인원').fill('3');
  await form.getByRole('button', { name: '수정 내용 저장' }).click();
  await expect(page.getByRole('heading', { name: `토요 풋살 5:5 ${tag}` })).toBeVisible();
  await expect(page.getByTestId('seats').first()).toContainText('1자리 남음');

  const players = page.getByRole('list', { name: '참가자' });
  await players.getByRole('button', { name: `${guestA.username} 내보내기` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('전액 환불');
  await dialog.getByRole('button', { name: '내보내기' }).click();
  await expect(players).not.toContainText(guestA.username);
  await expect(players).toContainText(guestB.username);
  await expect(page.getByTestId('seats').first()).toContainText('2자리 남음');

  // The map: one marker per result, each popup linking to its game.
  await page.goto(`/games?q=${tag}`);
  await page.getByRole('navigation', { name: '보기 방식' }).getByRole('link', { name: '지도' }).click();
  const map = page.getByRole('region', { name: '경기 지도' });
  await expect(map.locator('.leaflet-marker-icon')).toHaveCount(2);
  await map.getByRole('button', { name: `토요 풋살 5:5 ${tag}` }).click();
  const link = map.locator('.leaflet-popup').getByRole('link', { name: `토요 풋살 5:5 ${tag}` });
  await expect(link).toHaveAttribute('href', `/games/${game.id}`);
  await expect(map.locator('.leaflet-popup')).toContainText('2자리 남음');
  await shot(page, '79-games-map');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/games/${game.id}$`));
});

test('after a finished game players and the host review each other; the rating shows on the profile', async ({ page, request }) => {
  test.setTimeout(200_000);
  const [hostUser, guestA, guestB] = [await signUp(request, '호스트'), await signUp(request, '서연'), await signUp(request, '지호')];
  const [host, a, b] = [await api(request, hostUser), await api(request, guestA), await api(request, guestB)];
  // Starts in a few seconds and lasts a few more: the server's own sweeper confirms and then finishes it.
  const game = await openGame(request, host, { title: `번개 풋살 ${Date.now().toString(36)}`, startsAt: inMs(8_000), endsAt: inMs(12_000), maxPlayers: 4 });
  await join(request, a, game.id);
  await join(request, b, game.id);
  await expect
    .poll(async () => ((await (await request.get(`/api/games/${game.id}`)).json()) as { status: string }).status, { timeout: 150_000, intervals: [2_000] })
    .toBe('finished');

  await logIn(page, guestA);
  await page.goto(`/games/${game.id}`);
  const reviews = page.getByRole('region', { name: '경기 후기' });
  await expect(reviews.getByRole('form')).toHaveCount(2);
  const aboutHost = reviews.getByRole('form', { name: `${hostUser.username} 평가` });
  await aboutHost.getByRole('button', { name: '후기 남기기' }).click();
  await expect(aboutHost.getByText('별점을 골라 주세요.').filter({ visible: true })).toBeVisible();
  await aboutHost.getByText('5★').click();
  await aboutHost.getByText('매너가 좋아요').click();
  await aboutHost.getByLabel('한마디 (선택)').fill('공을 잘 챙겨 오셨어요');
  await shot(page, '80-game-review-form');
  await aboutHost.getByRole('button', { name: '후기 남기기' }).click();
  await expect(reviews.getByRole('form')).toHaveCount(1);
  const left = reviews.getByTestId('review');
  await expect(left).toHaveCount(1);
  await expect(left).toContainText('매너가 좋아요');
  await expect(left).toContainText('공을 잘 챙겨 오셨어요');
  await shot(page, '81-game-reviews');

  // 지호 rates the host 4 through the API: the profile shows 4.5 from two reviews.
  expect((await request.post(`/api/games/${game.id}/reviews`, { headers: b.auth, data: { revieweeId: host.id, rating: 4 } })).status()).toBe(201);
  expect((await request.post(`/api/games/${game.id}/reviews`, { headers: b.auth, data: { revieweeId: host.id, rating: 4 } })).status()).toBe(409);
  await page.goto(`/users/${host.id}`);
  await expect(page.getByTestId('rating-summary')).toContainText('4.5');
  await expect(page.getByTestId('rating-summary')).toContainText('경기 후기 2개');
  await shot(page, '82-profile-rating');
});

test('the spaces list has the same map view: a marker per space, its popup linking to it', async ({ page, request }) => {
  const hostUser = await signUp(request, '공간호스트');
  await verifyEmail(request, hostUser);
  const host = await api(request, hostUser);
  const tag = Date.now().toString(36);
  const ids: number[] = [];
  for (const [i, lat] of [33.51, 33.49].entries()) {
    const res = await request.post('/api/spaces', {
      headers: host.auth,
      data: {
        title: `바다 연습실 ${i + 1} ${tag}`,
        type: 'practice_room',
        description: '드럼과 앰프가 있어요',
        address: `제주시 용담로 ${10 + i}`,
        neighbourhoodCode: '5011058000',
        lat,
        lng: 126.5,
        capacity: 6,
        pricePerHour: 15000,
        minHours: 1,
        openTime: '09:00',
        closeTime: '22:00',
        cancellationPolicy: 'flexible',
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    ids.push(((await res.json()) as { id: number }).id);
  }
  await logIn(page, hostUser);
  await page.goto(`/spaces?q=${tag}`);
  await page.getByRole('navigation', { name: '보기 방식' }).getByRole('link', { name: '지도' }).click();
  const map = page.getByRole('region', { name: '공간 지도' });
  await expect(map.locator('.leaflet-marker-icon')).toHaveCount(2);
  await map.getByRole('button', { name: `바다 연습실 2 ${tag}` }).click();
  await expect(map.locator('.leaflet-popup').getByRole('link', { name: `바다 연습실 2 ${tag}` })).toHaveAttribute('href', `/spaces/${ids[1]}`);
  await expect(map.locator('.leaflet-popup')).toContainText('15,000원 / 시간');
  await shot(page, '83-spaces-map');
});

test('a game page that lost its connection shows the seats taken meanwhile once it reconnects', async ({ browser, request }, testInfo) => {
  const [hostUser, viewerUser, playerUser] = [await signUp(request, '호스트'), await signUp(request, '구경꾼'), await signUp(request, '늦은참가')];
  const [host, player] = [await api(request, hostUser), await api(request, playerUser)];
  const game = await openGame(request, host, { title: `재연결 풋살 ${Date.now().toString(36)}`, maxPlayers: 3 });

  const page = await newUserPage(browser, testInfo);
  // While `drop` is on, the page hears nothing of the game; closing the socket makes it reconnect.
  let drop = false;
  let closeConnection = async () => {};
  let connected = () => {};
  const firstConnect = new Promise<void>((resolve) => (connected = resolve));
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    // Only the game page's socket counts. The page before it (home, after logging in) has its own,
    // whose connect says nothing about this one: the test then closed a socket still signing in,
    // and the page's first connect came after the reconnect it meant to cause.
    const gamePageSocket = new URL(page.url()).pathname === `/games/${game.id}`;
    const server = ws.connectToServer();
    server.onMessage((message) => {
      if (drop && typeof message === 'string' && message.includes('game:updated')) return;
      ws.send(message);
      // Socket.IO's CONNECT answer: the socket is up (a later connect is a reconnect).
      if (gamePageSocket && typeof message === 'string' && message.startsWith('40')) connected();
    });
    closeConnection = async () => {
      await ws.close();
      await server.close();
    };
  });
  await logIn(page, viewerUser);
  await page.goto(`/games/${game.id}`);
  await expect(page.getByTestId('seats')).toContainText('3자리 남음');
  await firstConnect;

  drop = true;
  await join(request, player, game.id);
  // The live update was dropped and the server replays nothing: only the reconnect's refresh brings it.
  await expect(page.getByTestId('seats')).toContainText('3자리 남음');
  await closeConnection();
  drop = false;
  await expect(page.getByTestId('seats')).toContainText('2자리 남음');
  await page.context().close();
});
