import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { vapidPublicKeyEndpoint } from '@/lib/push/endpoints';
import { pushUnavailable } from '@/lib/push/subscriptions';
import { vapidKeys } from '@/lib/push/vapid';

export const GET = handle(vapidPublicKeyEndpoint, async () => {
  const keys = vapidKeys();
  if (!keys) throw pushUnavailable();
  return json({ publicKey: keys.publicKey });
});
