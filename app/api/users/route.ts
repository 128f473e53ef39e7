import { getDb } from '@/db/client';
import { signUpEndpoint, searchUsersEndpoint } from '@/lib/accounts/endpoints';
import { signUp } from '@/lib/accounts/mutations';
import { searchUsers } from '@/lib/accounts/queries';
import { handle } from '@/lib/http/handler';
import { created, json } from '@/lib/http/responses';

export const POST = handle(signUpEndpoint, async ({ body }) => created(await signUp(getDb(), body)));

export const GET = handle(searchUsersEndpoint, async ({ query }) => json(await searchUsers(getDb(), query)));
