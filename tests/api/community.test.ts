import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as commentRoute from '@/app/api/community/comments/[id]/route';
import * as postsRoute from '@/app/api/community/posts/route';
import * as postRoute from '@/app/api/community/posts/[id]/route';
import * as commentsRoute from '@/app/api/community/posts/[id]/comments/route';
import { DAILY_POST_LIMIT } from '@/lib/community/mutations';
import { apiDocument } from '@/app/openapi';
import { createCommunityPost } from '../support/community';
import { bearerFor, cookieFor, createUser } from '../support/factories';
import { call, expectProblem } from '../support/http';

const body = { title: '용담동 분리수거 요일 아시는 분?', category: 'question', content: '**플라스틱**은 언제 내놓나요?', tags: ['#분리수거', '생활'] };
const create = async (headers: Record<string, string>, over: object = {}) =>
  call(postsRoute.POST, { method: 'POST', path: '/api/community/posts', headers, unchecked: { ...body, ...over } });

describe('/api/community/posts', () => {
  it('creates (201) with the response shape of DESIGN.md, lists and finds it by tag and q', async () => {
    const author = await createUser();
    const headers = await bearerFor(author);
    const res = await create(headers);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(Number), title: body.title, category: 'question', content: body.content, tags: ['분리수거', '생활'],
      viewCount: 0, commentCount: 0, author: { id: author.id, username: author.username, isDeleted: false, avatarUrl: null },
      neighbourhood: { code: author.neighbourhoodCode, sido: '제주특별자치도', sigungu: '제주시', dong: '용담2동' },
      hiddenAt: null, createdAt: expect.any(String), updatedAt: expect.any(String),
    });
    for (const path of ['/api/community/posts', '/api/community/posts?tag=%23분리수거', '/api/community/posts?q=플라스틱', '/api/community/posts?q=동네질문&category=question']) {
      const list = await call(postsRoute.GET, { path, headers });
      expect(list.status).toBe(200);
      expect(list.body.items.map((p: { id: number }) => p.id)).toEqual([res.body.id]);
      expect(list.body.page).toEqual({ current: 1, size: 10, total: 1, totalPages: 1, range: [1], prev: null, next: null });
    }
    expect((await call(postsRoute.GET, { path: '/api/community/posts?tag=없는태그', headers })).body.items).toEqual([]);
  });

  it('401 anonymous writes and lists, 400 with field errors, problem+json', async () => {
    const author = await createUser();
    const headers = await bearerFor(author);
    expectProblem(await call(postsRoute.GET, { path: '/api/community/posts' }), 401);
    expectProblem(await call(postsRoute.POST, { method: 'POST', path: '/api/community/posts', unchecked: body }), 401);
    const bad = await create(headers, { title: '', category: '일상', content: 'x'.repeat(5001), tags: ['a', 'b', 'c', 'd', 'e', 'f'] });
    expect(Object.keys(expectProblem(bad, 400).errors!).sort()).toEqual(['category', 'content', 'tags', 'title']);
    expectProblem(await create(headers, { tags: ['x'.repeat(21)] }), 400);
    expectProblem(await create(headers, { tags: 'a,b' }), 400);
    expectProblem(await call(postsRoute.GET, { path: '/api/community/posts?category=daily2', headers }), 400);
    expectProblem(await call(postsRoute.GET, { path: '/api/community/posts?page=0', headers }), 400);
    expectProblem(await call(postRoute.GET, { params: { id: 'x' } }), 400);
    expectProblem(await call(postRoute.GET, { params: { id: '424242' } }), 404);
  });

  it('counts a signed-in reader once, an anonymous reader never', async () => {
    const post = await createCommunityPost(await createUser());
    const params = { id: String(post.id) };
    expect((await call(postRoute.GET, { params })).body.viewCount).toBe(0);
    const reader = await bearerFor(await createUser());
    expect((await call(postRoute.GET, { params, headers: reader })).body.viewCount).toBe(1);
    expect((await call(postRoute.GET, { params, headers: reader })).body.viewCount).toBe(1);
  });

  it('lets only the author edit (200) or delete (204); others 403, CSRF-less cookie writes 403', async () => {
    const author = await createUser();
    const post = await createCommunityPost(author);
    const params = { id: String(post.id) };
    const them = await bearerFor(await createUser());
    expectProblem(await call(postRoute.PATCH, { method: 'PATCH', headers: them, params, body: { title: '뺏기' } }), 403);
    expectProblem(await call(postRoute.DELETE, { method: 'DELETE', headers: them, params }), 403);
    const { origin: _origin, ...crossSite } = await cookieFor(author);
    expectProblem(await call(postRoute.PATCH, { method: 'PATCH', headers: { ...crossSite, origin: 'https://evil.example' }, params, body: { title: 'x' } }), 403);
    const mine = await cookieFor(author);
    expectProblem(await call(postRoute.PATCH, { method: 'PATCH', headers: mine, params, unchecked: { authorId: 1 } }), 400);
    const edited = await call(postRoute.PATCH, { method: 'PATCH', headers: mine, params, body: { content: '고쳤어요', tags: ['새태그'] } });
    expect(edited.body).toMatchObject({ content: '고쳤어요', tags: ['새태그'] });
    const deleted = await call(postRoute.DELETE, { method: 'DELETE', headers: mine, params });
    expect(deleted.status).toBe(204);
    expectProblem(await call(postRoute.GET, { params }), 404);
    expectProblem(await call(postRoute.DELETE, { method: 'DELETE', headers: mine, params }), 404);
  });

  it(`answers 429 with Retry-After after ${DAILY_POST_LIMIT} posts in a Seoul day`, async () => {
    const author = await createUser();
    const headers = await bearerFor(author);
    for (let i = 0; i < DAILY_POST_LIMIT; i++) expect((await create(headers)).status).toBe(201);
    const limited = await create(headers);
    expect(expectProblem(limited, 429).detail).toContain('하루에 20개');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('documents every community route in the OpenAPI document', () => {
    const paths = apiDocument().paths;
    expect(Object.keys(paths['/api/community/posts']!).sort()).toEqual(['get', 'post']);
    expect(Object.keys(paths['/api/community/posts/{id}']!).sort()).toEqual(['delete', 'get', 'patch']);
    expect(Object.keys(paths['/api/community/posts/{id}/comments']!).sort()).toEqual(['get', 'post']);
    expect(Object.keys(paths['/api/community/comments/{id}']!).sort()).toEqual(['delete', 'patch']);
  });
});

describe('/api/community comments', () => {
  it('posts (201), lists with the page shape, edits and deletes own (200/204), others 403, 404 unknown', async () => {
    const author = await createUser();
    const post = await createCommunityPost(author);
    const params = { id: String(post.id) };
    const neighbour = await createUser();
    const mine = await bearerFor(neighbour);
    expectProblem(await call(commentsRoute.POST, { method: 'POST', params, body: { content: '익명' } }), 401);
    expectProblem(await call(commentsRoute.POST, { method: 'POST', params, headers: mine, body: { content: '' } }), 400);
    expectProblem(await call(commentsRoute.POST, { method: 'POST', params: { id: '424242' }, headers: mine, body: { content: '댓글' } }), 404);
    const created = await call(commentsRoute.POST, { method: 'POST', params, headers: mine, body: { content: '<b>저요</b>' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ postId: post.id, content: '<b>저요</b>', author: { id: neighbour.id } });

    const list = await call(commentsRoute.GET, { params });
    expect(list.body.items).toHaveLength(1);
    expect(list.body.page).toMatchObject({ current: 1, total: 1 });
    expect((await call(postRoute.GET, { params })).body.commentCount).toBe(1);

    const commentParams = { id: String(created.body.id) };
    const authorHeaders = await bearerFor(author);
    expectProblem(await call(commentRoute.PATCH, { method: 'PATCH', params: commentParams, headers: authorHeaders, body: { content: '뺏기' } }), 403);
    expectProblem(await call(commentRoute.DELETE, { method: 'DELETE', params: commentParams, headers: authorHeaders }), 403);
    expectProblem(await call(commentRoute.DELETE, { method: 'DELETE', params: { id: '424242' }, headers: mine }), 404);
    expect((await call(commentRoute.PATCH, { method: 'PATCH', params: commentParams, headers: mine, body: { content: '고침' } })).body.content).toBe('고침');
    expect((await call(commentRoute.DELETE, { method: 'DELETE', params: commentParams, headers: mine })).status).toBe(204);
    expect((await call(postRoute.GET, { params })).body.commentCount).toBe(0);
  });

  it('replies with parentId (201, listed under their comment); a reply to a reply, another post\'s comment or a bad id is 400 on parentId', async () => {
    const author = await createUser();
    const [post, other] = [await createCommunityPost(author), await createCommunityPost(author)];
    const params = { id: String(post.id) };
    const headers = await bearerFor(await createUser());
    const comment = await call(commentsRoute.POST, { method: 'POST', params, headers, body: { content: '댓글' } });
    const reply = await call(commentsRoute.POST, { method: 'POST', params, headers: await bearerFor(author), body: { content: '답글', parentId: comment.body.id } });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ parentId: comment.body.id, postId: post.id, content: '답글' });
    expect(comment.body.parentId).toBeNull();
    expectProblem(await call(commentsRoute.POST, { method: 'POST', params, body: { content: '익명', parentId: comment.body.id } }), 401);
    for (const [target, parentId] of [[params, reply.body.id], [{ id: String(other.id) }, comment.body.id], [params, 424242], [params, '1'], [params, -1]] as const) {
      const problem = expectProblem(await call(commentsRoute.POST, { method: 'POST', params: target, headers, unchecked: { content: '답글', parentId } }), 400);
      expect(problem.errors).toHaveProperty('parentId');
    }
    const list = await call(commentsRoute.GET, { params });
    expect(list.body.items.map((c: { id: number; parentId: number | null }) => [c.id, c.parentId])).toEqual([[comment.body.id, null], [reply.body.id, comment.body.id]]);
    expect((await call(postRoute.GET, { params })).body.commentCount).toBe(2);
  });
});

describe('/api/community fuzzing: no input produces a 500', () => {
  const field = fc.oneof(fc.string({ maxLength: 300 }), fc.jsonValue(), fc.constant(null), fc.array(fc.string({ maxLength: 30 }), { maxLength: 8 }));
  const bodyLike = (keys: string[]) => fc.oneof(fc.jsonValue(), fc.record(Object.fromEntries(keys.map((k) => [k, field])), { requiredKeys: [] }));
  const ok = (res: { status: number; headers: Headers }) => {
    expect(res.status).toBeLessThan(500);
    if (res.status >= 400) expect(res.headers.get('content-type')).toBe('application/problem+json');
  };

  it('bodies of post and comment writes, and list queries', async () => {
    const author = await createUser();
    const headers = await bearerFor(author);
    const post = await createCommunityPost(author);
    const params = { id: String(post.id) };
    await fc.assert(
      fc.asyncProperty(bodyLike(['title', 'category', 'content', 'tags']), bodyLike(['content']), async (postBody, commentBody) => {
        ok(await call(postsRoute.POST, { method: 'POST', path: '/api/community/posts', headers, unchecked: postBody }));
        ok(await call(postRoute.PATCH, { method: 'PATCH', headers, params, unchecked: postBody }));
        ok(await call(commentsRoute.POST, { method: 'POST', headers, params, unchecked: commentBody }));
      }),
      { numRuns: 25 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 120 }), fc.string({ maxLength: 40 }), fc.string({ maxLength: 6 }), async (q, tag, page) => {
        const search = new URLSearchParams({ q, tag, page });
        ok(await call(postsRoute.GET, { path: `/api/community/posts?${search}`, headers }));
      }),
      { numRuns: 40 },
    );
  });
});
