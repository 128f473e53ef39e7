import { revokeSessionsEndpoint } from '@/lib/accounts/endpoints';
import { revokeAllSessions } from '@/lib/accounts/mutations';
import { handle } from '@/lib/http/handler';
import { noContent } from '@/lib/http/responses';

export const DELETE = handle(revokeSessionsEndpoint, async ({ db, actor }) => {
  await revokeAllSessions(db, actor.user.id);
  return noContent();
});
