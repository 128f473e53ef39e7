import { handle } from '@/lib/http/handler';
import { created } from '@/lib/http/responses';
import { createReportEndpoint } from '@/lib/reports/endpoints';
import { submitReport } from '@/lib/reports/mutations';

export const POST = handle(createReportEndpoint, async ({ db, actor, body }) => created(await submitReport(db, actor.user, body)));
