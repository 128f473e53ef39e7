import { z } from '@/lib/core/zod';
import { notificationKinds, type NotificationKind } from './kinds';

const hhmm = z.string({ error: '시각은 HH:mm 형식이어야 합니다.' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, '시각은 00:00부터 23:59까지 HH:mm 형식이어야 합니다.');

export const notificationSettings = z.object({
  push: z.boolean(),
  types: z.object(Object.fromEntries(notificationKinds.map((k) => [k, z.boolean()])) as Record<NotificationKind, z.ZodBoolean>),
  /** Asia/Seoul; may cross midnight (22:00–08:00). */
  quietHours: z.object({ enabled: z.boolean(), start: hhmm, end: hhmm }),
});
export type NotificationSettings = z.infer<typeof notificationSettings>;

/** PUT takes the whole object or any part of it; what is left out keeps its value. */
export const notificationSettingsBody = z
  .object({
    push: z.boolean({ error: 'push는 true/false여야 합니다.' }).optional(),
    types: z
      .object(Object.fromEntries(notificationKinds.map((k) => [k, z.boolean({ error: `${k}는 true/false여야 합니다.` }).optional()])) as Record<NotificationKind, z.ZodOptional<z.ZodBoolean>>)
      .strict()
      .optional(),
    quietHours: z.object({ enabled: z.boolean({ error: 'enabled는 true/false여야 합니다.' }).optional(), start: hhmm.optional(), end: hhmm.optional() }).optional(),
  })
  .strict();
export type NotificationSettingsBody = z.infer<typeof notificationSettingsBody>;

export const defaultNotificationSettings = (): NotificationSettings => ({
  push: true,
  types: Object.fromEntries(notificationKinds.map((k) => [k, true])) as Record<NotificationKind, boolean>,
  quietHours: { enabled: false, start: '22:00', end: '08:00' },
});

/** Bytes a base64url string decodes to (no Buffer: this file is shared with the browser). */
const decodedLength = (v: string) => Math.floor((v.replace(/=+$/, '').length * 3) / 4);
const firstByte = (v: string) => (v.length >= 2 ? ('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.indexOf(v[0]!) << 2) | ('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.indexOf(v[1]!) >> 4) : -1);

const base64url = (bytes: number, field: string) =>
  z
    .string({ error: `${field}를 보내 주세요.` })
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, `${field}는 base64url이어야 합니다.`)
    .refine((v) => decodedLength(v) === bytes, `${field}의 길이가 올바르지 않습니다.`);

export const subscriptionBody = z.object({
  endpoint: z.string({ error: 'endpoint를 보내 주세요.' }).trim().max(2048, 'endpoint가 너무 깁니다.').url('endpoint는 URL이어야 합니다.'),
  keys: z.object(
    {
      // An uncompressed P-256 point (65 bytes) and a 16-byte secret, as PushSubscription.toJSON() gives them.
      p256dh: base64url(65, 'p256dh').refine((v) => firstByte(v) === 4, 'p256dh는 압축되지 않은 P-256 공개키여야 합니다.'),
      auth: base64url(16, 'auth'),
    },
    { error: 'keys {p256dh, auth}를 보내 주세요.' },
  ),
});
export type SubscriptionBody = z.infer<typeof subscriptionBody>;

export const unsubscribeBody = z.object({ endpoint: z.string({ error: 'endpoint를 보내 주세요.' }).trim().min(1).max(2048) });

export const subscriptionView = z.object({ id: z.number().int(), endpoint: z.string(), createdAt: z.iso.datetime() });
export const vapidPublicKey = z.object({ publicKey: z.string() });

export const muteBody = z.object({ muted: z.boolean({ error: 'muted는 true/false여야 합니다.' }) });
export const muteState = z.object({ roomId: z.number().int(), muted: z.boolean() });
