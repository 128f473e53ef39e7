import { addFriendEndpoint, listFriendsEndpoint } from '@/lib/friends/endpoints';
import { addFriend } from '@/lib/friends/mutations';
import { listFriends } from '@/lib/friends/queries';
import { handle } from '@/lib/http/handler';
import { created, json } from '@/lib/http/responses';

export const GET = handle(listFriendsEndpoint, async ({ db, actor, query }) => json(await listFriends(db, actor.user.id, query)));

export const POST = handle(addFriendEndpoint, async ({ db, actor, body }) => created(await addFriend(db, actor.user, body)));
