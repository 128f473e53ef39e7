import { expect, test } from './support/test';
import { shot } from './support/shots';
import { logIn, newUserPage, signUp } from './support/users';

/** 용담2동's reference point (inside its boundary) and a point of 용담1동 about 530 m from 용담2동's boundary (beyond the 300 m tolerance). */
const IN_YONGDAM2 = { latitude: 33.50774, longitude: 126.50049, accuracy: 30 };
const IN_YONGDAM1 = { latitude: 33.51071, longitude: 126.51955, accuracy: 30 };

test('a neighbour verifies their dong with the phone position and gets the badge; outside, the dong they are in is offered', async ({ browser, request }, testInfo) => {
  test.setTimeout(120_000);
  const user = await signUp(request, '인증');
  const page = await newUserPage(browser, testInfo);
  await page.context().grantPermissions(['geolocation']);
  await logIn(page, user);

  // Outside: standing in 용담1동, the check names it and offers to move there.
  await page.context().setGeolocation(IN_YONGDAM1);
  await page.goto('/me');
  await expect(page.getByText('위치 좌표는 저장하지 않아요.')).toBeVisible();
  await page.getByRole('button', { name: '현재 위치로 동네인증' }).click();
  await expect(page.getByText('용담1동 근처예요')).toBeVisible();
  await expect(page.getByRole('button', { name: '내 동네를 용담1동(으)로 바꾸기' })).toBeVisible();
  await shot(page, '90-verify-outside');

  // Inside 용담2동: verified, and the badge shows on /me and on the public profile.
  await page.context().setGeolocation(IN_YONGDAM2);
  await page.getByRole('button', { name: '현재 위치로 동네인증' }).click();
  await expect(page.getByText('용담2동 동네인증을 마쳤어요.')).toBeVisible();
  await expect(page.getByTestId('neighbourhood-badge').first()).toHaveText(/동네인증\s*✓\s*용담2동/);
  await page.getByRole('link', { name: '내 공개 프로필' }).click();
  await expect(page.getByTestId('neighbourhood-badge')).toHaveText(/용담2동/);
  await expect(page.getByTestId('temperature')).toContainText('36.5℃');
  await shot(page, '91-verified-profile');
});

test('a game for verified neighbours leads an unverified player to the check', async ({ browser, request }, testInfo) => {
  test.setTimeout(120_000);
  const host = await signUp(request, '호스트');
  const player = await signUp(request, '선수');
  const hostPage = await newUserPage(browser, testInfo);
  await logIn(hostPage, host);
  const startsAt = new Date(Date.now() + 3 * 86_400_000);
  const created = await hostPage.request.post('/api/games', {
    headers: { origin: new URL(hostPage.url()).origin },
    data: {
      sport: 'futsal', title: '인증 이웃 풋살', description: '', level: 'any', placeName: '용담 풋살장', address: '제주시 용담로 1',
      neighbourhoodCode: '5011058000', startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
      minPlayers: 2, maxPlayers: 6, fee: 0, verifiedOnly: true,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const game = (await created.json()) as { id: number };

  const page = await newUserPage(browser, testInfo);
  await logIn(page, player);
  await page.goto(`/games/${game.id}`);
  await page.getByRole('button', { name: '참여하기' }).click();
  await expect(page.getByText('동네인증한 이웃만 참여할 수 있어요.')).toBeVisible();
  await page.getByTestId('verify-link').click();
  await expect(page).toHaveURL(/\/me#verify$/);
  await page.context().grantPermissions(['geolocation']);
  await page.context().setGeolocation(IN_YONGDAM2);
  await page.getByRole('button', { name: '현재 위치로 동네인증' }).click();
  await expect(page.getByText('용담2동 동네인증을 마쳤어요.')).toBeVisible();
  await page.goto(`/games/${game.id}`);
  await page.getByRole('button', { name: '참여하기' }).click();
  await expect(page.getByRole('button', { name: '참여하기' })).toHaveCount(0);
});
