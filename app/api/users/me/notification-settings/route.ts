import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { getNotificationSettingsEndpoint, updateNotificationSettingsEndpoint } from '@/lib/push/endpoints';
import { getNotificationSettings, updateNotificationSettings } from '@/lib/push/settings';

export const GET = handle(getNotificationSettingsEndpoint, async ({ db, actor }) => json(await getNotificationSettings(db, actor.user.id)));

export const PUT = handle(updateNotificationSettingsEndpoint, async ({ db, actor, body }) => json(await updateNotificationSettings(db, actor.user.id, body)));
