import { listRoomsEndpoint } from '@/lib/chat/endpoints';
import { listMyRooms } from '@/lib/chat/queries';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const GET = handle(listRoomsEndpoint, async ({ db, actor }) => json({ items: await listMyRooms(db, actor.user.id) }));
