import { finishGames, settleRecruitment } from '@/lib/games/mutations';
import { emitGames } from '@/lib/games/notify';
import { remindUpcomingGames } from '@/lib/games/notices';
import type { Job } from './sweeper';

export const gameJobs: Job[] = [
  { name: 'games:settle-recruitment', everyMs: 30_000, run: async (db, now) => emitGames(db, await settleRecruitment(db, now)) },
  { name: 'games:finish', everyMs: 60_000, run: async (db, now) => emitGames(db, await finishGames(db, now)) },
  { name: 'games:remind', everyMs: 60_000, run: remindUpcomingGames },
];
