import { z } from '@/lib/core/zod';
import { endpointGroup } from '@/lib/core/endpoint';
import { listOf } from '@/lib/core/pagination';
import {
  banBody, chatMember, chatMessage, chatMessageIdParams, chatRoom, directBody, editBody, historyQuery, imageUploadFields, messageBody, messageParams,
  reactionParams, reactionsState, readBody, readState, roomIdParams, searchHit, searchQuery,
} from './schema';

const api = endpointGroup({ tag: 'chat', auth: 'required', idParams: roomIdParams });

export const listRoomsEndpoint = api.define({ method: 'GET', path: '/api/chat/rooms', summary: '내 채팅방 (마지막 메시지, 안 읽은 수)', responses: { 200: listOf(chatRoom) } });

export const getRoomEndpoint = api.get('/api/chat/rooms/{id}', '채팅방 하나', chatRoom);

export const deleteRoomEndpoint = api.remove('/api/chat/rooms/{id}', '채팅방 삭제 (방장; 모집글 방이면 글도 함께)');

export const listMembersEndpoint = api.get('/api/chat/rooms/{id}/members', '멤버 목록 (멤버만)', listOf(chatMember), { errors: [403, 404] });

export const joinRoomEndpoint = api.action('/api/chat/rooms/{id}/members', '참여 (마감·만석이면 409, 내보내진 사용자는 403; 이미 멤버면 200)', chatRoom, {
  responses: { 201: chatRoom, 200: chatRoom },
  errors: [403, 404, 409],
});

export const leaveRoomEndpoint = api.remove('/api/chat/rooms/{id}/members/me', '나가기 (방장은 삭제해야 합니다)', { errors: [403, 404, 409] });

export const banEndpoint = api.define({
  method: 'POST', path: '/api/chat/rooms/{id}/bans',
  summary: '내보내기 (방장; 다시 들어올 수 없습니다)', params: roomIdParams, body: banBody,
  responses: { 201: z.object({ roomId: z.number().int(), userId: z.number().int(), createdAt: z.iso.datetime() }) },
  errors: [403, 404, 409],
});

export const listMessagesEndpoint = api.get('/api/chat/rooms/{id}/messages', '메시지 기록 (오래된 순; nextCursor를 before로 넘기면 더 이전 메시지, after=id면 그 뒤의 메시지를 앞으로 — 이때 nextCursor는 다음 after)', z.object({ items: z.array(chatMessage), nextCursor: z.number().int().nullable() }), { query: historyQuery, errors: [403, 404] });

export const sendMessageEndpoint = api.action('/api/chat/rooms/{id}/messages', '메시지 보내기 (같은 clientId로 다시 보내면 처음 메시지를 200으로 돌려줍니다)', chatMessage, {
  body: messageBody,
  responses: { 201: chatMessage, 200: chatMessage },
  errors: [403, 404, 429],
});

export const readEndpoint = api.action('/api/chat/rooms/{id}/read', '여기까지 읽음', readState, { allowSuspended: true, body: readBody, errors: [403, 404] });

export const deleteMessageEndpoint = api.remove('/api/chat/rooms/{id}/messages/{messageId}', '내 메시지 삭제 (모두에게 "삭제된 메시지입니다"로 보이고 message:deleted가 갑니다; 남의 메시지는 403)', { params: messageParams });

export const openDirectEndpoint = api.define({
  method: 'POST', path: '/api/chat/direct', limit: 'directRoom',
  summary: '1:1 대화방 열기 (두 사람의 방은 하나: 처음이면 만들어 201, 있으면 200; 나를 차단했거나 내가 차단한 사용자는 403)',
  body: directBody, responses: { 201: chatRoom, 200: chatRoom }, errors: [403, 404],
});

export const editMessageEndpoint = api.update('/api/chat/messages/{id}', '내 메시지 고치기 (보낸 지 15분 안; 지나면 409; 방 멤버가 아니면 404; message:updated가 갑니다)', editBody, chatMessage, {
  params: chatMessageIdParams,
  errors: [403, 404, 409],
});

const reactionSummary = '(👍 ❤️ 😂 😮 😢 🙏 중 하나, URL 인코딩; 사람마다 이모지마다 하나; 방 멤버가 아니면 404; message:reactions가 갑니다)';

export const addReactionEndpoint = api.define({
  method: 'PUT', path: '/api/chat/messages/{id}/reactions/{emoji}', summary: `반응 달기 ${reactionSummary}`,
  params: reactionParams, responses: { 200: reactionsState }, errors: [404, 409],
});

export const removeReactionEndpoint = api.define({
  method: 'DELETE', path: '/api/chat/messages/{id}/reactions/{emoji}', summary: `반응 취소 ${reactionSummary}`,
  params: reactionParams, responses: { 204: null }, errors: [404],
});

export const sendImagesEndpoint = api.define({
  method: 'POST', path: '/api/chat/rooms/{id}/images',
  summary: '사진 보내기 (멤버; multipart/form-data의 files 또는 file, 10장까지, 한 장 10MB 이하 → 아니면 413; EXIF·GPS를 지우고 WebP로 저장; kind "image" 메시지를 만듭니다; ?clientId=로 다시 보내면 처음 메시지를 200으로)',
  params: roomIdParams, query: z.object({ clientId: z.string().trim().min(1).max(64).optional() }),
  upload: { fields: imageUploadFields, multiple: true }, responses: { 201: chatMessage, 200: chatMessage }, errors: [404, 413, 429],
});

export const getChatImageEndpoint = api.define({
  method: 'GET', path: '/api/chat/images/{key}',
  summary: '채팅 사진 (그 방의 지금 멤버에게만; 삭제되거나 신고로 숨겨진 메시지의 사진은 404)',
  params: z.object({ key: z.array(z.string()).transform((parts) => parts.join('/')) }),
  produces: 'image/webp', responses: { 200: null }, errors: [404],
});

export const searchMessagesEndpoint = api.define({
  method: 'GET', path: '/api/chat/search',
  summary: '채팅 검색 (지금 내가 멤버인 방의 메시지만, 최신순; 단어의 일부도 찾습니다; roomId로 한 방만, nextCursor를 before로 넘기면 다음 결과)',
  query: searchQuery, responses: { 200: z.object({ items: z.array(searchHit), nextCursor: z.number().int().nullable() }) }, errors: [404],
});
