import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { bareHost, resolvePublicAddresses } from './url-guard';

export const SEND_TIMEOUT_MS = 10_000;
/** What of a receiver's answer is kept in the delivery log. */
const KEPT_ERROR_CHARS = 300;

export type WebhookRequest = { url: string; headers: Record<string, string>; body: string };
export type WebhookResponse = { status: number; retryAfterSeconds?: number };
/** Sends one signed request; tests may replace it, production uses `httpTransport`. */
export type WebhookTransport = (request: WebhookRequest) => Promise<WebhookResponse>;

/**
 * The connection goes to an address checked at connect time, not at registration: the lookup
 * itself refuses private answers, so a name that later resolves elsewhere (DNS rebinding) cannot
 * reach the inside. An IP literal is never looked up, so it is checked before.
 */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  resolvePublicAddresses(hostname).then(
    (addresses) => {
      if (options.all) (callback as unknown as (e: null, a: typeof addresses) => void)(null, addresses);
      else callback(null, addresses[0]!.address, addresses[0]!.family);
    },
    (error: NodeJS.ErrnoException) => callback(error, '', 0),
  );
};

/** POST with a 10 s limit on the whole exchange; redirects are answers like any other (never followed). */
export const httpTransport: WebhookTransport = async ({ url, headers, body }) => {
  const target = new URL(url);
  await resolvePublicAddresses(bareHost(target));
  const client = target.protocol === 'https:' ? https : http;
  return new Promise<WebhookResponse>((resolve, reject) => {
    const req = client.request(
      target,
      { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, lookup: guardedLookup, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) },
      (res) => {
        res.resume();
        res.on('end', () => {
          const retryAfter = Number(res.headers['retry-after']);
          resolve({ status: res.statusCode ?? 0, retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
};

export const describeSendError = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, KEPT_ERROR_CHARS);
