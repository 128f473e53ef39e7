import { expect, test } from './support/test';
import { shot } from './support/shots';
import { logIn, newUserPage, signUp } from './support/users';

test('a host marks a no-show after the game and the player sees it on their profile with the dispute button', async ({ browser, request }, testInfo) => {
  test.setTimeout(120_000);
  const host = await signUp(request, '노쇼호스트');
  const player = await signUp(request, '노쇼선수');
  const hostPage = await newUserPage(browser, testInfo);
  await logIn(hostPage, host);
  const origin = new URL(hostPage.url()).origin;
  const startsAt = new Date(Date.now() + 3 * 86_400_000);
  const created = await hostPage.request.post('/api/games', {
    headers: { origin },
    data: {
      sport: 'futsal', title: '노쇼 확인 풋살', placeName: '용담 풋살장', address: '제주시 용담로 1', neighbourhoodCode: '5011058000',
      startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(), minPlayers: 1, maxPlayers: 6, fee: 0,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const game = (await created.json()) as { id: number };
  const playerPage = await newUserPage(browser, testInfo);
  await logIn(playerPage, player);
  const joined = await playerPage.request.post(`/api/games/${game.id}/players`, { headers: { origin }, data: {} });
  expect(joined.status(), await joined.text()).toBe(201);
  expect((await request.post(`/__e2e/games/${game.id}/end`)).status()).toBe(204);

  // The host marks the player as a no-show from the players list.
  await hostPage.goto(`/games/${game.id}`);
  await hostPage.getByRole('button', { name: `${player.username} 노쇼 표시` }).click();
  await hostPage.getByRole('button', { name: '노쇼로 표시' }).click();
  await expect(hostPage.getByRole('button', { name: '노쇼로 표시' })).toHaveCount(0);

  // The player sees it on their own profile, with a lower temperature, and disputes it once.
  await playerPage.goto('/me');
  await playerPage.getByRole('link', { name: '내 공개 프로필' }).click();
  const record = playerPage.getByTestId('no-show');
  await expect(record).toContainText('운동 모임에서 노쇼로 표시됐어요.');
  await expect(playerPage.getByTestId('temperature')).toContainText('34.5℃');
  await shot(playerPage, '92-no-show-profile');
  await record.getByRole('button', { name: '이의 제기' }).click();
  await playerPage.getByLabel('이의 제기 내용').fill('그날 경기장에 있었어요. 호스트와 인사도 했어요.');
  await playerPage.getByRole('button', { name: '이의 보내기' }).click();
  await expect(record).toContainText('이의 제기를 검토하고 있어요');
  await expect(record.getByRole('button', { name: '이의 제기' })).toHaveCount(0);
});
