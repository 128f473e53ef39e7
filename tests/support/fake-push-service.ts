import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, verify, type ECDH } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A browser's half of a push subscription: a P-256 key pair and a 16-byte auth secret, the way
 * PushManager.subscribe() makes them (p256dh is the uncompressed public point).
 */
export function newBrowserKeys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16);
  return { ecdh, auth, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') } };
}

/**
 * RFC 8291 (Message Encryption for Web Push) over RFC 8188 aes128gcm, written from the RFCs
 * with node:crypto only, so the server's encryption is checked by an independent reading:
 * header = salt(16) | rs(4) | idlen(1) | keyid (the sender's public key); IKM from ECDH + the
 * auth secret, then CEK and nonce by HKDF; one record, padding delimiter 0x02.
 */
export function decryptPush(body: Buffer, ecdh: ECDH, auth: Buffer): string {
  const salt = body.subarray(0, 16);
  const rs = body.readUInt32BE(16);
  const idlen = body[20]!;
  const senderPublic = body.subarray(21, 21 + idlen);
  const records = body.subarray(21 + idlen);
  if (records.length > rs) throw new Error('more than one record');
  const shared = ecdh.computeSecret(senderPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), ecdh.getPublicKey(), senderPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(records.subarray(records.length - 16));
  const padded = Buffer.concat([decipher.update(records.subarray(0, records.length - 16)), decipher.final()]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error('last record lacks the 0x02 delimiter');
  return padded.subarray(0, end).toString('utf8');
}

/** Checks the VAPID header (RFC 8292): an ES256 JWT for this origin, signed by the key in `k`. */
function checkVapid(authorization: string | undefined, origin: string) {
  const match = authorization?.match(/^vapid t=([^,]+),\s*k=(.+)$/);
  if (!match) return 'no vapid authorization';
  const [header, claims, signature] = match[1]!.split('.');
  const point = Buffer.from(match[2]!, 'base64url');
  const key = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') }, format: 'jwk' });
  const ok = verify('sha256', Buffer.from(`${header}.${claims}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature!, 'base64url'));
  if (!ok) return 'bad vapid signature';
  const payload = JSON.parse(Buffer.from(claims!, 'base64url').toString()) as { aud: string; exp: number; sub: string };
  if (payload.aud !== origin) return `vapid aud ${payload.aud} is not ${origin}`;
  if (payload.exp * 1000 < Date.now()) return 'vapid token expired';
  return null;
}

export type ReceivedPush = { path: string; headers: Record<string, string | undefined>; body: Buffer; vapidError: string | null };

/**
 * A local push service on 127.0.0.1: records what it is sent and answers 201, or the status a
 * test sets for an endpoint (410 for a dropped subscription, 500 to make the sender retry).
 * `subscription()` makes a browser subscription pointing at it and decrypts what it received.
 */
export async function startFakePushService() {
  const received: ReceivedPush[] = [];
  const statuses = new Map<string, number>();
  let origin = '';
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
      received.push({ path, headers, body: Buffer.concat(chunks), vapidError: checkVapid(req.headers.authorization, origin) });
      res.writeHead(statuses.get(path) ?? 201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let seq = 0;
  return {
    origin,
    received,
    /** The status this endpoint answers from now on. */
    answer(endpoint: string, status: number) {
      statuses.set(new URL(endpoint).pathname, status);
    },
    subscription() {
      const browser = newBrowserKeys();
      const path = `/push/${++seq}-${randomBytes(4).toString('hex')}`;
      const endpoint = `${origin}${path}`;
      return {
        endpoint,
        keys: browser.keys,
        /** What this subscription received, decrypted and parsed. */
        messages: () => received.filter((r) => r.path === path).map((r) => ({ ...r, payload: JSON.parse(decryptPush(r.body, browser.ecdh, browser.auth)) as Record<string, unknown> })),
      };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
