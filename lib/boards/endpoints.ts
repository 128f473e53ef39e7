import { defineEndpoint } from '@/lib/core/endpoint';
import { createPostBody, listPostsQuery, mealPost, postIdParams, postPage, updatePostBody } from './schema';

const tag = 'meal boards';
const params = postIdParams;

export const listPostsEndpoint = defineEndpoint({
  method: 'GET', path: '/api/posts', tag, auth: 'required',
  summary: '우리 동네 같이 주문 글 (scope=sigungu면 시군구 전체), 최신순', query: listPostsQuery, responses: { 200: postPage },
});

export const createPostEndpoint = defineEndpoint({
  method: 'POST', path: '/api/posts', tag, auth: 'required', limit: 'mealPost',
  summary: '글쓰기: 글과 채팅방을 만들고 글쓴이가 첫 멤버가 됩니다', body: createPostBody, responses: { 201: mealPost },
});

export const getPostEndpoint = defineEndpoint({
  method: 'GET', path: '/api/posts/{id}', tag, auth: 'required',
  summary: '글 하나', params, responses: { 200: mealPost }, errors: [404],
});

export const updatePostEndpoint = defineEndpoint({
  method: 'PATCH', path: '/api/posts/{id}', tag, auth: 'required',
  summary: '글 수정 (글쓴이; 모집 인원은 참여 인원보다 적을 수 없음)', params, body: updatePostBody,
  responses: { 200: mealPost }, errors: [403, 404, 409],
});

export const deletePostEndpoint = defineEndpoint({
  method: 'DELETE', path: '/api/posts/{id}', tag, auth: 'required',
  summary: '글 삭제 (글쓴이; 채팅방도 삭제)', params, responses: { 204: null }, errors: [403, 404],
});

export const completePostEndpoint = defineEndpoint({
  method: 'POST', path: '/api/posts/{id}/complete', tag, auth: 'required',
  summary: '모집 완료 (글쓴이)', params, responses: { 200: mealPost }, errors: [403, 404],
});

export const reopenPostEndpoint = defineEndpoint({
  method: 'POST', path: '/api/posts/{id}/reopen', tag, auth: 'required',
  summary: '다시 모집 (글쓴이; 만석이면 409)', params, responses: { 200: mealPost }, errors: [403, 404, 409],
});
