import { eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { notificationSettings as settingsTable, type NotificationSettingsRow } from '@/db/schema';
import { fieldError } from '@/lib/core/domain-error';
import { seoulParts } from '@/lib/core/seoul-time';
import { notificationKinds } from './kinds';
import { defaultNotificationSettings, type NotificationSettings, type NotificationSettingsBody } from './schema';

export function toSettings(row: NotificationSettingsRow | undefined): NotificationSettings {
  const settings = defaultNotificationSettings();
  if (!row) return settings;
  for (const kind of notificationKinds) if (typeof row.types[kind] === 'boolean') settings.types[kind] = row.types[kind];
  return { push: row.push, types: settings.types, quietHours: { enabled: row.quietEnabled, start: row.quietStart, end: row.quietEnd } };
}

export async function getNotificationSettings(db: Db, userId: number): Promise<NotificationSettings> {
  const [row] = await db.select().from(settingsTable).where(eq(settingsTable.userId, userId));
  return toSettings(row);
}

/** Settings of several users at once (the push consumer); users without a row get the defaults. */
export async function settingsOf(db: Db, userIds: number[]): Promise<Map<number, NotificationSettings>> {
  const rows = userIds.length ? await db.select().from(settingsTable).where(inArray(settingsTable.userId, userIds)) : [];
  const byUser = new Map(rows.map((r) => [r.userId, r]));
  return new Map(userIds.map((id) => [id, toSettings(byUser.get(id))]));
}

/** Merges what was sent over the current settings and stores the result in one statement. */
export async function updateNotificationSettings(db: Db, userId: number, body: NotificationSettingsBody): Promise<NotificationSettings> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(settingsTable).where(eq(settingsTable.userId, userId)).for('update');
    const current = toSettings(row);
    const next: NotificationSettings = {
      push: body.push ?? current.push,
      types: { ...current.types, ...Object.fromEntries(Object.entries(body.types ?? {}).filter(([, v]) => v !== undefined)) },
      quietHours: { ...current.quietHours, ...Object.fromEntries(Object.entries(body.quietHours ?? {}).filter(([, v]) => v !== undefined)) },
    };
    if (next.quietHours.enabled && next.quietHours.start === next.quietHours.end) {
      throw fieldError('quietHours.end', '방해 금지 시작과 끝 시각이 같을 수 없습니다.');
    }
    const values = { push: next.push, types: next.types, quietEnabled: next.quietHours.enabled, quietStart: next.quietHours.start, quietEnd: next.quietHours.end, updatedAt: new Date() };
    await tx.insert(settingsTable).values({ userId, ...values }).onConflictDoUpdate({ target: settingsTable.userId, set: values });
    return next;
  });
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether `at` falls in the quiet hours, read in Asia/Seoul; a window may cross midnight (22:00–08:00). */
export function isQuietTime(quiet: NotificationSettings['quietHours'], at: Date): boolean {
  if (!quiet.enabled) return false;
  const { hour, minute } = seoulParts(at);
  const now = hour * 60 + minute;
  const [start, end] = [minutesOf(quiet.start), minutesOf(quiet.end)];
  if (start === end) return false;
  return start < end ? now >= start && now < end : now >= start || now < end;
}
