import { defineEndpoint } from '@/lib/core/endpoint';
import {
  commentBody,
  commentIdParams,
  commentPage,
  communityComment,
  communityPost,
  communityPostPage,
  createPostBody,
  listCommentsQuery,
  listPostsQuery,
  postIdParams,
  updatePostBody,
} from './schema';

const tag = 'community board';

export const listCommunityPostsEndpoint = defineEndpoint({
  method: 'GET', path: '/api/community/posts', tag, auth: 'required',
  summary: '동네생활 글: 우리 동네 (scope=sigungu면 시군구 전체), 최신순; category, tag, q(제목·내용·카테고리·태그)로 거르기',
  query: listPostsQuery, responses: { 200: communityPostPage },
});

export const createCommunityPostEndpoint = defineEndpoint({
  method: 'POST', path: '/api/community/posts', tag, auth: 'required',
  summary: '동네생활 글쓰기 (태그 5개까지, 하루 20개까지: 넘으면 429)', body: createPostBody,
  responses: { 201: communityPost }, errors: [429],
});

export const getCommunityPostEndpoint = defineEndpoint({
  method: 'GET', path: '/api/community/posts/{id}', tag, auth: 'optional',
  summary: '글 하나 (로그인한 사람의 첫 조회만 조회수에 셉니다)', params: postIdParams,
  responses: { 200: communityPost }, errors: [404],
});

export const updateCommunityPostEndpoint = defineEndpoint({
  method: 'PATCH', path: '/api/community/posts/{id}', tag, auth: 'required',
  summary: '글 수정 (글쓴이; tags를 보내면 그 목록으로 바뀝니다)', params: postIdParams, body: updatePostBody,
  responses: { 200: communityPost }, errors: [403, 404],
});

export const deleteCommunityPostEndpoint = defineEndpoint({
  method: 'DELETE', path: '/api/community/posts/{id}', tag, auth: 'required',
  summary: '글 삭제 (글쓴이; 댓글도 함께)', params: postIdParams, responses: { 204: null }, errors: [403, 404],
});

export const listCommunityCommentsEndpoint = defineEndpoint({
  method: 'GET', path: '/api/community/posts/{id}/comments', tag, auth: 'optional',
  summary: '댓글, 오래된 순', params: postIdParams, query: listCommentsQuery,
  responses: { 200: commentPage }, errors: [404],
});

export const createCommunityCommentEndpoint = defineEndpoint({
  method: 'POST', path: '/api/community/posts/{id}/comments', tag, auth: 'required',
  summary: '댓글 쓰기', params: postIdParams, body: commentBody,
  responses: { 201: communityComment }, errors: [404],
});

export const updateCommunityCommentEndpoint = defineEndpoint({
  method: 'PATCH', path: '/api/community/comments/{id}', tag, auth: 'required',
  summary: '댓글 수정 (쓴 사람)', params: commentIdParams, body: commentBody,
  responses: { 200: communityComment }, errors: [403, 404],
});

export const deleteCommunityCommentEndpoint = defineEndpoint({
  method: 'DELETE', path: '/api/community/comments/{id}', tag, auth: 'required',
  summary: '댓글 삭제 (쓴 사람)', params: commentIdParams, responses: { 204: null }, errors: [403, 404],
});
