import { problemReasons } from '@/lib/core/domain-error';
import type { Endpoint } from '@/lib/core/endpoint';
import { problemBody } from '@/lib/http/problem';

const detailByStatus: Record<number, string> = {
  400: '입력한 내용을 확인해 주세요.',
  401: '로그인이 필요합니다.',
  403: '이 작업을 할 권한이 없습니다.',
  404: '찾을 수 없습니다.',
  405: '이 주소는 그 메서드를 받지 않습니다.',
  409: '지금 상태에서는 할 수 없습니다.',
  413: '요청 본문이 너무 큽니다.',
  415: 'Content-Type: application/json 으로 보내 주세요.',
  422: '처리할 수 없는 요청입니다.',
  429: '요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.',
  503: '잠시 후 다시 시도해 주세요.',
};

const known = new Set<string>(problemReasons);

/**
 * The `reason` values an endpoint's summary documents per status: `409 reason "card_declined"`,
 * `409 token_limit`, `400, reason "invalid_token"` — only names that are real problem reasons.
 */
export function documentedReasons(summary: string): Map<number, string[]> {
  const found = new Map<number, string[]>();
  for (const [, status, reason] of summary.matchAll(/(\d{3}),?\s+(?:reason\s+)?"?([a-z][a-z_]+)"?/g)) {
    if (!known.has(reason!)) continue;
    const list = found.get(Number(status)) ?? [];
    if (!list.includes(reason!)) found.set(Number(status), [...list, reason!]);
  }
  return found;
}

/**
 * The media type of one error response with its examples: one per documented reason (named
 * by it), or a single `example`. A write's 403 shows a suspended account's answer when the
 * route documents no other reason; a 400 names the first input field.
 */
export function problemMedia(endpoint: Endpoint | undefined, status: number, field: string | undefined) {
  const schema = { $ref: '#/components/schemas/Problem' };
  let reasons = endpoint ? (documentedReasons(endpoint.summary).get(status) ?? []) : [];
  const writes = endpoint && endpoint.method !== 'GET' && !endpoint.allowSuspended && endpoint.auth !== 'none';
  if (status === 403 && reasons.length === 0 && writes) reasons = ['suspended'];
  const body = (reason?: string) =>
    problemBody(status, detailByStatus[status] ?? '요청을 처리하지 못했습니다.', {
      ...(reason && { reason: reason as never }),
      ...(reason === 'suspended' && { suspendedUntil: '2026-06-08T00:00:00+09:00' }),
      ...(status === 400 && field && { errors: { [field]: ['입력해 주세요.'] } }),
    });
  if (reasons.length > 1) return { schema, examples: Object.fromEntries(reasons.map((r) => [r, { summary: `reason "${r}"`, value: body(r) }])) };
  return { schema, example: body(reasons[0]) };
}
