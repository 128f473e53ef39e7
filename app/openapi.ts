import * as accounts from '@/lib/accounts/endpoints';
import * as admin from '@/lib/admin/endpoints';
import * as boards from '@/lib/boards/endpoints';
import * as chat from '@/lib/chat/endpoints';
import * as community from '@/lib/community/endpoints';
import * as friends from '@/lib/friends/endpoints';
import * as games from '@/lib/games/endpoints';
import * as images from '@/lib/images/endpoints';
import * as menus from '@/lib/menus/endpoints';
import * as payments from '@/lib/payments/endpoints';
import * as reports from '@/lib/reports/endpoints';
import type { Endpoint } from '@/lib/core/endpoint';
import { openApiDocument } from '@/lib/http/openapi';
import * as neighbourhoods from '@/lib/neighbourhoods/endpoints';
import * as notifications from '@/lib/notifications/endpoints';
import * as push from '@/lib/push/endpoints';
import * as orders from '@/lib/orders/endpoints';
import * as reservations from '@/lib/reservations/endpoints';
import * as reviews from '@/lib/reviews/endpoints';
import * as settlements from '@/lib/settlements/endpoints';
import * as spaces from '@/lib/spaces/endpoints';
import * as trust from '@/lib/trust/endpoints';
import * as weather from '@/lib/weather/endpoints';
import * as ops from '@/lib/ops/endpoints';
import * as webhooks from '@/lib/webhooks/endpoints';

/** Every endpoint module of the API; a new domain adds its module here. */
export const allEndpoints: Endpoint[] = [accounts, neighbourhoods, boards, orders, community, chat, friends, games, reviews, payments, settlements, spaces, images, reservations, notifications, push, reports, admin, trust, weather, menus, webhooks, ops].flatMap(
  (m) => Object.values(m),
);

const API_VERSION = '1.1.1';

let cached: ReturnType<typeof openApiDocument> | undefined;

export function apiDocument() {
  cached ??= openApiDocument(allEndpoints, {
    title: 'Dongne (동네) API',
    // Semantic versioning of the contract; README "API changelog" says what each version changed.
    version: API_VERSION,
    description:
      'JSON in and out; errors are RFC 9457 problem details (`components.schemas.Problem`, its `reason` values listed there). ' +
      'Authenticate with `Authorization: Bearer <accessToken>` (POST /api/tokens) or the browser session cookie. ' +
      'Any /api path no operation answers is 404 problem+json, a method a path does not answer 405 problem+json. ' +
      'Dates: a date `YYYY-MM-DD` means that day in Asia/Seoul; instants are ISO 8601 with `Z` or an offset. ' +
      'Paying with the sandbox: POST /api/payments (or join a paid game, book a space) → POST /api/payments/{id}/sandbox-authorize ' +
      '{cardNumber: "4242 4242 4242 4242"} → POST /api/payments/{id}/approve {paymentKey}.',
  });
  return cached;
}
