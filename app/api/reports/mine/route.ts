import { getDb } from '@/db/client';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { myReportsEndpoint } from '@/lib/reports/endpoints';
import { listMyReports } from '@/lib/reports/queries';

export const GET = handle(myReportsEndpoint, async ({ actor }) => json(await listMyReports(getDb(), actor.user.id)));
