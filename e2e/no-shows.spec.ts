import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './support/test';
import { shot } from './support/shots';
import { logIn, newUserPage, signUp, verifyEmail, type TestUser } from './support/users';

/** "YYYY-MM-DD" in Seoul, `days` from now, and an instant on it. */
const seoulDate = (days: number) => new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
const seoulAt = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+09:00`).toISOString();

async function bearer(request: APIRequestContext, user: TestUser) {
  const res = await request.post('/api/tokens', { data: { email: user.email, password: user.password } });
  return { authorization: `Bearer ${(await res.json()).accessToken}` };
}

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

  // An admin upholds the dispute from the queue: the mark is void and the temperature comes back.
  const adminUser: TestUser = { email: 'disputes-e2e@dongne.test', username: `이의심사${Date.now().toString(36).slice(-4)}`, password: 'jeju2dong99' };
  const signup = await request.post('/api/users', { data: { ...adminUser, passwordConfirm: adminUser.password, neighbourhoodCode: '5011058000' } });
  expect(signup.status(), await signup.text()).toBe(201);
  const adminPage = await newUserPage(browser, testInfo);
  await logIn(adminPage, adminUser);
  await adminPage.goto('/admin?tab=disputes');
  const dispute = adminPage.getByTestId('no-show-dispute').filter({ hasText: player.username });
  await expect(dispute).toContainText('호스트와 인사도 했어요');
  await shot(adminPage, '93-admin-no-show-disputes');
  await dispute.getByRole('button', { name: `${player.username} 이의 인정` }).click();
  const dialog = adminPage.getByRole('dialog');
  await dialog.getByLabel('사유 (감사 기록에 남아요)').fill('경기장 사진으로 참석을 확인했어요');
  await dialog.getByRole('button', { name: '인정' }).click();
  await expect(dialog).toBeHidden();
  await expect(adminPage.getByTestId('no-show-dispute').filter({ hasText: player.username })).toHaveCount(0);
  await adminPage.getByRole('link', { name: '기록' }).click();
  await expect(adminPage.getByTestId('audit-entry').first()).toContainText('경기장 사진으로 참석을 확인했어요');

  await playerPage.reload();
  await expect(playerPage.getByTestId('temperature')).toContainText('36.5℃');
  await expect(record).toContainText('이의가 받아들여져 취소됐어요');
});

test('a space host reviews the guest of a finished booking with tags; they show on the guest’s profile', async ({ browser, request }, testInfo) => {
  test.setTimeout(120_000);
  const host = await signUp(request, '후기호스트');
  await verifyEmail(request, host);
  const title = `용담 스터디룸 ${Date.now().toString(36)}`;
  const created = await request.post('/api/spaces', {
    headers: await bearer(request, host),
    data: {
      title, type: 'study_room', description: '조용한 스터디룸', address: '제주시 용담로 3', neighbourhoodCode: '5011058000',
      capacity: 6, pricePerHour: 10_000, minHours: 1, openTime: '10:00', closeTime: '22:00', amenities: ['wifi'], packages: [], cancellationPolicy: 'flexible',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const space = (await created.json()) as { id: number };

  const guest = await signUp(request, '후기게스트');
  const guestHeaders = await bearer(request, guest);
  const booked = await request.post('/api/reservations', {
    headers: guestHeaders,
    data: { spaceId: space.id, startsAt: seoulAt(seoulDate(3), 10), endsAt: seoulAt(seoulDate(3), 12), people: 2, bookerName: '김게스트', bookerPhone: '010-5555-6666' },
  });
  expect(booked.status(), await booked.text()).toBe(201);
  const reservation = (await booked.json()) as { id: number; payment: { id: number } };
  const payment = await (await request.get(`/api/payments/${reservation.payment.id}`, { headers: guestHeaders })).json();
  const approved = await request.post(`/api/payments/${payment.id}/approve`, { headers: guestHeaders, data: { paymentKey: `sandbox_${payment.orderId}_${payment.amount}` } });
  expect(approved.status(), await approved.text()).toBe(200);
  // Made for three days ahead, moved five days back: it ended two days ago.
  expect((await request.post(`/__e2e/reservations/${reservation.id}/move-back?days=5`)).status()).toBe(204);

  const hostPage = await newUserPage(browser, testInfo);
  await logIn(hostPage, host);
  await hostPage.goto('/host/reservations');
  const ended = hostPage.getByTestId('host-ended-reservation').filter({ hasText: guest.username });
  await ended.getByRole('button', { name: `${guest.username} 게스트 후기 쓰기` }).click();
  const dialog = hostPage.getByRole('dialog');
  await dialog.getByLabel('5점').check({ force: true });
  await dialog.getByText('시간 약속을 잘 지켜요').click();
  await dialog.getByText('깨끗하게 사용했어요').click();
  await dialog.getByLabel('후기 (선택)').fill('깔끔하게 쓰고 가셨어요');
  await shot(hostPage, '94-guest-review');
  await dialog.getByRole('button', { name: '리뷰 등록' }).click();
  await expect(dialog).toBeHidden();
  await expect(ended).toContainText('게스트 후기를 남겼어요');

  const guestPage = await newUserPage(browser, testInfo);
  await guestPage.goto(`/users/${(await (await request.get('/api/users/me', { headers: guestHeaders })).json()).id}`);
  const tags = guestPage.getByTestId('review-tags');
  await expect(tags).toContainText('받은 칭찬');
  await expect(tags).toContainText('시간 약속을 잘 지켜요 1');
  await expect(tags).toContainText('깨끗하게 사용했어요 1');
  // 5★ +0.5 and two compliments +0.1 each.
  await expect(guestPage.getByTestId('temperature')).toContainText('37.2℃');
});
