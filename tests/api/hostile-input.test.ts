import { describe, it } from 'vitest';
import * as menuChatRoute from '@/app/api/menus/chat/route';
import * as messagesRoute from '@/app/api/chat/rooms/[id]/messages/route';
import { createTestPost } from '../support/boards';
import { bearerFor, createUser } from '../support/factories';
import { call, expectProblem } from '../support/http';

describe('values PostgreSQL refuses', () => {
  it('a NUL byte in text is 400 problem+json, not 500', async () => {
    const me = await createUser();
    const headers = await bearerFor(me);
    expectProblem(await call(menuChatRoute.POST, { method: 'POST', path: '/api/menus/chat', headers, body: { message: '치킨\u0000' } }), 400);
    const post = await createTestPost(me);
    const path = `/api/chat/rooms/${post.chatRoomId}/messages`;
    expectProblem(await call(messagesRoute.POST, { method: 'POST', path, headers, params: { id: String(post.chatRoomId) }, body: { body: 'a\u0000b' } }), 400);
  });
});
