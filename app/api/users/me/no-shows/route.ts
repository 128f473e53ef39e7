import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { myNoShowsEndpoint } from '@/lib/trust/endpoints';
import { listMyNoShows } from '@/lib/trust/no-shows';

export const GET = handle(myNoShowsEndpoint, async ({ db, actor }) => json(await listMyNoShows(db, actor.user)));
