import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { openApiEndpoint } from '@/lib/ops/endpoints';
import { apiDocument } from '@/app/openapi';

export const GET = handle(openApiEndpoint, async () => json(apiDocument()));
