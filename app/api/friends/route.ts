import { getDb } from '@/db/client';
import { addFriendEndpoint, listFriendsEndpoint } from '@/lib/friends/endpoints';
import { addFriend } from '@/lib/friends/mutations';
import { listFriends } from '@/lib/friends/queries';
import { handle } from '@/lib/http/handler';
import { created, json } from '@/lib/http/responses';

export const GET = handle(listFriendsEndpoint, async ({ actor, query }) => json(await listFriends(getDb(), actor.user.id, query)));

export const POST = handle(addFriendEndpoint, async ({ actor, body }) => created(await addFriend(getDb(), actor.user, body)));
