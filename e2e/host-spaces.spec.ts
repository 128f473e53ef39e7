import { expect, test } from './support/test';
import type { APIRequestContext } from '@playwright/test';
import { shot } from './support/shots';
import { logIn, newUserPage, signUp, verifyEmail, type TestUser } from './support/users';

// Locators keep to visible elements: a streamed page can leave a hidden copy of its content.

/** "YYYY-MM-DD" in Seoul, `days` from now. */
const seoulDate = (days: number) => new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
const seoulAt = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+09:00`).toISOString();

async function bearer(request: APIRequestContext, user: TestUser) {
  const res = await request.post('/api/tokens', { data: { email: user.email, password: user.password } });
  return { authorization: `Bearer ${(await res.json()).accessToken}` };
}

/** Books [from, to) on `date` through the API and pays it in the sandbox: a confirmed booking. */
async function paidBooking(request: APIRequestContext, headers: Record<string, string>, spaceId: number, date: string, from: number, to: number) {
  const booked = await request.post('/api/reservations', {
    headers,
    data: { spaceId, startsAt: seoulAt(date, from), endsAt: seoulAt(date, to), people: 3, bookerName: '박게스트', bookerPhone: '010-3333-4444' },
  });
  expect(booked.status(), await booked.text()).toBe(201);
  const reservation = await booked.json();
  const payment = await (await request.get(`/api/payments/${reservation.payment.id}`, { headers })).json();
  const approved = await request.post(`/api/payments/${payment.id}/approve`, { headers, data: { paymentKey: `sandbox_${payment.orderId}_${payment.amount}` } });
  expect(approved.status(), await approved.text()).toBe(200);
  return reservation as { id: number; amount: number };
}

test('the host sees the week’s booking and the 30-day revenue; the guest reviews a finished booking and it shows on the space', async ({ page, request, browser }, testInfo) => {
  const host = await signUp(request, '호스트');
  await verifyEmail(request, host);
  const title = `용담 파티룸 ${Date.now().toString(36)}`;
  const created = await request.post('/api/spaces', {
    headers: await bearer(request, host),
    data: {
      title, type: 'party_room', description: '생일 파티하기 좋은 방', address: '제주시 용담로 2', neighbourhoodCode: '5011058000',
      capacity: 8, pricePerHour: 20_000, minHours: 2, openTime: '10:00', closeTime: '22:00', amenities: ['wifi'], packages: [], cancellationPolicy: 'flexible',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const space = await created.json();

  const guest = await signUp(request, '게스트');
  const guestHeaders = await bearer(request, guest);
  const ahead = seoulDate(2);
  await paidBooking(request, guestHeaders, space.id, ahead, 14, 16);
  // A booking made for three days ahead, then moved five days back: it ended two days ago.
  const past = await paidBooking(request, guestHeaders, space.id, seoulDate(3), 10, 13);
  expect((await request.post(`/__e2e/reservations/${past.id}/move-back?days=5`)).status()).toBe(204);

  const hostPage = await newUserPage(browser, testInfo);
  await logIn(hostPage, host);
  await hostPage.goto('/spaces');
  await hostPage.getByRole('link', { name: '호스트 대시보드' }).click();
  await expect(hostPage.getByRole('heading', { name: '호스트 대시보드' })).toBeVisible();
  await expect(hostPage.getByTestId('revenue-total').filter({ visible: true })).toHaveText('60,000원');
  await expect(hostPage.getByRole('list', { name: '내 공간 목록' }).getByText(title).filter({ visible: true })).toBeVisible();
  await expect(hostPage.getByRole('link', { name: '편집' }).first()).toHaveAttribute('href', `/spaces/${space.id}/edit`);
  await expect(hostPage.getByRole('img', { name: /일별 매출: 합계 60,000원/ })).toBeVisible();

  // The week holding the booking ahead (next week's page when it falls after Sunday).
  await hostPage.goto(`/host/spaces?week=${ahead}`);
  const calendar = hostPage.getByRole('group', { name: /예약 달력/ }).filter({ visible: true });
  const booking = calendar.getByTestId('calendar-booking').filter({ hasText: '14~16시' });
  await expect(booking).toContainText(title);
  await expect(booking).toContainText('박게스트');
  await shot(hostPage, '65-host-spaces');
  await hostPage.getByRole('link', { name: '다음 주 →' }).click();
  await expect(hostPage.getByText('이 주에는 예약이 없습니다.').filter({ visible: true })).toBeVisible();

  // Each paid booking told the host; the notice leads to this dashboard.
  await expect(hostPage.getByTestId('notification-count')).toHaveText('2');
  await hostPage.goto('/notifications');
  const notices = hostPage.getByTestId('notification').filter({ hasText: '새 예약이 확정되었어요' });
  await expect(notices).toHaveCount(2);
  await expect(notices.filter({ hasText: `${title} · ${Number(ahead.slice(5, 7))}월 ${Number(ahead.slice(8, 10))}일 14:00~16:00 · 박게스트 3명` })).toBeVisible();
  await hostPage.context().close();

  await logIn(page, guest);
  await page.goto('/reservations');
  const finished = page.getByRole('list', { name: '지난 예약과 취소된 예약' }).getByTestId('reservation').filter({ visible: true });
  await expect(finished).toHaveCount(1);
  await finished.getByRole('button', { name: '리뷰 쓰기' }).click();
  const dialog = page.getByRole('dialog', { name: `${title} 리뷰` });
  await dialog.getByRole('button', { name: '리뷰 등록' }).click();
  await expect(dialog.getByText('별점을 골라 주세요.').filter({ visible: true })).toBeVisible();
  await dialog.getByLabel('4점').check({ force: true });
  await dialog.getByLabel('후기 (선택)').fill('넓고 깨끗해서 생일 파티 잘 했어요');
  await shot(page, '66-review-write');
  await dialog.getByRole('button', { name: '리뷰 등록' }).click();
  await expect(dialog).toBeHidden();
  await expect(finished.getByRole('button', { name: '리뷰 쓰기' })).toHaveCount(0);

  await page.goto(`/spaces/${space.id}`);
  await expect(page.getByTestId('review-summary').filter({ visible: true })).toContainText('리뷰 1개');
  const reviews = page.getByRole('list', { name: '리뷰 목록' }).filter({ visible: true });
  await expect(reviews).toContainText('넓고 깨끗해서 생일 파티 잘 했어요');
  await expect(reviews.getByRole('img', { name: '별점 4점' })).toBeVisible();
  await shot(page, '67-space-reviews');
});

test('calendars and regions: a guest adds a booking to the calendar, the host subscribes and rotates the feed, and /spaces filters by 시군구', async ({ page, request, browser }, testInfo) => {
  const host = await signUp(request, '캘린더호스트');
  await verifyEmail(request, host);
  const hostHeaders = await bearer(request, host);
  const tag = `캘린더 ${Date.now().toString(36)}`;
  const body = { type: 'meeting_room', description: '회의하기 좋은 방', capacity: 6, pricePerHour: 10_000, minHours: 1, openTime: '09:00', closeTime: '22:00', cancellationPolicy: 'flexible' };
  const jongno = await (await request.post('/api/spaces', { headers: hostHeaders, data: { ...body, title: `${tag} 종로`, address: '서울 종로구 자하문로 1', neighbourhoodCode: '1111051500' } })).json();
  await request.post('/api/spaces', { headers: hostHeaders, data: { ...body, title: `${tag} 제주`, address: '제주시 용담로 5', neighbourhoodCode: '5011058000' } });

  const guest = await signUp(request, '캘린더게스트');
  const booking = await paidBooking(request, await bearer(request, guest), jongno.id, seoulDate(4), 10, 12);

  await logIn(page, guest);
  await page.goto(`/spaces?q=${encodeURIComponent(tag)}`);
  const results = page.getByRole('list', { name: '공간 목록' }).getByRole('listitem');
  await expect(results).toHaveCount(2);
  const filters = page.getByRole('form', { name: '공간 검색' });
  await filters.getByLabel('시군구').selectOption('11110');
  await filters.getByRole('button', { name: '검색' }).click();
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText(`${tag} 종로`);

  await page.goto('/reservations');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: '캘린더에 추가' }).first().click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`reservation-${booking.id}.ics`);
  const ics = await (await request.get(`/api/reservations/${booking.id}/calendar.ics`, { headers: await bearer(request, guest) })).text();
  expect(ics).toContain(`UID:reservation-${booking.id}@dongne.app`);

  const hostPage = await newUserPage(browser, testInfo);
  await logIn(hostPage, host);
  await hostPage.goto('/host/spaces');
  const item = hostPage.getByTestId('host-space').filter({ hasText: `${tag} 종로` }).filter({ visible: true });
  await item.getByText('캘린더 구독 (iCal)').click();
  const feedUrl = item.getByTestId('calendar-feed-url');
  await expect(feedUrl).toHaveValue(new RegExp(`/api/spaces/${jongno.id}/calendar\\.ics\\?key=`));
  const oldUrl = await feedUrl.inputValue();
  const feed = await request.get(oldUrl);
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(await feed.text()).toContain('SUMMARY:예약: 박게스트 3명');
  await item.getByRole('button', { name: '새 주소 만들기' }).click();
  await expect(item.getByText('새 주소를 만들었습니다.')).toBeVisible();
  await expect(feedUrl).not.toHaveValue(oldUrl);
  expect((await request.get(oldUrl)).status()).toBe(404);
  expect((await request.get(await feedUrl.inputValue())).status()).toBe(200);
  await shot(hostPage, '74-host-calendar-feed');
});
