import { expect, test } from './support/test';
import { shot } from './support/shots';
import { logIn, newUserPage, signUp } from './support/users';

test('A adds B as a friend, they talk in a direct room with read receipts and presence, and A deletes a message', async ({ browser, request }, testInfo) => {
  test.setTimeout(120_000);
  const alice = await signUp(request, '가람');
  const bob = await signUp(request, '나래');
  const a = await newUserPage(browser, testInfo);
  const b = await newUserPage(browser, testInfo);
  await logIn(a, alice);
  await logIn(b, bob);

  // A finds the friends page under 내 정보 (the phone's tab bar) and adds B by email (B is online: their page is open).
  await a.getByRole('navigation', { name: '주요 메뉴' }).getByRole('link', { name: '내 정보' }).click();
  await a.getByRole('navigation', { name: '더 보기' }).getByRole('link', { name: /^친구/ }).click();
  await expect(a.getByRole('heading', { name: '친구', level: 1 })).toBeVisible();
  await expect(a.getByText('아직 친구가 없어요.').filter({ visible: true })).toBeVisible();
  await a.getByLabel('이메일 또는 닉네임').fill(bob.email);
  await a.getByRole('button', { name: '찾기' }).click();
  await expect(a.getByText(`${bob.username}님을 친구로 추가했어요.`).filter({ visible: true })).toBeVisible();
  const friend = a.getByTestId('friend-item').filter({ hasText: bob.username });
  await expect(friend).toBeVisible();
  await expect(friend.getByTestId('presence')).toContainText('접속 중');
  await expect(friend.getByTestId('presence')).toContainText('대화 가능');
  await expect(friend.getByTestId('mutual')).toHaveCount(0);
  await shot(a, '40-friends');

  // 메시지 opens the direct room; A writes before B has seen it.
  await friend.getByRole('button', { name: `${bob.username}에게 메시지` }).click();
  await expect(a).toHaveURL(/\/chat\/\d+$/);
  await expect(a.getByRole('heading', { name: bob.username })).toBeVisible();
  await expect(a.getByTestId('presence')).toContainText('접속 중');
  await a.getByRole('textbox', { name: '메시지' }).fill('안녕하세요, 주말에 풋살 같이 해요!');
  await a.getByRole('button', { name: '보내기' }).click();
  const mine = a.getByTestId('my-message').filter({ hasText: '주말에 풋살' });
  await expect(mine.getByTestId('read-receipt')).toHaveText('안 읽음');

  // B finds the room in the chat list under A's name, opens it and replies.
  await b.getByRole('navigation', { name: '주요 메뉴' }).getByRole('link', { name: '채팅' }).click();
  const room = b.getByTestId('room-item').filter({ hasText: alice.username });
  await expect(room).toContainText('주말에 풋살');
  await expect(room.getByTestId('unread-badge')).toContainText('1');
  await room.click();
  await expect(b.getByText('안녕하세요, 주말에 풋살 같이 해요!').filter({ visible: true })).toBeVisible();
  await b.getByRole('textbox', { name: '메시지' }).fill('좋아요! 토요일 어때요?');
  await b.getByRole('button', { name: '보내기' }).click();

  // A sees the reply and "읽음" on their message, live.
  await expect(a.getByTestId('their-message').filter({ hasText: '토요일 어때요?' })).toBeVisible();
  await expect(mine.getByTestId('read-receipt')).toHaveText('읽음');
  await shot(a, '41-direct-room');

  // A deletes their own message: both see the placeholder.
  await mine.getByRole('button', { name: /주말에 풋살/ }).click();
  await a.getByRole('button', { name: '메시지 삭제' }).click();
  await a.getByRole('dialog').getByRole('button', { name: '삭제' }).click();
  await expect(a.getByTestId('my-message').filter({ hasText: '삭제된 메시지입니다' })).toBeVisible();
  await expect(b.getByTestId('their-message').filter({ hasText: '삭제된 메시지입니다' })).toBeVisible();
  await expect(b.getByText('주말에 풋살')).toHaveCount(0);

  // B leaves: A's room header shows B offline with a last-seen time.
  await b.context().close();
  await expect(a.getByTestId('presence')).not.toContainText('접속 중', { timeout: 15_000 });
  await expect(a.getByTestId('presence')).toContainText('접속');
  await shot(a, '42-direct-room-offline');
});
