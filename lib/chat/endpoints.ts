import { z } from '@/lib/core/zod';
import { defineEndpoint } from '@/lib/core/endpoint';
import { banBody, chatMember, chatMessage, chatRoom, directBody, historyQuery, messageBody, messageParams, readBody, readState, roomIdParams } from './schema';

const tag = 'chat';
const params = roomIdParams;

export const listRoomsEndpoint = defineEndpoint({
  method: 'GET', path: '/api/chat/rooms', tag, auth: 'required',
  summary: '내 채팅방 (마지막 메시지, 안 읽은 수)', responses: { 200: z.object({ items: z.array(chatRoom) }) },
});

export const getRoomEndpoint = defineEndpoint({
  method: 'GET', path: '/api/chat/rooms/{id}', tag, auth: 'required',
  summary: '채팅방 하나', params, responses: { 200: chatRoom }, errors: [404],
});

export const deleteRoomEndpoint = defineEndpoint({
  method: 'DELETE', path: '/api/chat/rooms/{id}', tag, auth: 'required',
  summary: '채팅방 삭제 (방장; 모집글 방이면 글도 함께)', params, responses: { 204: null }, errors: [403, 404],
});

export const listMembersEndpoint = defineEndpoint({
  method: 'GET', path: '/api/chat/rooms/{id}/members', tag, auth: 'required',
  summary: '멤버 목록 (멤버만)', params, responses: { 200: z.object({ items: z.array(chatMember) }) }, errors: [403, 404],
});

export const joinRoomEndpoint = defineEndpoint({
  method: 'POST', path: '/api/chat/rooms/{id}/members', tag, auth: 'required',
  summary: '참여 (마감·만석이면 409, 내보내진 사용자는 403; 이미 멤버면 200)',
  params, responses: { 201: chatRoom, 200: chatRoom }, errors: [403, 404, 409],
});

export const leaveRoomEndpoint = defineEndpoint({
  method: 'DELETE', path: '/api/chat/rooms/{id}/members/me', tag, auth: 'required',
  summary: '나가기 (방장은 삭제해야 합니다)', params, responses: { 204: null }, errors: [403, 404, 409],
});

export const banEndpoint = defineEndpoint({
  method: 'POST', path: '/api/chat/rooms/{id}/bans', tag, auth: 'required',
  summary: '내보내기 (방장; 다시 들어올 수 없습니다)', params, body: banBody,
  responses: { 201: z.object({ roomId: z.number().int(), userId: z.number().int(), createdAt: z.iso.datetime() }) },
  errors: [403, 404, 409],
});

export const listMessagesEndpoint = defineEndpoint({
  method: 'GET', path: '/api/chat/rooms/{id}/messages', tag, auth: 'required',
  summary: '메시지 기록 (오래된 순; nextCursor를 before로 넘기면 더 이전 메시지, after=id면 그 뒤의 메시지를 앞으로 — 이때 nextCursor는 다음 after)', params, query: historyQuery,
  responses: { 200: z.object({ items: z.array(chatMessage), nextCursor: z.number().int().nullable() }) }, errors: [403, 404],
});

export const sendMessageEndpoint = defineEndpoint({
  method: 'POST', path: '/api/chat/rooms/{id}/messages', tag, auth: 'required',
  summary: '메시지 보내기 (같은 clientId로 다시 보내면 처음 메시지를 200으로 돌려줍니다)', params, body: messageBody,
  responses: { 201: chatMessage, 200: chatMessage }, errors: [403, 404, 429],
});

export const readEndpoint = defineEndpoint({
  allowSuspended: true,
  method: 'POST', path: '/api/chat/rooms/{id}/read', tag, auth: 'required',
  summary: '여기까지 읽음', params, body: readBody, responses: { 200: readState }, errors: [403, 404],
});

export const deleteMessageEndpoint = defineEndpoint({
  method: 'DELETE', path: '/api/chat/rooms/{id}/messages/{messageId}', tag, auth: 'required',
  summary: '내 메시지 삭제 (모두에게 "삭제된 메시지입니다"로 보이고 message:deleted가 갑니다; 남의 메시지는 403)',
  params: messageParams, responses: { 204: null }, errors: [403, 404],
});

export const openDirectEndpoint = defineEndpoint({
  method: 'POST', path: '/api/chat/direct', tag, auth: 'required', limit: 'directRoom',
  summary: '1:1 대화방 열기 (두 사람의 방은 하나: 처음이면 만들어 201, 있으면 200; 나를 차단했거나 내가 차단한 사용자는 403)',
  body: directBody, responses: { 201: chatRoom, 200: chatRoom }, errors: [403, 404],
});
