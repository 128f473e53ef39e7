import { jsonBytes } from '@/lib/core/shared-pages';
import { rememberBytes } from './response-bytes';
import { toICalendar, type CalendarEvent } from '@/lib/calendar/ical';

export const json = (body: unknown, status = 200, headers?: HeadersInit) => {
  const h = new Headers(headers);
  h.set('content-type', 'application/json');
  const bytes = jsonBytes(body);
  // A view, not a copy (a small Buffer sits inside Node's shared pool, hence the offset).
  const view = new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
  return rememberBytes(new Response(view, { status, headers: h }), bytes);
};

export const created = (body: unknown, headers?: HeadersInit) => json(body, 201, headers);

export const noContent = (headers?: HeadersInit) => new Response(null, { status: 204, headers });

/**
 * An iCalendar file. With a `filename` it is a download ("캘린더에 추가"); without one it is a feed
 * a calendar app polls. Never stored by shared caches: a feed's URL carries its secret.
 */
export const calendar = (entry: { name: string; events: CalendarEvent[]; filename?: string }, now = new Date()) =>
  new Response(toICalendar(entry.name, entry.events, now), {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      ...(entry.filename && { 'content-disposition': `attachment; filename="${entry.filename}"` }),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
