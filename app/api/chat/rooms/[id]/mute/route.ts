import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { getRoomMuteEndpoint, setRoomMuteEndpoint } from '@/lib/push/endpoints';
import { getRoomMuted, setRoomMuted } from '@/lib/push/mutes';

export const GET = handle(getRoomMuteEndpoint, async ({ db, actor, params }) => json(await getRoomMuted(db, actor.user.id, params.id)));

export const PUT = handle(setRoomMuteEndpoint, async ({ db, actor, params, body }) => json(await setRoomMuted(db, actor.user.id, params.id, body.muted)));
