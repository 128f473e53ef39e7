import { expect, test } from './support/test';
import { shot } from './support/shots';
import { logIn, newUserPage, signUp } from './support/users';

test('a neighbour writes a tagged post, finds it by tag; a second neighbour opens it, both see two readers, talk and a comment arrive', async ({ page, request, browser }, testInfo) => {
  // Two signed-in browsers through the whole life of a post, comments and a reply: longer than the default minute.
  test.setTimeout(120_000);
  const writer = await signUp(request, '글쓴이');
  await logIn(page, writer);
  const title = `분리수거 요일 질문 ${Date.now().toString(36)}`;
  const tag = `tag${Date.now().toString(36).slice(-5)}`;

  await page.getByRole('navigation', { name: '주요 메뉴' }).getByRole('link', { name: '동네생활' }).click();
  await expect(page.getByRole('heading', { name: '동네생활', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: '글쓰기' }).first().click();

  const form = page.getByRole('form', { name: '동네생활 글쓰기' });
  // The API's field errors land under their fields.
  await form.getByRole('button', { name: '글 올리기' }).click();
  await expect(form.getByText('제목을 입력해 주세요.').filter({ visible: true })).toBeVisible();
  await form.getByLabel('제목').fill(title);
  await form.getByLabel('카테고리').selectOption({ label: '동네질문' });
  await form.getByLabel('내용').fill('**플라스틱**은 언제 내놓나요? <script>alert(1)</script>');
  await form.getByLabel('태그').fill(`#${tag.toUpperCase()} 분리수거`);
  await shot(page, '80-community-new');
  await form.getByRole('button', { name: '글 올리기' }).click();

  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  // Markdown renders, raw HTML stays text.
  await expect(page.locator('article strong', { hasText: '플라스틱' })).toBeVisible();
  await expect(page.locator('article')).toContainText('<script>alert(1)</script>');
  await expect(page.getByRole('list', { name: '태그' })).toContainText(`#${tag}`);
  await expect(page.getByTestId('reader-count')).toHaveText('지금 보는 이웃 1명');
  const postUrl = page.url();

  await page.goto('/community');
  await expect(page.getByRole('list', { name: '동네생활 글' }).getByRole('link', { name: title })).toBeVisible();
  const search = page.getByRole('search', { name: '동네생활 검색' });
  await search.getByLabel('태그').fill(`#${tag}`);
  await search.getByRole('button', { name: '검색' }).click();
  await expect(page).toHaveURL(/tag=/);
  await expect(page.getByTestId('community-card')).toHaveCount(1);
  await expect(page.getByTestId('community-card')).toContainText(title);
  await shot(page, '81-community-tag-search');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();

  const reader = await signUp(request, '이웃');
  const readerPage = await newUserPage(browser, testInfo);
  await logIn(readerPage, reader);
  await readerPage.goto(postUrl);
  await expect(readerPage.getByRole('heading', { name: title })).toBeVisible();
  await expect(readerPage.getByTestId('view-count')).toHaveText('조회 2');

  // Both pages list both readers without reloading.
  await expect(page.getByTestId('reader-count')).toHaveText('지금 보는 이웃 2명');
  await expect(readerPage.getByTestId('reader-count')).toHaveText('지금 보는 이웃 2명');
  await expect(page.getByRole('list', { name: '지금 보는 이웃' })).toContainText(reader.username);

  await readerPage.getByLabel('실시간 이야기 보내기').fill('저도 궁금했어요');
  await readerPage.getByRole('button', { name: '보내기' }).click();
  await expect(page.getByRole('list', { name: '실시간 이야기' })).toContainText('저도 궁금했어요');

  await readerPage.getByLabel('댓글 쓰기').fill('플라스틱은 월요일이에요!');
  await readerPage.getByRole('button', { name: '댓글 달기' }).click();
  await expect(readerPage.getByRole('list', { name: '댓글 목록' })).toContainText('플라스틱은 월요일이에요!');
  await expect(readerPage.getByRole('button', { name: '댓글 삭제' })).toBeVisible();
  await shot(readerPage, '82-community-post');

  await page.reload();
  await expect(page.getByRole('list', { name: '댓글 목록' })).toContainText('플라스틱은 월요일이에요!');
  // Not the writer's comment: no edit or delete for them.
  await expect(page.getByRole('button', { name: '댓글 삭제' })).toHaveCount(0);
  await expect(page.getByTestId('view-count')).toHaveText('조회 2');

  // The writer replies under the reader's comment: it shows beneath it on the reader's open page
  // without a reload, and the reader's bell has the reply notice.
  await page.getByRole('button', { name: `${reader.username}님의 댓글에 답글 달기` }).click();
  await page.getByLabel(`${reader.username}님의 댓글에 답글 쓰기`).fill('알려 주셔서 고마워요');
  await page.getByRole('button', { name: '답글 달기', exact: true }).click();
  const replies = readerPage.getByRole('list', { name: `${reader.username}님의 댓글에 달린 답글` });
  await expect(replies).toContainText('알려 주셔서 고마워요');
  await expect(readerPage.getByRole('link', { name: '알림 1개 안 읽음' })).toBeVisible();
  await readerPage.getByTestId('notification-bell').click();
  await expect(readerPage.getByText(`${writer.username}님이 내 댓글에 답글을 남겼어요`).filter({ visible: true })).toBeVisible();

  // The reader leaving brings the count back to one, coming back makes it two again.
  await readerPage.goto('/community');
  await expect(page.getByTestId('reader-count')).toHaveText('지금 보는 이웃 1명');
  await readerPage.goto(postUrl);
  await expect(page.getByTestId('reader-count')).toHaveText('지금 보는 이웃 2명');

  // The writer deletes the post: the reader's open page says so without reloading.
  await page.getByRole('button', { name: '삭제', exact: true }).click();
  await page.getByRole('dialog', { name: '글을 삭제할까요?' }).getByRole('button', { name: '삭제' }).click();
  await expect(page).toHaveURL(/\/community$/);
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  await expect(readerPage.getByText('삭제되었거나 없는 글입니다.').filter({ visible: true })).toBeVisible();
  await readerPage.context().close();
});
