import { expect, test } from './support/test';
import sharp from 'sharp';
import { shot } from './support/shots';
import { logIn, signUp, verifyEmail } from './support/users';

/** A noisy PNG of a few hundred KB, so a throttled upload takes long enough to watch. */
const photo = (mean: number) =>
  sharp({ create: { width: 500, height: 375, channels: 3, background: '#000', noise: { type: 'gaussian', mean, sigma: 40 } } }).png().toBuffer();

test('a host uploads two photos with progress, puts the second first, and the gallery shows the new order', async ({ page, request, baseURL }) => {
  const host = await signUp(request, '사진호스트');
  await verifyEmail(request, host);
  await logIn(page, host);
  const created = await page.request.post('/api/spaces', {
    headers: { origin: baseURL! },
    data: {
      title: `사진 스터디룸 ${Date.now().toString(36)}`, type: 'study_room', description: '사진이 있는 스터디룸', address: '제주시 용담로 3',
      neighbourhoodCode: '5011058000', capacity: 4, pricePerHour: 10_000, minHours: 1, openTime: '09:00', closeTime: '22:00', cancellationPolicy: 'flexible',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: number };

  await page.goto(`/spaces/${id}`);
  await page.getByRole('link', { name: '공간 수정 · 사진 관리' }).click();
  await expect(page.getByRole('heading', { name: '공간 수정' })).toBeVisible();
  await expect(page.getByText('아직 사진이 없습니다.').filter({ visible: true })).toBeVisible();

  // Slow the upload down so the progress bar is on screen long enough to see.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 300 * 1024 });
  await page.getByLabel('사진 추가').setInputFiles([
    { name: 'first.png', mimeType: 'image/png', buffer: await photo(90) },
    { name: 'second.png', mimeType: 'image/png', buffer: await photo(170) },
  ]);
  const progress = page.getByRole('progressbar', { name: '업로드 진행률' });
  await expect(progress).toBeVisible();
  await shot(page, '70-space-images-uploading');
  await expect(progress).toBeHidden({ timeout: 30_000 });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

  const photos = page.getByRole('list', { name: '공간 사진' }).getByRole('listitem');
  await expect(photos).toHaveCount(2);
  const before = ((await (await page.request.get(`/api/spaces/${id}`)).json()) as { images: { id: number; url: string }[] }).images;
  expect(before).toHaveLength(2);

  await page.getByRole('button', { name: '사진 2 앞으로' }).click();
  await expect(page.getByText('사진을 1번째로 옮겼습니다.')).toBeAttached();
  await expect(photos.first().getByRole('img')).toHaveAttribute('src', /-thumb\.webp$/);
  await shot(page, '71-space-images-edit');

  await page.goto(`/spaces/${id}`);
  const gallery = page.getByRole('region', { name: '공간 사진' });
  await expect(gallery.getByRole('img').first()).toHaveAttribute('src', before[1]!.url);
  const thumbs = gallery.getByRole('button');
  await expect(thumbs).toHaveCount(2);
  await expect(thumbs.nth(0).locator('img')).toHaveAttribute('src', before[1]!.url.replace('.webp', '-thumb.webp'));
  await expect(thumbs.nth(1).locator('img')).toHaveAttribute('src', before[0]!.url.replace('.webp', '-thumb.webp'));
  await thumbs.nth(1).click();
  await expect(gallery.getByRole('img').first()).toHaveAttribute('src', before[0]!.url);
  await shot(page, '72-space-gallery');

  const image = await page.request.get(before[0]!.url);
  expect(image.headers()['content-type']).toBe('image/webp');
  expect(image.headers()['cache-control']).toContain('immutable');
});

test('a neighbour uploads a profile photo on /me and removes it again', async ({ page, request }) => {
  const user = await signUp(request, '사진이웃');
  await logIn(page, user);
  await page.goto('/me');
  await page.getByLabel('프로필 사진 올리기').setInputFiles({ name: 'me.jpg', mimeType: 'image/jpeg', buffer: await sharp(await photo(120)).jpeg().toBuffer() });
  const avatar = page.getByRole('img', { name: '내 프로필 사진' });
  await expect(avatar).toHaveAttribute('src', /\/api\/images\/avatars\/\d+\/[0-9a-f-]+-256\.webp$/);
  await shot(page, '73-me-avatar');
  const me = (await (await page.request.get('/api/users/me')).json()) as { id: number; avatarUrl: string };
  expect(await avatar.getAttribute('src')).toBe(me.avatarUrl);
  await page.goto(`/users/${me.id}`);
  await expect(page.getByTestId('profile-avatar')).toHaveAttribute('src', me.avatarUrl);
  await page.goto('/me');
  await page.getByRole('button', { name: '사진 지우기' }).click();
  await expect(avatar).toBeHidden();
  expect(((await (await page.request.get('/api/users/me')).json()) as { avatarUrl: string | null }).avatarUrl).toBeNull();
});
