import { endpointGroup } from '@/lib/core/endpoint';
import {
  commentBody,
  createCommentBody,
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

const api = endpointGroup({ tag: 'community board', auth: 'required', idParams: postIdParams });
const comments = endpointGroup({ tag: 'community board', auth: 'required', idParams: commentIdParams });

export const listCommunityPostsEndpoint = api.list('/api/community/posts', '동네생활 글: 우리 동네 (scope=sigungu면 시군구 전체), 최신순; category, tag, q(제목·내용·카테고리·태그)로 거르기', listPostsQuery, communityPostPage);

export const createCommunityPostEndpoint = api.create('/api/community/posts', '동네생활 글쓰기 (태그 5개까지, 하루 20개까지: 넘으면 429)', createPostBody, communityPost, {
  errors: [429],
});

export const getCommunityPostEndpoint = api.get('/api/community/posts/{id}', '글 하나 (로그인한 사람의 첫 조회만 조회수에 셉니다)', communityPost, { auth: 'optional' });

export const updateCommunityPostEndpoint = api.update('/api/community/posts/{id}', '글 수정 (글쓴이; tags를 보내면 그 목록으로 바뀝니다)', updatePostBody, communityPost);

export const deleteCommunityPostEndpoint = api.remove('/api/community/posts/{id}', '글 삭제 (글쓴이; 댓글도 함께)');

export const listCommunityCommentsEndpoint = api.get('/api/community/posts/{id}/comments', '댓글, 오래된 순', commentPage, { auth: 'optional', query: listCommentsQuery });

export const createCommunityCommentEndpoint = api.define({
  method: 'POST', path: '/api/community/posts/{id}/comments', summary: '댓글 쓰기 (parentId: 답글)',
  params: postIdParams, body: createCommentBody, responses: { 201: communityComment }, errors: [404],
});

export const updateCommunityCommentEndpoint = comments.update('/api/community/comments/{id}', '댓글 수정 (쓴 사람)', commentBody, communityComment);

export const deleteCommunityCommentEndpoint = comments.remove('/api/community/comments/{id}', '댓글 삭제 (쓴 사람)');
