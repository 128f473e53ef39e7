import { restoreEndpoint } from '@/lib/accounts/endpoints';
import { processLoginThrottle } from '@/lib/accounts/login-throttle';
import { restoreAccount } from '@/lib/accounts/mutations';
import { clientIp } from '@/lib/auth/actor';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const POST = handle(restoreEndpoint, async ({ db, req, body }) =>
  json(await restoreAccount(db, await processLoginThrottle(), { ...body, ip: clientIp(req.headers) })),
);
