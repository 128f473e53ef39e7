import { finishGames, settleRecruitment } from '@/lib/games/mutations';
import { remindUpcomingGames } from '@/lib/games/notices';
import { registerJob } from './sweeper';

registerJob({ name: 'games:settle-recruitment', everyMs: 30_000, run: settleRecruitment });
registerJob({ name: 'games:finish', everyMs: 60_000, run: finishGames });
registerJob({ name: 'games:remind', everyMs: 60_000, run: remindUpcomingGames });
