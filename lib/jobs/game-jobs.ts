import { finishGames, settleRecruitment } from '@/lib/games/mutations';
import { remindUpcomingGames } from '@/lib/games/notices';
import type { Job } from './sweeper';

export const gameJobs: Job[] = [
  { name: 'games:settle-recruitment', everyMs: 30_000, run: settleRecruitment },
  { name: 'games:finish', everyMs: 60_000, run: finishGames },
  { name: 'games:remind', everyMs: 60_000, run: remindUpcomingGames },
];
