import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { communityComments, communityPosts, communityPostViews, communityTags, users } from '@/db/schema';
import { DELETED_USERNAME } from '@/lib/accounts/user-ref';
import { seoulInstant } from '@/lib/core/seoul-time';
import { communityInput, createCommunityPost } from '@/tests/support/community';
import { CHEONGUN, createUser } from '@/tests/support/factories';
import { addComment, createPost, DAILY_POST_LIMIT, deleteComment, deletePost, updateComment, updatePost } from './mutations';
import { listNotifications } from '@/lib/notifications/queries';
import { getPost, listComments, listPosts, viewPost } from './queries';

const JEJU_OTHER_DONG = '5011059000'; // 제주시, not 용담2동
const list = (viewer: Parameters<typeof listPosts>[1], q: Partial<Parameters<typeof listPosts>[2]> = {}) =>
  listPosts(getDb(), viewer, { scope: 'dong', page: 1, size: 10, ...q });

describe('community tags', () => {
  it('normalises (trim, no #, no spaces, lower case), merges duplicates and shares one row per name', async () => {
    const author = await createUser();
    const post = await createCommunityPost(author, { tags: ['  #Jeju ', 'jeju', '##맛집 추천', '', '#'] });
    expect(post.tags).toEqual(['jeju', '맛집추천']);
    const other = await createCommunityPost(author, { tags: ['JEJU'] });
    expect(other.tags).toEqual(['jeju']);
    expect((await getDb().select({ n: count() }).from(communityTags))[0]!.n).toBe(2);
  });

  it('allows five tags of at most 20 characters', async () => {
    const author = await createUser();
    await expect(createCommunityPost(author, { tags: ['a', 'b', 'c', 'd', 'e', 'f'] })).rejects.toMatchObject({
      code: 'invalid', extra: { fields: { tags: [expect.stringContaining('5개')] } },
    });
    await expect(createCommunityPost(author, { tags: ['x'.repeat(21)] })).rejects.toMatchObject({ code: 'invalid' });
    // Six written, five after merging duplicates: fine.
    const post = await createCommunityPost(author, { tags: ['a', 'A', 'b', 'c', 'd', '#e'] });
    expect(post.tags).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect((await createCommunityPost(author, { tags: ['#' + 'y'.repeat(20)] })).tags).toEqual(['y'.repeat(20)]);
    expect((await getDb().select({ n: count() }).from(communityPosts))[0]!.n).toBe(2);
  });

  it('creates each new tag once when posts race to add it (PostgreSQL)', async () => {
    const authors = await Promise.all(Array.from({ length: 6 }, () => createUser()));
    const posts = await Promise.all(authors.map((a, i) => createCommunityPost(a, { tags: i % 2 ? ['새태그', '같이'] : ['같이', '새태그', `혼자${i}`] })));
    expect(posts.every((p) => p.tags.includes('같이') && p.tags.includes('새태그'))).toBe(true);
    expect((await getDb().select({ n: count() }).from(communityTags))[0]!.n).toBe(5);
  });

  it('replaces the tag set on edit', async () => {
    const author = await createUser();
    const post = await createCommunityPost(author, { tags: ['one', 'two'] });
    expect((await updatePost(getDb(), author, post.id, { tags: ['two', 'three'] })).tags).toEqual(['three', 'two']);
    expect((await updatePost(getDb(), author, post.id, { title: '제목만' })).tags).toEqual(['three', 'two']);
    expect((await updatePost(getDb(), author, post.id, { tags: [] })).tags).toEqual([]);
  });
});

describe('community posts', () => {
  it('lists the dong (or 시군구), newest first, filtered by category and tag, paginated', async () => {
    const me = await createUser();
    const near = await createUser({ neighbourhoodCode: JEJU_OTHER_DONG });
    const seoul = await createUser({ neighbourhoodCode: CHEONGUN });
    const a = await createCommunityPost(me, { title: '첫 글', category: 'question', tags: ['버스'] });
    const b = await createCommunityPost(me, { title: '둘째', category: 'food', tags: ['국수', '버스'] });
    const c = await createCommunityPost(near, { title: '옆 동네' });
    await createCommunityPost(seoul, { title: '서울' });

    expect((await list(me)).items.map((p) => p.id)).toEqual([b.id, a.id]);
    expect((await list(me, { scope: 'sigungu' })).items.map((p) => p.id)).toEqual([c.id, b.id, a.id]);
    expect((await list(me, { category: 'food' })).items.map((p) => p.id)).toEqual([b.id]);
    expect((await list(me, { tag: '버스' })).items.map((p) => p.id)).toEqual([b.id, a.id]);
    expect((await list(me, { tag: '국수', category: 'question' })).items).toEqual([]);
    const paged = await list(me, { scope: 'sigungu', page: 2, size: 2 });
    expect(paged.items.map((p) => p.id)).toEqual([a.id]);
    expect(paged.page).toEqual({ current: 2, size: 2, total: 3, totalPages: 2, range: [1, 2], prev: 1, next: null });
  });

  it('q searches title, content, category label and tags; LIKE wildcards are literal', async () => {
    const me = await createUser();
    const title = await createCommunityPost(me, { title: '고양이를 찾습니다', category: 'lost', content: '흰색 고양이', tags: [] });
    const content = await createCommunityPost(me, { title: '질문', category: 'question', content: '분리수거 요일이 언제예요?', tags: [] });
    const tagged = await createCommunityPost(me, { title: '점심', category: 'daily', content: '좋은 하루', tags: ['고기국수'] });
    const food = await createCommunityPost(me, { title: '추천', category: 'food', content: '100% 만족', tags: [] });
    const ids = async (q: string) => (await list(me, { q })).items.map((p) => p.id);
    expect(await ids('고양이')).toEqual([title.id]);
    expect(await ids('분리수거')).toEqual([content.id]);
    expect(await ids('국수')).toEqual([tagged.id]);
    expect(await ids('#고기')).toEqual([tagged.id]);
    expect(await ids('맛집')).toEqual([food.id]);
    expect(await ids('분실')).toEqual([title.id]);
    expect(await ids('food')).toEqual([food.id]);
    expect(await ids('100%')).toEqual([food.id]);
    expect(await ids('%')).toEqual([food.id]);
    expect(await ids('없는말')).toEqual([]);
  });

  it('only the author edits or deletes (forbidden), unknown posts are not found', async () => {
    const author = await createUser();
    const other = await createUser();
    const post = await createCommunityPost(author);
    await expect(updatePost(getDb(), other, post.id, { title: '남의 글' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(deletePost(getDb(), other, post.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(updatePost(getDb(), author, 999_999, { title: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    expect((await getPost(getDb(), post.id)).title).toBe(post.title);
    const updated = await updatePost(getDb(), author, post.id, { title: '고친 제목', category: 'info' });
    expect(updated).toMatchObject({ title: '고친 제목', category: 'info' });
    await addComment(getDb(), other, post.id, { content: '좋아요' });
    await viewPost(getDb(), post.id, other.id);
    await deletePost(getDb(), author, post.id);
    await expect(getPost(getDb(), post.id)).rejects.toMatchObject({ code: 'not_found' });
    expect((await getDb().select({ n: count() }).from(communityComments))[0]!.n).toBe(0);
    expect((await getDb().select({ n: count() }).from(communityPostViews))[0]!.n).toBe(0);
  });

  it(`allows ${DAILY_POST_LIMIT} posts per Seoul day, then rate-limits until Seoul midnight`, async () => {
    const author = await createUser();
    // 23:30 in Seoul on 3 March: the day ends in 30 minutes.
    const late = new Date(seoulInstant('2026-03-03', 23).getTime() + 30 * 60_000);
    const db = getDb();
    // Yesterday's posts don't count.
    await createPost(db, author, communityInput(), () => seoulInstant('2026-03-02', 23));
    for (let i = 0; i < DAILY_POST_LIMIT; i++) await createPost(db, author, communityInput({ title: `글 ${i}` }), () => late);
    await expect(createPost(db, author, communityInput(), () => late)).rejects.toMatchObject({
      code: 'rate_limited', extra: { retryAfterSeconds: 30 * 60 },
    });
    // Someone else is not affected, and the next Seoul day starts fresh.
    await createPost(db, await createUser(), communityInput(), () => late);
    await createPost(db, author, communityInput(), () => seoulInstant('2026-03-04', 0));
  });

  it('holds the daily limit under concurrent writes (PostgreSQL)', async () => {
    const author = await createUser();
    const db = getDb();
    for (let i = 0; i < DAILY_POST_LIMIT - 3; i++) await createPost(db, author, communityInput());
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => createPost(db, author, communityInput())));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    const [row] = await db.select({ n: count() }).from(communityPosts).where(eq(communityPosts.authorId, author.id));
    expect(row!.n).toBe(DAILY_POST_LIMIT);
  });

  it('shows a deleted author as 탈퇴한 사용자', async () => {
    const author = await createUser();
    const post = await createCommunityPost(author);
    await addComment(getDb(), author, post.id, { content: '제가 썼어요' });
    await getDb().update(users).set({ isActive: false }).where(eq(users.id, author.id));
    expect((await getPost(getDb(), post.id)).author).toEqual({ id: author.id, username: DELETED_USERNAME, isDeleted: true, avatarUrl: null });
    expect((await listComments(getDb(), post.id, { page: 1, size: 50 })).items[0]!.author.username).toBe(DELETED_USERNAME);
  });
});

describe('community views', () => {
  it('counts one view per signed-in user, none for anonymous readers', async () => {
    const author = await createUser();
    const reader = await createUser();
    const post = await createCommunityPost(author);
    expect((await viewPost(getDb(), post.id, null)).viewCount).toBe(0);
    expect((await viewPost(getDb(), post.id, reader.id)).viewCount).toBe(1);
    expect((await viewPost(getDb(), post.id, reader.id)).viewCount).toBe(1);
    expect((await viewPost(getDb(), post.id, author.id)).viewCount).toBe(2);
    await expect(viewPost(getDb(), 999_999, reader.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('counts one user once even when their views race (PostgreSQL)', async () => {
    const post = await createCommunityPost(await createUser());
    const reader = await createUser();
    const second = await createUser();
    await Promise.all([
      ...Array.from({ length: 20 }, () => viewPost(getDb(), post.id, reader.id)),
      ...Array.from({ length: 5 }, () => viewPost(getDb(), post.id, second.id)),
    ]);
    expect((await getPost(getDb(), post.id)).viewCount).toBe(2);
  });
});

describe('community comments', () => {
  it('keeps the post’s comment count, oldest first, author-only edit and delete', async () => {
    const author = await createUser();
    const neighbour = await createUser();
    const post = await createCommunityPost(author);
    const first = await addComment(getDb(), neighbour, post.id, { content: '  저도 가 봤어요  ' });
    const second = await addComment(getDb(), author, post.id, { content: '감사합니다' });
    expect(first.content).toBe('저도 가 봤어요');
    expect((await getPost(getDb(), post.id)).commentCount).toBe(2);
    const page = await listComments(getDb(), post.id, { page: 1, size: 50 });
    expect(page.items.map((c) => c.id)).toEqual([first.id, second.id]);
    expect(page.page.total).toBe(2);

    await expect(updateComment(getDb(), author, first.id, { content: '남의 댓글' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(deleteComment(getDb(), author, first.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(deleteComment(getDb(), author, 999_999)).rejects.toMatchObject({ code: 'not_found' });
    expect((await updateComment(getDb(), neighbour, first.id, { content: '고쳤어요' })).content).toBe('고쳤어요');
    await deleteComment(getDb(), neighbour, first.id);
    expect((await getPost(getDb(), post.id)).commentCount).toBe(1);
    await expect(addComment(getDb(), author, 999_999, { content: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(addComment(getDb(), author, post.id, { content: '   ' })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('counts concurrent comments exactly (PostgreSQL)', async () => {
    const post = await createCommunityPost(await createUser());
    const people = await Promise.all(Array.from({ length: 5 }, () => createUser()));
    const comments = await Promise.all(people.flatMap((p) => [1, 2].map((i) => addComment(getDb(), p, post.id, { content: `댓글 ${i}` }))));
    await Promise.all(comments.slice(0, 4).map((c) => deleteComment(getDb(), people.find((p) => p.id === c.author.id)!, c.id)));
    expect((await getPost(getDb(), post.id)).commentCount).toBe(6);
  });

  it('replies one level deep under their comment, threads in order, and a comment takes its replies with it', async () => {
    const [author, neighbour, replier] = [await createUser(), await createUser(), await createUser()];
    const post = await createCommunityPost(author);
    const other = await createCommunityPost(author);
    const first = await addComment(getDb(), neighbour, post.id, { content: '첫 댓글' });
    const second = await addComment(getDb(), replier, post.id, { content: '둘째 댓글' });
    const reply = await addComment(getDb(), replier, post.id, { content: '첫 댓글에 답글', parentId: first.id });
    const reply2 = await addComment(getDb(), author, post.id, { content: '저도 답글', parentId: first.id });
    expect(reply.parentId).toBe(first.id);
    expect(second.parentId).toBeNull();
    const page = await listComments(getDb(), post.id, { page: 1, size: 50 });
    expect(page.items.map((c) => c.id)).toEqual([first.id, reply.id, reply2.id, second.id]);
    expect(page.page.total).toBe(4);

    // One level: no reply to a reply; the parent must be a comment of the same post.
    await expect(addComment(getDb(), neighbour, post.id, { content: 'x', parentId: reply.id })).rejects.toMatchObject({ code: 'invalid', extra: { fields: { parentId: [expect.stringContaining('답글에는')] } } });
    await expect(addComment(getDb(), neighbour, other.id, { content: 'x', parentId: first.id })).rejects.toMatchObject({ code: 'invalid', extra: { fields: { parentId: expect.any(Array) } } });
    await expect(addComment(getDb(), neighbour, post.id, { content: 'x', parentId: 999_999 })).rejects.toMatchObject({ code: 'invalid' });
    expect((await getPost(getDb(), post.id)).commentCount).toBe(4);

    // Deleting a reply leaves its comment; deleting the comment takes the other reply and the count with it.
    await deleteComment(getDb(), replier, reply.id);
    await deleteComment(getDb(), neighbour, first.id);
    expect((await listComments(getDb(), post.id, { page: 1, size: 50 })).items.map((c) => c.id)).toEqual([second.id]);
    expect((await getPost(getDb(), post.id)).commentCount).toBe(1);
  });

  it('notifies the parent comment’s author of a reply and the post’s author of a comment, never oneself', async () => {
    const [author, neighbour] = [await createUser(), await createUser()];
    const replier = await createUser({ username: '답글러' });
    const post = await createCommunityPost(author);
    const types = async (userId: number) => (await listNotifications(getDb(), userId, { page: 1, size: 10 })).items.map((n) => [n.type, n.title]);
    const comment = await addComment(getDb(), neighbour, post.id, { content: '질문 있어요' });
    await addComment(getDb(), replier, post.id, { content: '제가 알아요', parentId: comment.id });
    expect(await types(neighbour.id)).toEqual([['community_reply', '답글러님이 내 댓글에 답글을 남겼어요']]);
    expect(await types(author.id)).toEqual([['community_comment', '답글러님이 댓글을 남겼어요'], ['community_comment', expect.any(String)]]);
    // A reply to the post author's own comment: one notice (the reply), not two.
    const mine = await addComment(getDb(), author, post.id, { content: '글쓴이 댓글' });
    await addComment(getDb(), neighbour, post.id, { content: '답글', parentId: mine.id });
    expect((await types(author.id)).map(([type]) => type)).toEqual(['community_reply', 'community_comment', 'community_comment']);
    // Replying under my own comment tells the post's author, not me.
    await addComment(getDb(), neighbour, post.id, { content: '덧붙여요', parentId: comment.id });
    expect(await types(author.id)).toHaveLength(4);
    expect(await types(neighbour.id)).toHaveLength(1);
  });

  it('counts replies racing the deletion of their comment exactly (PostgreSQL)', async () => {
    const post = await createCommunityPost(await createUser());
    const owner = await createUser();
    const people = await Promise.all(Array.from({ length: 5 }, () => createUser()));
    const comment = await addComment(getDb(), owner, post.id, { content: '곧 지울 댓글' });
    await Promise.allSettled([...people.map((p) => addComment(getDb(), p, post.id, { content: '답글', parentId: comment.id })), deleteComment(getDb(), owner, comment.id)]);
    const [row] = await getDb().select({ n: count() }).from(communityComments).where(eq(communityComments.postId, post.id));
    expect((await getPost(getDb(), post.id)).commentCount).toBe(row!.n);
  });
});
