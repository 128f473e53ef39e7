import { userIdParams as profileIdParams } from '@/lib/accounts/schema';
import { z } from '@/lib/core/zod';
import { endpointGroup } from '@/lib/core/endpoint';
import { listOf, paginated } from '@/lib/core/pagination';
import { addFriendBody, block, friend, friendsQuery, userIdParams } from './schema';

const api = endpointGroup({ tag: 'friends', auth: 'required', idParams: profileIdParams });

export const listFriendsEndpoint = api.list('/api/friends', '내 친구 목록 (접속 중인 친구 먼저; 서로 추가했으면 isMutual)', friendsQuery, paginated(friend));

export const addFriendEndpoint = api.create('/api/friends', '이메일로 친구 추가 (없는 사용자 404, 나 자신 400, 이미 친구이거나 내가 차단한 사용자 409)', addFriendBody, friend, { limit: 'friendRequest', errors: [404, 409] });

export const removeFriendEndpoint = api.remove('/api/friends/{userId}', '친구 삭제 (목록에 없으면 404)', { params: userIdParams, errors: [404] });

export const blockEndpoint = api.define({
  method: 'POST', path: '/api/users/{id}/block',
  summary: '차단 (서로의 친구 목록에서 빠지고, 차단된 사용자는 1:1 대화를 열거나 보낼 수 없고 검색에서 나를 찾을 수 없습니다)',
  params: profileIdParams, responses: { 201: z.object({ userId: z.number().int(), createdAt: z.iso.datetime() }) }, errors: [404, 409],
});

export const unblockEndpoint = api.remove('/api/users/{id}/block', '차단 해제 (차단하지 않았으면 404)', { errors: [404] });

export const listBlocksEndpoint = api.define({ method: 'GET', path: '/api/users/me/blocks', summary: '내가 차단한 사용자', responses: { 200: listOf(block) } });
