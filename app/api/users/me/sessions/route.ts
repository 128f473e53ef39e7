import { getDb } from '@/db/client';
import { revokeSessionsEndpoint } from '@/lib/accounts/endpoints';
import { revokeAllSessions } from '@/lib/accounts/mutations';
import { handle } from '@/lib/http/handler';
import { noContent } from '@/lib/http/responses';

export const DELETE = handle(revokeSessionsEndpoint, async ({ actor }) => {
  await revokeAllSessions(getDb(), actor.user.id);
  return noContent();
});
