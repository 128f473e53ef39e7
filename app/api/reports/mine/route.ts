import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { myReportsEndpoint } from '@/lib/reports/endpoints';
import { listMyReports } from '@/lib/reports/queries';

export const GET = handle(myReportsEndpoint, async ({ db, actor }) => json(await listMyReports(db, actor.user.id)));
