import { expect, test } from './support/test';
import { shot } from './support/shots';
import { logIn, signUp, verifyEmail } from './support/users';

const seoulDateTime = (days: number, hour: number) => `${new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;
const YONGDAM2 = { lat: 33.5126, lng: 126.5133 };

test('a host picks the game\'s point on the map and registers it as a venue; a player finds it from where they are (현재 위치 기준)', async ({ page, request, context }) => {
  const host = await signUp(request, '지도호스트');
  const title = `지도 풋살 ${Date.now().toString(36)}`;
  await logIn(page, host);
  await page.goto('/games/new');
  const form = page.getByRole('form', { name: '경기 열기' });
  await form.getByLabel('제목').fill(title);
  await form.getByLabel('장소 이름').fill(`해안 풋살장 ${title.slice(-4)}`);
  await form.getByLabel('주소').fill('제주시 서해안로 200');
  // A tap on the map, up and right of the dong's centre, puts the pin there.
  const map = form.getByTestId('point-picker');
  await expect(map.locator('.leaflet-container, .leaflet-pane').first()).toBeAttached();
  const box = (await map.boundingBox())!;
  await map.click({ position: { x: box.width / 2 + 60, y: box.height / 2 - 40 } });
  await expect(form.getByTestId('picked-point')).toContainText('고른 위치: 위도 33.5');
  await form.getByRole('button', { name: /이 위치의 장소로 등록/ }).click();
  await expect(form.getByTestId('picked-venue')).toContainText('해안 풋살장');
  await form.getByLabel('시작', { exact: true }).fill(seoulDateTime(2, 19));
  await form.getByLabel('끝', { exact: true }).fill(seoulDateTime(2, 21));
  await shot(page, '95-game-point');
  await form.getByRole('button', { name: '경기 열기' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const gameId = Number(page.url().split('/').pop());
  const game = (await (await request.get(`/api/games/${gameId}`)).json()) as { lat: number; lng: number; venueId: number; neighbourhoodCode: string };
  expect(game.venueId).toEqual(expect.any(Number));
  expect(game.neighbourhoodCode.slice(0, 5)).toBe('50110');
  expect(Math.abs(game.lat - YONGDAM2.lat) + Math.abs(game.lng - YONGDAM2.lng)).toBeGreaterThan(0.0001);

  // A player standing next to the pitch: the browser is asked for the position only on the tap.
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: game.lat + 0.001, longitude: game.lng });
  await page.goto('/games');
  await page.getByRole('button', { name: /현재 위치 기준/ }).click();
  await expect(page).toHaveURL(/at=33\.\d+%2C126\.\d+|at=33\.\d+,126\.\d+/);
  await expect(page).toHaveURL(/radiusKm=5/);
  await expect(page.getByLabel('거리')).toBeEnabled();
  await expect(page.getByText('현재 위치에서')).toBeVisible();
  await expect(page.getByRole('list', { name: '경기 목록' }).getByRole('link', { name: new RegExp(title) })).toBeVisible();
});

test('a space placed by its point alone shows on a small map on its page, and its edit form keeps the pin', async ({ page, request }) => {
  const host = await signUp(request, '지도공간');
  await verifyEmail(request, host);
  const token = (await (await request.post('/api/tokens', { data: { email: host.email, password: host.password } })).json()) as { accessToken: string };
  const title = `바닷가 연습실 ${Date.now().toString(36)}`;
  const point = { lat: YONGDAM2.lat + 0.003, lng: YONGDAM2.lng - 0.002 };
  const created = await request.post('/api/spaces', {
    headers: { authorization: `Bearer ${token.accessToken}` },
    data: {
      title, type: 'practice_room', description: '방음 연습실', address: '제주시 용담로 3', ...point,
      capacity: 4, pricePerHour: 12_000, minHours: 1, openTime: '10:00', closeTime: '22:00', amenities: [], packages: [], cancellationPolicy: 'flexible',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const space = (await created.json()) as { id: number; lat: number; neighbourhood: { code: string } };
  expect(space).toMatchObject({ lat: point.lat, neighbourhood: { code: expect.stringMatching(/^50110/) } });

  await logIn(page, host);
  await page.goto(`/spaces/${space.id}`);
  const map = page.getByRole('region', { name: `${title} 위치 지도` });
  await expect(map.locator('.leaflet-marker-icon')).toHaveCount(1);
  await page.goto(`/spaces/${space.id}/edit`);
  await expect(page.getByTestId('picked-point')).toContainText(`위도 ${point.lat.toFixed(5)}`);
});
