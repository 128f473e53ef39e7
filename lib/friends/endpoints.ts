import { userIdParams as profileIdParams } from '@/lib/accounts/schema';
import { z } from '@/lib/core/zod';
import { defineEndpoint } from '@/lib/core/endpoint';
import { paginated } from '@/lib/core/pagination';
import { addFriendBody, block, friend, friendsQuery, userIdParams } from './schema';

const tag = 'friends';

export const listFriendsEndpoint = defineEndpoint({
  method: 'GET', path: '/api/friends', tag, auth: 'required',
  summary: '내 친구 목록 (접속 중인 친구 먼저; 서로 추가했으면 isMutual)', query: friendsQuery,
  responses: { 200: paginated(friend) },
});

export const addFriendEndpoint = defineEndpoint({
  method: 'POST', path: '/api/friends', tag, auth: 'required', limit: 'friendRequest',
  summary: '이메일로 친구 추가 (없는 사용자 404, 나 자신 400, 이미 친구이거나 내가 차단한 사용자 409)', body: addFriendBody,
  responses: { 201: friend }, errors: [404, 409],
});

export const removeFriendEndpoint = defineEndpoint({
  method: 'DELETE', path: '/api/friends/{userId}', tag, auth: 'required',
  summary: '친구 삭제 (목록에 없으면 404)', params: userIdParams, responses: { 204: null }, errors: [404],
});

export const blockEndpoint = defineEndpoint({
  method: 'POST', path: '/api/users/{id}/block', tag, auth: 'required',
  summary: '차단 (서로의 친구 목록에서 빠지고, 차단된 사용자는 1:1 대화를 열거나 보낼 수 없고 검색에서 나를 찾을 수 없습니다)',
  params: profileIdParams, responses: { 201: z.object({ userId: z.number().int(), createdAt: z.iso.datetime() }) }, errors: [404, 409],
});

export const unblockEndpoint = defineEndpoint({
  method: 'DELETE', path: '/api/users/{id}/block', tag, auth: 'required',
  summary: '차단 해제 (차단하지 않았으면 404)', params: profileIdParams, responses: { 204: null }, errors: [404],
});

export const listBlocksEndpoint = defineEndpoint({
  method: 'GET', path: '/api/users/me/blocks', tag, auth: 'required',
  summary: '내가 차단한 사용자', responses: { 200: z.object({ items: z.array(block) }) },
});
