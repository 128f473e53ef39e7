import { getDb } from '@/db/client';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { spaceAvailabilityEndpoint } from '@/lib/spaces/endpoints';
import { spaceAvailability } from '@/lib/spaces/queries';

export const GET = handle(spaceAvailabilityEndpoint, async ({ params, query }) =>
  json(await spaceAvailability(getDb(), params.id, query.date, new Date())),
);
