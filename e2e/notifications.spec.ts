import { expect, test } from './support/test';
import { shot } from './support/shots';
import { logIn, newUserPage, signUp } from './support/users';

test('the author’s bell counts a neighbour joining live; opening the notice marks it read', async ({ browser, request }, testInfo) => {
  const alice = await signUp(request, '알림');
  const bob = await signUp(request, '참여');
  const a = await newUserPage(browser, testInfo);
  await logIn(a, alice);

  await a.goto('/notifications');
  await expect(a.getByText('아직 알림이 없습니다.', { exact: false }).filter({ visible: true })).toBeVisible();
  await expect(a.getByTestId('notification-count')).toHaveCount(0);

  // Alice writes a meal post through the API; Bob joins it from his own session.
  const token = async (email: string, password: string) =>
    (await (await request.post('/api/tokens', { data: { email, password } })).json()).accessToken as string;
  const title = `떡볶이 같이 시켜요 ${Date.now().toString(36).slice(-3)}`;
  const created = await request.post('/api/posts', {
    headers: { authorization: `Bearer ${await token(alice.email, alice.password)}` },
    data: { title, category: '분식', targetNumber: 4, content: '6시에 받아요' },
  });
  expect(created.status()).toBe(201);
  const post = await created.json();
  const joined = await request.post(`/api/chat/rooms/${post.chatRoomId}/members`, {
    headers: { authorization: `Bearer ${await token(bob.email, bob.password)}` },
  });
  expect(joined.status()).toBe(201);

  // The open page's bell and list follow without a reload.
  await expect(a.getByTestId('notification-count')).toHaveText('1');
  await expect(a.getByRole('link', { name: '알림 1개 안 읽음' })).toBeVisible();
  const notice = a.getByTestId('notification').filter({ hasText: `${bob.username}님이 같이 주문에 참여했어요` });
  await expect(notice).toContainText(title);
  await expect(notice).toContainText('안 읽음');
  await shot(a, '40-notifications');

  await notice.click();
  await expect(a).toHaveURL(new RegExp(`/posts/${post.id}$`));
  await expect(a.getByTestId('notification-count')).toHaveCount(0);
  await a.getByTestId('notification-bell').click();
  await expect(a.getByText('모두 읽었어요').filter({ visible: true })).toBeVisible();
  await expect(a.getByTestId('notification').first()).not.toContainText('안 읽음');
});
