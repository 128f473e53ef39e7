import { z } from '@/lib/core/zod';
import { pageInfoSchema, pageQuery } from '@/lib/core/pagination';
import { notificationTypes } from './types';

export const notificationView = z.object({
  id: z.number().int(),
  type: z.enum(notificationTypes),
  title: z.string().meta({ examples: ['토요일 아침 망원 풋살 6:6 모집 완료'] }),
  body: z.string().nullable().meta({ examples: ['12명이 모두 모였어요.'] }),
  /** A path inside the app to open, e.g. /games/12. */
  link: z.string().nullable(),
  isRead: z.boolean(),
  readAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type NotificationView = z.infer<typeof notificationView>;

export const listNotificationsQuery = z.object({
  unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  ...pageQuery,
});

export const notificationPage = z.object({
  items: z.array(notificationView),
  page: pageInfoSchema,
  unreadCount: z.number().int(),
});

export const markReadBody = z.union([
  z.object({ ids: z.array(z.number().int().positive()).min(1).max(100) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
export type MarkReadBody = z.infer<typeof markReadBody>;

export const readResult = z.object({ unreadCount: z.number().int() });
