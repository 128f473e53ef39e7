import { finishGames, settleRecruitment } from '@/lib/games/mutations';
import { emitGames } from '@/lib/games/notify';
import { remindUpcomingGames } from '@/lib/games/notices';
import { registerJob } from './sweeper';

registerJob({ name: 'games:settle-recruitment', everyMs: 30_000, run: async (db, now) => emitGames(db, await settleRecruitment(db, now)) });
registerJob({ name: 'games:finish', everyMs: 60_000, run: async (db, now) => emitGames(db, await finishGames(db, now)) });
registerJob({ name: 'games:remind', everyMs: 60_000, run: remindUpcomingGames });
