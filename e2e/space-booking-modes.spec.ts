import { expect, test } from './support/test';
import type { APIRequestContext } from '@playwright/test';
import { logIn, newUserPage, signUp, verifyEmail, type TestUser } from './support/users';

// Locators keep to visible elements: a streamed page can leave a hidden copy of its content.

const seoulDate = (days: number) => new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
const seoulAt = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+09:00`).toISOString();

async function bearer(request: APIRequestContext, user: TestUser) {
  const res = await request.post('/api/tokens', { data: { email: user.email, password: user.password } });
  return { authorization: `Bearer ${(await res.json()).accessToken}` };
}

async function hostWithSpace(request: APIRequestContext, extra: Record<string, unknown>) {
  const host = await signUp(request, '호스트');
  await verifyEmail(request, host);
  const title = `용담 연습실 ${Date.now().toString(36)}`;
  const created = await request.post('/api/spaces', {
    headers: await bearer(request, host),
    data: {
      title, type: 'practice_room', description: '방음 잘 되는 연습실', address: '제주시 용담로 3', neighbourhoodCode: '5011058000',
      capacity: 6, pricePerHour: 10_000, minHours: 1, openTime: '09:00', closeTime: '22:00', amenities: [], packages: [], cancellationPolicy: 'flexible', ...extra,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  return { host, title, space: (await created.json()) as { id: number } };
}

test('a host sets a weekend price and blocks an afternoon; a guest sees both on the hour grid', async ({ page, request, browser }, testInfo) => {
  const { host, space } = await hostWithSpace(request, { bufferMinutes: 30 });
  const tomorrow = seoulDate(1);

  const hostPage = await newUserPage(browser, testInfo);
  await logIn(hostPage, host);
  await hostPage.goto(`/spaces/${space.id}/edit`);
  await hostPage.getByLabel('주말 가격(원/시간)').fill('30000');
  await hostPage.getByRole('button', { name: '저장' }).click();
  await expect(hostPage.getByText('저장했습니다.').filter({ visible: true })).toBeVisible();
  await hostPage.goto(`/spaces/${space.id}`);
  const form = hostPage.getByRole('form', { name: '시간 막기' }).filter({ visible: true });
  await form.getByLabel('날짜').fill(tomorrow);
  await form.getByLabel('시작').fill('13:00');
  await form.getByLabel('끝').fill('15:00');
  await form.getByLabel('사유 (선택)').fill('대청소');
  await form.getByRole('button', { name: '시간 막기' }).click();
  await expect(hostPage.getByTestId('space-block').filter({ visible: true })).toContainText('대청소');

  const guest = await signUp(request, '게스트');
  await logIn(page, guest);
  await page.goto(`/spaces/${space.id}`);
  const grid = page.getByRole('list', { name: '시간표' }).filter({ visible: true });
  await expect(grid.getByRole('button', { name: '13:00~14:00 예약 불가' })).toBeDisabled();
  await expect(grid.getByRole('button', { name: '14:00~15:00 예약 불가' })).toBeDisabled();
  await expect(grid.getByRole('button', { name: '15:00~16:00 예약 가능' })).toBeEnabled();

  // The next Saturday: the weekend price (a holiday without its own price falls back to it too).
  const saturday = Array.from({ length: 7 }, (_, i) => seoulDate(i + 1)).find((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 6)!;
  await page.getByLabel('날짜').fill(saturday);
  await expect(page.getByTestId('day-price').filter({ visible: true })).toContainText('시간당 30,000원');
  await page.getByLabel('날짜').fill(tomorrow);

  // Unblocking reopens the hours for the guest.
  await hostPage.getByRole('button', { name: /차단 풀기/ }).filter({ visible: true }).click();
  await expect(hostPage.getByText('막아 둔 시간이 없습니다.').filter({ visible: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('list', { name: '시간표' }).filter({ visible: true }).getByRole('button', { name: '13:00~14:00 예약 가능' })).toBeEnabled();
});

test('an approval-mode booking waits as 승인 대기 중 until the host accepts it', async ({ page, request, browser }, testInfo) => {
  const { host, space, title } = await hostWithSpace(request, { bookingMode: 'approval', approvalHours: 12 });
  const guest = await signUp(request, '게스트');
  const headers = await bearer(request, guest);
  const date = seoulDate(2);
  const booked = await request.post('/api/reservations', {
    headers,
    data: { spaceId: space.id, startsAt: seoulAt(date, 10), endsAt: seoulAt(date, 12), people: 2, bookerName: '박게스트', bookerPhone: '010-3333-4444' },
  });
  expect(booked.status(), await booked.text()).toBe(201);
  const payment = (await booked.json()).payment;
  const full = await (await request.get(`/api/payments/${payment.id}`, { headers })).json();
  const approved = await request.post(`/api/payments/${payment.id}/approve`, { headers, data: { paymentKey: `sandbox_${full.orderId}_${full.amount}` } });
  expect(approved.status(), await approved.text()).toBe(200);

  await logIn(page, guest);
  await page.goto('/reservations');
  const mine = page.getByRole('list', { name: '다가오는 예약' }).getByTestId('reservation').filter({ visible: true }).filter({ hasText: title });
  await expect(mine.getByText('승인 대기 중', { exact: true })).toBeVisible();
  await expect(mine.getByTestId('awaiting-approval')).toBeVisible();

  const hostPage = await newUserPage(browser, testInfo);
  await logIn(hostPage, host);
  await hostPage.goto(`/spaces/${space.id}`);
  const request1 = hostPage.getByTestId('booking-request').filter({ visible: true });
  await expect(request1).toContainText('박게스트');
  await request1.getByRole('button', { name: '수락' }).click();
  await expect(hostPage.getByText('답할 요청이 없습니다.').filter({ visible: true })).toBeVisible();

  await page.reload();
  await expect(mine.getByText('예약 확정', { exact: true })).toBeVisible();
});
