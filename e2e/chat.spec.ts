import { expect, test } from './support/test';
import { shot } from './support/shots';
import { logIn, newUserPage, signUp } from './support/users';

test('neighbours team up on a meal post and chat live until the owner removes one', async ({ browser, request }, testInfo) => {
  test.setTimeout(120_000);
  const alice = await signUp(request, '주문왕');
  const bob = await signUp(request, '배고픈');
  const a = await newUserPage(browser, testInfo);
  const b = await newUserPage(browser, testInfo);
  await logIn(a, alice);
  await logIn(b, bob);
  // A new neighbour has no rooms yet.
  await b.goto('/chat');
  await expect(b.getByText('참여한 채팅방이 없어요.').filter({ visible: true })).toBeVisible();

  // A writes a post (an empty submit first: the API's field errors show inline).
  await a.getByRole('navigation', { name: '주요 메뉴' }).getByRole('link', { name: '같이 주문' }).click();
  await expect(a.getByRole('heading', { name: '같이 주문', level: 1 })).toBeVisible();
  await a.getByRole('link', { name: '글쓰기' }).first().click();
  await expect(a).toHaveURL(/\/posts\/new$/);
  await a.getByRole('button', { name: '글 올리기' }).click();
  await expect(a.getByText('제목을 입력해 주세요.').filter({ visible: true })).toBeVisible();
  await expect(a.getByText('카테고리를 골라 주세요.', { exact: true }).filter({ visible: true })).toBeVisible();
  await shot(a, '18-post-form-errors');
  const title = `치킨 반반 같이 시켜요 ${Date.now().toString(36).slice(-3)}`;
  await a.getByLabel('제목').fill(title);
  await a.getByLabel('카테고리').selectOption('치킨');
  await a.getByLabel('모집 인원').selectOption('3');
  await a.getByLabel('내용').fill('7시에 용담 해안도로 편의점 앞에서 받아요.\n배달비는 n분의 1로 나눠요.');
  await a.getByRole('button', { name: '글 올리기' }).click();
  await expect(a).toHaveURL(/\/posts\/\d+$/);
  await expect(a.getByRole('heading', { name: title })).toBeVisible();
  await expect(a.getByTestId('head-count')).toContainText('1/3명');
  const postUrl = new URL(a.url()).pathname;

  // B finds it on the board (category filter included), opens it and joins.
  await b.goto('/posts');
  const card = b.getByRole('link', { name: new RegExp(title) });
  await expect(card).toBeVisible();
  await expect(card).toContainText('1/3명');
  await expect(card).toContainText('모집 중');
  await b.getByRole('navigation', { name: '카테고리' }).getByRole('link', { name: '치킨', exact: true }).click();
  await expect(b).toHaveURL(/category=/);
  await expect(b.getByRole('navigation', { name: '카테고리' }).getByRole('link', { name: '치킨', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(card).toBeVisible();
  await shot(b, '10-posts');
  await card.click();
  await expect(b).toHaveURL(postUrl);
  await b.getByRole('button', { name: '참여하기' }).click();
  await expect(b.getByText('참여했어요!').filter({ visible: true })).toBeVisible();
  await expect(b.getByTestId('head-count')).toContainText('2/3명');
  // A's open post page counts the new member live.
  await expect(a.getByTestId('head-count')).toContainText('2/3명');
  await shot(b, '11-post-detail');
  await shot(a, '12-post-detail-author');

  // B opens the chat; A finds the room in the chat list with an unread badge.
  await b.getByRole('link', { name: '채팅방 열기' }).click();
  await expect(b).toHaveURL(/\/chat\/\d+$/);
  await expect(b.getByRole('heading', { name: title })).toBeVisible();
  await expect(b.getByText(`${bob.username}님이 입장했습니다.`).filter({ visible: true })).toBeVisible();
  await a.getByRole('navigation', { name: '주요 메뉴' }).getByRole('link', { name: '채팅' }).click();
  const room = a.getByTestId('room-item').filter({ hasText: title });
  await expect(room).toBeVisible();
  await expect(room.getByTestId('unread-badge')).toContainText('1');
  await shot(a, '13-chat-list');
  // The list is live too: B's message moves into the preview and the badge counts it.
  await b.getByRole('textbox', { name: '메시지' }).fill('안녕하세요! 양념 반 후라이드 반 어때요?');
  await b.getByRole('button', { name: '보내기' }).click();
  await expect(room).toContainText('양념 반 후라이드 반');
  await expect(room.getByTestId('unread-badge')).toContainText('2');
  await room.click();
  await expect(a).toHaveURL(/\/chat\/\d+$/);
  await expect(a.getByText('안녕하세요! 양념 반 후라이드 반 어때요?').filter({ visible: true })).toBeVisible();

  // They talk; each sees the other's message live.
  await a.getByRole('textbox', { name: '메시지' }).fill('좋아요! 제가 7시에 주문할게요.');
  await a.getByRole('textbox', { name: '메시지' }).press('Enter');
  await expect(a.getByTestId('my-message').filter({ hasText: '제가 7시에 주문할게요' })).toBeVisible();
  await expect(b.getByTestId('their-message').filter({ hasText: '제가 7시에 주문할게요' })).toBeVisible();
  await b.getByRole('textbox', { name: '메시지' }).fill('네 감사합니다');
  await b.getByRole('textbox', { name: '메시지' }).press('Enter');
  await expect(a.getByTestId('their-message').filter({ hasText: '네 감사합니다' })).toBeVisible();
  await expect(a.getByTestId('pending-message')).toHaveCount(0);

  // B types; A sees the typing indicator.
  await b.getByRole('textbox', { name: '메시지' }).pressSequentially('콜라도 ', { delay: 30 });
  await expect(a.getByTestId('typing-indicator')).toHaveText(`${bob.username}님이 입력 중…`);
  await shot(a, '14-chat-room');
  await shot(b, '15-chat-room-member');

  // A opens the member panel and removes B; B's screen says so.
  await a.getByRole('button', { name: '멤버' }).click();
  const panel = a.getByRole('dialog', { name: /^멤버 \d/ });
  await expect(panel.getByRole('heading')).toHaveText('멤버 2/3명');
  await expect(panel.getByTestId('member')).toHaveCount(2);
  await shot(a, '16-member-panel');
  await panel.getByRole('button', { name: `${bob.username}님 내보내기` }).click();
  const confirm = a.getByRole('dialog', { name: `${bob.username}님을 내보낼까요?` });
  await confirm.getByRole('button', { name: '내보내기' }).click();
  await expect(panel.getByTestId('member')).toHaveCount(1);
  await expect(panel.getByRole('heading')).toHaveText('멤버 1/3명');
  await expect(b.getByRole('heading', { name: '방장이 나를 내보냈습니다' })).toBeVisible();
  await shot(b, '17-chat-banned');
  await panel.getByRole('button', { name: '닫기' }).click();
  await expect(a.getByText(`${bob.username}님이 내보내졌습니다.`).filter({ visible: true })).toBeVisible();
  // Everything A was shown is read: the chat list has no badge.
  await a.getByRole('link', { name: '채팅 목록으로' }).click();
  await expect(a.getByTestId('room-item').filter({ hasText: title })).toBeVisible();
  await expect(a.getByTestId('unread-badge')).toHaveCount(0);

  // B can't come back in.
  await b.goto(postUrl);
  await expect(b.getByTestId('head-count')).toContainText('1/3명');
  // Sent out, B sees why instead of an active 참여하기 (which would only fail).
  await expect(b.getByRole('button', { name: '참여하기' })).toHaveCount(0);
  await expect(b.getByRole('button', { name: '참여할 수 없어요' })).toBeDisabled();
  await expect(b.getByText('이 모임에서 내보내져 다시 참여할 수 없어요.').filter({ visible: true })).toBeVisible();

  await a.context().close();
  await b.context().close();
});

test('the author edits, completes, reopens and deletes a post', async ({ browser, request }, testInfo) => {
  const alice = await signUp(request, '글쓴이');
  const neighbours = [await signUp(request, '이웃'), await signUp(request, '옆집')];
  const token = async (u: { email: string; password: string }) =>
    (await (await request.post('/api/tokens', { data: { email: u.email, password: u.password } })).json()).accessToken as string;
  const aliceToken = await token(alice);
  const created = await request.post('/api/posts', {
    headers: { authorization: `Bearer ${aliceToken}` },
    data: { title: '떡볶이 같이 드실 분', category: '분식', targetNumber: 4, content: '엽기떡볶이 오리지널' },
  });
  expect(created.status()).toBe(201);
  const post = await created.json();
  for (const neighbour of neighbours) {
    const joined = await request.post(`/api/chat/rooms/${post.chatRoomId}/members`, { headers: { authorization: `Bearer ${await token(neighbour)}` } });
    expect(joined.status()).toBe(201);
  }

  const a = await newUserPage(browser, testInfo);
  await logIn(a, alice);
  await a.goto(`/posts/${post.id}`);
  await expect(a.getByTestId('head-count')).toContainText('3/4명');

  // Below the people already in: the API's 409 shows under the field.
  await a.getByRole('link', { name: '수정', exact: true }).click();
  await expect(a.getByRole('heading', { name: '글 수정' })).toBeVisible();
  await expect(a.getByLabel('제목')).toHaveValue('떡볶이 같이 드실 분');
  await a.getByLabel('모집 인원').selectOption('2');
  await a.getByRole('button', { name: '수정 완료' }).click();
  await expect(a.getByText('모집 인원은 지금 참여한 인원보다 적을 수 없습니다.').filter({ visible: true })).toBeVisible();
  await a.getByLabel('모집 인원').selectOption('5');
  await a.getByLabel('제목').fill('떡볶이 같이 드실 분 (5명)');
  await a.getByRole('button', { name: '수정 완료' }).click();
  await expect(a).toHaveURL(`/posts/${post.id}`);
  await expect(a.getByRole('heading', { name: '떡볶이 같이 드실 분 (5명)' })).toBeVisible();
  await expect(a.getByTestId('head-count')).toContainText('3/5명');

  await a.getByRole('button', { name: '모집 완료' }).click();
  await expect(a.getByText('모집이 끝났어요. 새로 참여할 수 없습니다.').filter({ visible: true })).toBeVisible();
  await a.getByRole('button', { name: '다시 모집' }).click();
  await expect(a.getByRole('button', { name: '모집 완료' })).toBeVisible();

  // A neighbour has the board open: the deletion reaches it live (post:deleted).
  const b = await newUserPage(browser, testInfo);
  await logIn(b, neighbours[0]!);
  await b.goto('/posts');
  await expect(b.getByRole('link', { name: /떡볶이 같이 드실 분/ })).toBeVisible();

  await a.getByRole('button', { name: '삭제', exact: true }).click();
  const dialog = a.getByRole('dialog', { name: '글을 삭제할까요?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '삭제' }).click();
  await expect(a).toHaveURL('/posts');
  await expect(a.getByRole('heading', { name: '같이 주문', level: 1 })).toBeVisible();
  await expect(a.getByRole('link', { name: /떡볶이 같이 드실 분/ })).toHaveCount(0);
  expect((await request.get(`/api/posts/${post.id}`, { headers: { authorization: `Bearer ${aliceToken}` } })).status()).toBe(404);
  await expect(b.getByRole('link', { name: /떡볶이 같이 드실 분/ })).toHaveCount(0);
  await a.context().close();
  await b.context().close();
});

test('a send without an answer is retried with the same clientId; a reconnect brings what was missed', async ({ browser, request }, testInfo) => {
  const alice = await signUp(request, '재전송');
  const tokens = await (await request.post('/api/tokens', { data: { email: alice.email, password: alice.password } })).json();
  const auth = { authorization: `Bearer ${tokens.accessToken}` };
  const post = await (
    await request.post('/api/posts', { headers: auth, data: { title: '피자 반판씩', category: '피자', targetNumber: 2, content: '콤비네이션' } })
  ).json();

  const a = await newUserPage(browser, testInfo);
  // While `drop` is on, the server stores the message but its answers (the ack and the
  // broadcast) never reach the page: the retry must not store it twice.
  let drop: string | null = null;
  let closeConnection = async () => {};
  await a.routeWebSocket(/\/socket\.io\//, (ws) => {
    const server = ws.connectToServer();
    server.onMessage((message) => {
      if (drop && typeof message === 'string' && message.includes(drop)) return;
      ws.send(message);
    });
    closeConnection = async () => {
      await ws.close();
      await server.close();
    };
  });
  await logIn(a, alice);
  await a.goto(`/chat/${post.chatRoomId}`);
  await expect(a.getByRole('heading', { name: '피자 반판씩' })).toBeVisible();
  // Over HTTP (while the socket still dials) nothing would be dropped: send once it is up.
  await expect(a.locator('[data-connection="connected"]')).toHaveCount(1);

  drop = '반반 주문할게요';
  await a.getByRole('textbox', { name: '메시지' }).fill('반반 주문할게요');
  await a.getByRole('textbox', { name: '메시지' }).press('Enter');
  const pending = a.getByTestId('pending-message');
  await expect(pending).toHaveAttribute('data-status', 'sending');
  await expect(pending.getByText('보내는 중…').filter({ visible: true })).toBeVisible();
  await expect(pending).toHaveAttribute('data-status', 'failed', { timeout: 15_000 });
  await shot(a, '19-chat-send-failed');
  const stored = async () =>
    ((await (await request.get(`/api/chat/rooms/${post.chatRoomId}/messages`, { headers: auth })).json()).items as any[]).filter(
      (m) => m.body === '반반 주문할게요',
    );
  expect(await stored()).toHaveLength(1);

  drop = null;
  await pending.getByRole('button', { name: '다시 보내기' }).click();
  await expect(a.getByTestId('my-message').filter({ hasText: '반반 주문할게요' })).toBeVisible();
  await expect(a.getByTestId('pending-message')).toHaveCount(0);
  expect(await stored()).toHaveLength(1);

  // A neighbour joins and writes while the page hears nothing; after the connection drops and
  // comes back, the page catches up.
  const bob = await signUp(request, '늦은이웃');
  const bobAuth = {
    authorization: `Bearer ${(await (await request.post('/api/tokens', { data: { email: bob.email, password: bob.password } })).json()).accessToken}`,
  };
  expect((await request.post(`/api/chat/rooms/${post.chatRoomId}/members`, { headers: bobAuth })).status()).toBe(201);
  await expect(a.getByText(`${bob.username}님이 입장했습니다.`).filter({ visible: true })).toBeVisible();
  drop = '놓친 메시지';
  const sent = await request.post(`/api/chat/rooms/${post.chatRoomId}/messages`, {
    headers: bobAuth,
    data: { body: '놓친 메시지: 저는 페퍼로니요', clientId: 'e2e-missed-1' },
  });
  expect(sent.status()).toBe(201);
  // Bob also reacts to a message already on screen, and that broadcast is dropped too.
  const mine = (await stored())[0];
  drop = 'message:reactions';
  expect((await request.put(`/api/chat/messages/${mine.id}/reactions/${encodeURIComponent('👍')}`, { headers: bobAuth })).status()).toBe(200);
  // The live copies are dropped and the server replays nothing: the reconnect's rejoin (afterId)
  // brings the new message, and its resync of the newest page the reaction.
  await closeConnection();
  drop = null;
  await expect(a.getByTestId('their-message').filter({ hasText: '놓친 메시지' })).toHaveCount(1);
  await expect(a.getByTestId('my-message').filter({ hasText: '반반 주문할게요' }).getByTestId('reaction')).toHaveText(/👍\s*1/);
  await a.context().close();
});

test('older messages load above the newest page, keeping the place', async ({ browser, request }, testInfo) => {
  const alice = await signUp(request, '수다쟁이');
  const tokens = await (await request.post('/api/tokens', { data: { email: alice.email, password: alice.password } })).json();
  const auth = { authorization: `Bearer ${tokens.accessToken}` };
  const post = await (
    await request.post('/api/posts', { headers: auth, data: { title: '도시락 단체 주문', category: '도시락', targetNumber: 10, content: '점심' } })
  ).json();
  for (let i = 1; i <= 60; i++) {
    const res = await request.post(`/api/chat/rooms/${post.chatRoomId}/messages`, {
      headers: auth,
      data: { body: `지난 이야기 ${String(i).padStart(2, '0')}` },
    });
    expect(res.ok()).toBe(true);
  }

  const a = await newUserPage(browser, testInfo);
  await logIn(a, alice);
  await a.goto(`/chat/${post.chatRoomId}`);
  const log = a.getByRole('log', { name: '대화 내용' });
  await expect(log.getByText('지난 이야기 60')).toBeInViewport();
  await expect(log.getByText('지난 이야기 05')).toHaveCount(0);
  // Scrolling to the top loads the older page (the 이전 메시지 보기 button does the same).
  await a.getByTestId('message-scroller').evaluate((el) => el.scrollTo({ top: 0 }));
  await expect(log.getByText('지난 이야기 05')).toHaveCount(1);
  // What was at the top stays on screen; the older page sits above it.
  await expect(log.getByText('지난 이야기 11')).toBeInViewport();
  await expect(log.getByText('지난 이야기 01')).not.toBeInViewport();
  await expect(a.getByText('대화의 처음이에요')).toBeAttached();
  await expect(a.getByTestId('system-message').filter({ hasText: '방을 만들었습니다' })).toHaveCount(1);
  // Each message once, in order.
  const bodies = await a.getByTestId('my-message').getByTestId('message-body').allInnerTexts();
  expect(bodies.map((b) => b.replace(/^나:\s*/, ''))).toEqual(Array.from({ length: 60 }, (_, i) => `지난 이야기 ${String(i + 1).padStart(2, '0')}`));
  await a.context().close();
});
