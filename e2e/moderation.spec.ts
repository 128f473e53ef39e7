import { expect, test } from './support/test';
import type { APIRequestContext } from '@playwright/test';
import { shot } from './support/shots';
import { logIn, newUserPage, signUp, type TestUser } from './support/users';

async function bearer(request: APIRequestContext, user: TestUser) {
  const res = await request.post('/api/tokens', { data: { email: user.email, password: user.password } });
  expect(res.status()).toBe(201);
  return { authorization: `Bearer ${(await res.json()).accessToken}` };
}

test('three neighbours report a post, it leaves the board, an admin deletes it and the author is told', async ({ browser, request }, testInfo) => {
  test.setTimeout(120_000);
  const author = await signUp(request, '광고왕');
  const reporters = [await signUp(request, '신고1'), await signUp(request, '신고2'), await signUp(request, '신고3')];
  const neighbour = await signUp(request, '구경꾼');
  const title = `싸게 팝니다 010-0000 ${Date.now().toString(36).slice(-4)}`;
  const created = await request.post('/api/posts', {
    headers: await bearer(request, author),
    data: { title, category: '치킨', targetNumber: 4, content: '선입금하면 반값! 연락 주세요.' },
  });
  expect(created.status()).toBe(201);
  const post = (await created.json()) as { id: number };

  // Two reports through the API: the post stays up.
  for (const reporter of reporters.slice(0, 2)) {
    const res = await request.post('/api/reports', { headers: await bearer(request, reporter), data: { targetType: 'post', targetId: post.id, reason: 'spam' } });
    expect(res.status()).toBe(201);
  }
  const n = await newUserPage(browser, testInfo);
  await logIn(n, neighbour);
  await n.goto('/posts');
  await expect(n.getByRole('link', { name: new RegExp(title) })).toBeVisible();

  // The third reports in the app: one tap, a reason, send.
  const r = await newUserPage(browser, testInfo);
  await logIn(r, reporters[2]!);
  await r.goto(`/posts/${post.id}`);
  await r.getByRole('button', { name: '이 글 신고하기' }).click();
  const sheet = r.getByRole('dialog', { name: '이 글 신고하기' });
  await expect(sheet.getByRole('button', { name: '신고하기' })).toBeDisabled();
  await sheet.getByLabel('사기 의심').check();
  await sheet.getByLabel('자세한 내용 (선택)').fill('선입금을 요구해요');
  await shot(r, '60-report-sheet');
  await sheet.getByRole('button', { name: '신고하기' }).click();
  await expect(sheet.getByText('신고했어요. 운영자가 검토할게요.').filter({ visible: true })).toBeVisible();

  // Gone from the board for the fourth neighbour (after a reload); the author still sees it, marked.
  await n.reload();
  await expect(n.getByRole('heading', { name: '같이 주문', level: 1 })).toBeVisible();
  await expect(n.getByRole('link', { name: new RegExp(title) })).toHaveCount(0);
  const a = await newUserPage(browser, testInfo);
  await logIn(a, author);
  await a.goto(`/posts/${post.id}`);
  await expect(a.getByTestId('hidden-notice')).toContainText('신고로 숨겨졌어요');
  await shot(a, '61-hidden-post-author');

  // The admin (ADMIN_EMAILS) reviews it in the queue and deletes it, with a reason.
  const adminUser: TestUser = { email: 'moderator-e2e@dongne.test', username: `운영자${Date.now().toString(36).slice(-4)}`, password: 'jeju2dong99' };
  const signup = await request.post('/api/users', { data: { ...adminUser, passwordConfirm: adminUser.password, neighbourhoodCode: '5011058000' } });
  expect(signup.status()).toBe(201);
  const adminPage = await newUserPage(browser, testInfo);
  await logIn(adminPage, adminUser);
  await adminPage.getByRole('link', { name: '관리' }).click();
  await expect(adminPage.getByRole('heading', { name: '관리', level: 1 })).toBeVisible();
  const group = adminPage.getByTestId('report-group').filter({ hasText: title });
  await expect(group).toContainText('신고 3명');
  await expect(group).toContainText('숨김');
  await expect(group).toContainText('선입금하면 반값');
  await group.getByText('신고 내용 3건').click();
  await expect(group).toContainText('선입금을 요구해요');
  await shot(adminPage, '62-admin-queue');
  await group.getByRole('button', { name: '삭제' }).click();
  const dialog = adminPage.getByRole('dialog');
  await dialog.getByLabel('사유 (감사 기록에 남아요)').fill('선입금 사기 광고');
  await dialog.getByRole('button', { name: '삭제' }).click();
  await expect(adminPage.getByTestId('report-group').filter({ hasText: title })).toHaveCount(0);
  await adminPage.getByRole('link', { name: '기록' }).click();
  await expect(adminPage.getByTestId('audit-entry').first()).toContainText('선입금 사기 광고');
  await shot(adminPage, '63-admin-audit');

  // The author is told, live in the header and on /notifications; the post is gone.
  await expect(a.getByTestId('notification-count')).toBeVisible();
  await a.goto('/notifications');
  await expect(a.getByTestId('notification').filter({ hasText: '삭제되었어요' })).toContainText('선입금 사기 광고');
  await expect(a.getByTestId('notification').filter({ hasText: '신고로 숨겨졌어요' })).toBeVisible();
  await shot(a, '64-author-notices');
  await a.goto(`/posts/${post.id}`);
  await expect(a.getByRole('heading', { name: '페이지를 찾을 수 없습니다' })).toBeVisible();

  // A member gets no admin console.
  await n.goto('/admin');
  await expect(n.getByRole('heading', { name: '페이지를 찾을 수 없습니다' })).toBeVisible();
});
