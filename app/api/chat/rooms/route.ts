import { getDb } from '@/db/client';
import { listRoomsEndpoint } from '@/lib/chat/endpoints';
import { listMyRooms } from '@/lib/chat/queries';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const GET = handle(listRoomsEndpoint, async ({ actor }) => json({ items: await listMyRooms(getDb(), actor.user.id) }));
