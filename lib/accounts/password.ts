import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { env } from '@/lib/env';

// OWASP's scrypt recommendation (N=2^17, r=8, p=1). Tests lower the cost through
// PASSWORD_HASH_LOG_N; each hash records its own parameters, so verification always works.
const logN = () => env().PASSWORD_HASH_LOG_N;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { ...options, maxmem: 256 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** Format: scrypt$<logN>$<r>$<p>$<salt base64>$<key base64> */
export async function hashPassword(password: string): Promise<string> {
  const n = logN();
  const salt = randomBytes(16);
  const key = await derive(password, salt, { N: 2 ** n, r: 8, p: 1 });
  return ['scrypt', n, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), { N: 2 ** Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check, so unknown emails can't be told apart by timing. */
export async function verifyAgainstDummy(password: string) {
  dummyHash ??= hashPassword('dongne-dummy-password');
  await verifyPassword(password, await dummyHash);
  return false;
}
