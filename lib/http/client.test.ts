import { afterEach, describe, expect, it, vi } from 'vitest';
import { completePasswordResetEndpoint, deletePostEndpoint, getPostEndpoint, listPostsEndpoint } from './routes';
import { ApiError, callEndpoint, endpointUrl } from './client';

describe('endpointUrl', () => {
  it('fills path parameters from the template and encodes them', () => {
    expect(endpointUrl(getPostEndpoint, { params: { id: 7 } })).toBe('/api/posts/7');
    expect(endpointUrl(completePasswordResetEndpoint, { params: { token: 'a/b c' } })).toBe('/api/password-resets/a%2Fb%20c');
  });

  it('adds the query, leaving out absent values', () => {
    expect(endpointUrl(listPostsEndpoint, { query: { category: '치킨', page: 2, scope: undefined } })).toBe('/api/posts?category=%EC%B9%98%ED%82%A8&page=2');
    expect(endpointUrl(listPostsEndpoint)).toBe('/api/posts');
  });
});

describe('callEndpoint', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('uses the endpoint method and sends the body as JSON', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetch);
    await expect(callEndpoint(deletePostEndpoint, { params: { id: 3 } })).resolves.toBeUndefined();
    expect(fetch).toHaveBeenCalledWith('/api/posts/3', expect.objectContaining({ method: 'DELETE', body: undefined }));
  });

  it('turns problem+json into an ApiError with field errors', async () => {
    const problem = { status: 400, detail: '입력값을 확인해 주세요.', errors: { title: ['제목을 입력해 주세요.'] } };
    vi.stubGlobal('fetch', vi.fn(async () => Response.json(problem, { status: 400 })));
    const error = await callEndpoint(getPostEndpoint, { params: { id: 1 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fieldErrors()).toEqual(problem.errors);
  });
});
