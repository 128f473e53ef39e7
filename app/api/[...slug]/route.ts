import { problemResponse } from '@/lib/http/problem';

/** Any /api path no route claims: problem+json like every other API error, not Next's HTML page. */
const notFound = async () => problemResponse(404, '없는 API 경로입니다. /api/openapi.json에서 경로를 확인해 주세요.');

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
