import { expect, test } from './support/test';
import sharp from 'sharp';
import { shot } from './support/shots';
import { logIn, newUserPage, signUp, verifyEmail } from './support/users';

// Locators keep to visible elements: while a page streams in on a slower database, React keeps
// a hidden copy of the content, which getByTestId would also match.

/** "YYYY-MM-DD" in Seoul, `days` from now. */
const seoulDate = (days: number) => new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

test('a host lists a space; a guest searches by date and people, reserves two hours, pays in the sandbox and sees it in 내 예약', async ({ page, request, browser }, testInfo) => {
  const host = await signUp(request, '호스트');
  await verifyEmail(request, host);
  const hostPage = await newUserPage(browser, testInfo);
  await logIn(hostPage, host);
  const title = `용담 합주실 ${Date.now().toString(36)}`;
  await hostPage.goto('/spaces/new');
  const listing = hostPage.getByRole('form', { name: '공간 등록' });
  await listing.getByLabel('공간 이름').fill(title);
  await listing.getByLabel('공간 유형').selectOption({ label: '연습실' });
  await listing.getByLabel('소개', { exact: true }).fill('드럼과 앰프가 있는 방음 합주실');
  await listing.getByLabel('주소').fill('제주시 서해안로 1');
  await listing.getByLabel('최대 인원').fill('5');
  await listing.getByLabel('시간당 가격(원)').fill('15000');
  await listing.getByLabel('최소 시간').fill('2');
  await listing.getByLabel('여는 시간').selectOption('10:00');
  await listing.getByLabel('닫는 시간').selectOption('22:00');
  await listing.getByLabel('음향장비').check();
  await listing.getByLabel('주차').check();
  // Photos are picked before the space exists and uploaded once it is saved.
  const photo = (background: string) => sharp({ create: { width: 640, height: 480, channels: 3, background } }).jpeg().toBuffer();
  await listing.getByLabel('사진 고르기').setInputFiles([
    { name: 'room.jpg', mimeType: 'image/jpeg', buffer: await photo('#c2410c') },
    { name: 'drums.jpg', mimeType: 'image/jpeg', buffer: await photo('#0f766e') },
  ]);
  await expect(listing.getByRole('list', { name: '올릴 사진' }).getByRole('listitem')).toHaveCount(2);
  await shot(hostPage, '59-space-new');
  await listing.getByRole('button', { name: '공간 등록 (사진 2장)' }).click();
  await expect(hostPage.getByRole('heading', { name: title })).toBeVisible();
  await expect(hostPage.getByText('내가 등록한 공간입니다.').filter({ visible: true })).toBeVisible();
  const spaceUrl = hostPage.url();

  // The two photos picked on the form went up after the space was saved.
  await expect(hostPage.getByRole('region', { name: '공간 사진' }).getByRole('button')).toHaveCount(2);

  const guest = await signUp(request, '게스트');
  await logIn(page, guest);
  const date = seoulDate(3);

  await page.goto('/spaces');
  const filters = page.getByRole('form', { name: '공간 검색' });
  await filters.getByLabel('검색어').fill(title);
  await filters.getByLabel('인원').fill('4');
  await filters.getByLabel('날짜').fill(date);
  await filters.getByLabel('시작').selectOption('14:00');
  await filters.getByLabel('끝').selectOption('16:00');
  await filters.getByRole('button', { name: '검색' }).click();
  const results = page.getByRole('list', { name: '공간 목록' });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results.getByRole('listitem').locator('img')).toHaveAttribute('src', /-thumb\.webp$/);
  await shot(page, '60-spaces-search');
  await results.getByRole('link', { name: new RegExp(title) }).click();

  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const like = page.getByRole('button', { name: /찜/ });
  await like.click();
  await expect(like).toHaveAttribute('aria-pressed', 'true');
  await expect(like).toContainText('찜 1');
  const form = page.getByRole('form', { name: '예약하기' });
  await form.getByLabel('날짜').fill(date);
  await form.getByRole('button', { name: '14:00~15:00 예약 가능' }).click();
  await form.getByRole('button', { name: '15:00~16:00 예약 가능' }).click();
  await expect(page.getByTestId('price-summary').filter({ visible: true })).toContainText('2시간 × 15,000원 = 30,000원');
  await form.getByLabel('인원').fill('4');
  await form.getByLabel('예약자 이름').fill('김게스트');
  await form.getByLabel('연락처').fill('010-2222-3333');
  await form.getByLabel('사용 목적').fill('밴드 합주');
  await shot(page, '61-space-reserve');
  await form.getByRole('button', { name: '30,000원 예약하고 결제하기' }).click();

  await expect(page.getByTestId('checkout-amount').filter({ visible: true })).toHaveText('30,000원');
  await page.getByLabel('카드 번호').fill('4242 4242 4242 4242');
  await page.getByRole('button', { name: '30,000원 결제하기' }).click();
  await expect(page.getByTestId('payment-result').filter({ visible: true })).toHaveText('결제가 완료되었습니다');

  await page.goto('/reservations');
  const upcoming = page.getByRole('list', { name: '다가오는 예약' });
  await expect(upcoming.getByTestId('reservation')).toHaveCount(1);
  await expect(upcoming.getByText(title).filter({ visible: true })).toBeVisible();
  await expect(upcoming.getByText('예약 확정').filter({ visible: true })).toBeVisible();
  await expect(upcoming.getByText(/오후 2:00~오후 4:00 · 4명 · 30,000원/).filter({ visible: true })).toBeVisible();
  await shot(page, '62-reservations');

  // The guest's home page leads with the booking, and lists the space among the 시군구's rooms.
  await page.goto('/');
  const next = page.getByTestId('next-reservation').filter({ visible: true });
  await expect(next).toContainText(title);
  await expect(next).toContainText('예약 확정');
  await expect(page.getByRole('list', { name: '근처 공간' }).getByText(title).filter({ visible: true })).toBeVisible();
  await shot(page, '64-home-next-reservation');

  // The liked space is in 찜한 공간.
  await page.goto('/spaces');
  await page.getByRole('link', { name: '찜한 공간' }).click();
  await expect(page.getByRole('heading', { name: '찜한 공간', level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: '공간 목록' }).getByRole('link', { name: new RegExp(title) })).toBeVisible();

  // The slot is taken now: an overlapping window finds nothing, the one right after still finds the space.
  await page.goto(`/spaces?q=${encodeURIComponent(title)}&date=${date}&start=15:00&end=17:00`);
  await expect(page.getByText('조건에 맞는 공간이 없습니다').filter({ visible: true })).toBeVisible();
  await page.goto(`/spaces?q=${encodeURIComponent(title)}&date=${date}&start=16:00&end=18:00`);
  await expect(page.getByRole('list', { name: '공간 목록' }).getByRole('listitem')).toHaveCount(1);

  // The host sees the booking with the booker's details.
  await hostPage.goto('/host/reservations');
  const booked = hostPage.getByTestId('host-reservation').filter({ visible: true }).filter({ hasText: title });
  await expect(booked).toContainText('예약 확정');
  await expect(booked).toContainText('김게스트 (010-2222-3333) · 밴드 합주');
  await shot(hostPage, '63-host-reservations');

  // …and on the dashboard's week calendar.
  await hostPage.goto(`/host/spaces?week=${date}`);
  const calendar = hostPage.getByRole('group', { name: /예약 달력/ }).filter({ visible: true });
  await expect(calendar.getByTestId('calendar-booking').filter({ hasText: '14~16시' })).toContainText(title);

  // With a booking ahead the host can't delete the space (409, shown in the dialog), only pause it.
  await hostPage.goto(spaceUrl);
  await hostPage.getByRole('button', { name: '공간 삭제' }).click();
  await hostPage.getByRole('dialog').getByRole('button', { name: '삭제' }).click();
  await expect(hostPage.getByRole('dialog').getByText('다가오는 예약이 있어 삭제할 수 없습니다.', { exact: false }).filter({ visible: true })).toBeVisible();
  await hostPage.getByRole('dialog').getByRole('button', { name: '취소' }).click();
  await hostPage.getByRole('button', { name: '예약 일시 중지' }).click();
  await expect(hostPage.getByText('내 공간입니다. 지금은 예약을 받지 않습니다.').filter({ visible: true })).toBeVisible();
  await hostPage.context().close();

});
