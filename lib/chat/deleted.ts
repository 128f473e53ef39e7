/** What a deleted message shows instead of its body (server views and the client's live patches alike; no zod here). */
export const DELETED_MESSAGE_BODY = '삭제된 메시지입니다';
