import { deleteOldMenuChats } from '@/lib/menus/chat-store';
import { deleteExpiredWeather } from '@/lib/weather/cache';
import type { Job } from './sweeper';

export const homeJobs: Job[] = [
  { name: 'weather-cache:delete-expired', everyMs: 10 * 60_000, run: (db, now) => deleteExpiredWeather(db, now) },
  { name: 'menu-chats:delete-old', everyMs: 60 * 60_000, run: (db, now) => deleteOldMenuChats(db, now) },
];
