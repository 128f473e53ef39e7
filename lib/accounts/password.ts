import { availableParallelism } from 'node:os';
import { scrypt, timingSafeEqual } from 'node:crypto';
import { hash, parseOptions, verify } from '@node-rs/argon2';
import { createWorkQueue, type WorkQueue } from '@/lib/core/work-queue';
import { env } from '@/lib/env';

/**
 * argon2id at OWASP's first setting (m = 19 MiB, t = 2, p = 1): about 20 ms of one core per
 * hash here, against a second and 128 MiB for the scrypt it replaces (README, "Passwords").
 * Tests lower the memory through PASSWORD_HASH_MEMORY_KIB; each hash records its own
 * parameters, so verification always works and `needsRehash` sees weaker ones.
 */
const argon2Options = () => ({ memoryCost: env().PASSWORD_HASH_MEMORY_KIB, timeCost: 2, parallelism: 1 });

/**
 * Every hash and verify in the process waits here: one per core at a time, at most 32 per core
 * waiting, none longer than 5 s, so a 50-connection burst still gets through at 10 sign-ins/s
 * (bench/login.ts). On globalThis: server.ts and Next's bundles load separate copies of this module.
 */
const key = Symbol.for('dongne.password-queue');
type QueueGlobal = typeof globalThis & { [key]?: WorkQueue };
export const passwordQueue = ((globalThis as QueueGlobal)[key] ??= createWorkQueue({
  concurrency: availableParallelism(),
  maxWaiting: 32 * availableParallelism(),
  maxWaitMs: 5000,
  retryAfterSeconds: 2,
}));

const normalize = (password: string) => password.normalize('NFKC');

/** PHC format: $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash> */
export function hashPassword(password: string): Promise<string> {
  return passwordQueue.run(() => hash(normalize(password), argon2Options()));
}

export function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (stored.startsWith('scrypt$')) return passwordQueue.run(() => verifyScrypt(password, stored));
  if (!stored.startsWith('$argon2id$')) return Promise.resolve(false);
  return passwordQueue.run(() => verify(stored, normalize(password)).catch(() => false));
}

/** True for anything but argon2id at today's parameters: sign-in then stores a fresh hash. */
export function needsRehash(stored: string): boolean {
  if (!stored.startsWith('$argon2id$')) return true;
  try {
    const { memoryCost, timeCost, parallelism } = parseOptions(stored);
    const current = argon2Options();
    return memoryCost !== current.memoryCost || timeCost !== current.timeCost || parallelism !== current.parallelism;
  } catch {
    return true;
  }
}

/** Hashes from before argon2id: scrypt$<logN>$<r>$<p>$<salt base64>$<key base64>. */
function verifyScrypt(password: string, stored: string): Promise<boolean> {
  const [, n, r, p, salt, key] = stored.split('$');
  if (!n || !r || !p || !salt || !key) return Promise.resolve(false);
  const expected = Buffer.from(key, 'base64');
  const options = { N: 2 ** Number(n), r: Number(r), p: Number(p), maxmem: 256 * 1024 * 1024 };
  return new Promise((resolve) =>
    scrypt(normalize(password), Buffer.from(salt, 'base64'), expected.length, options, (err, actual) =>
      resolve(!err && actual.length === expected.length && timingSafeEqual(actual, expected)),
    ),
  );
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check, so unknown emails can't be told apart by timing. */
export async function verifyAgainstDummy(password: string) {
  dummyHash ??= hashPassword('dongne-dummy-password').catch((error: unknown) => {
    dummyHash = undefined;
    throw error;
  });
  await verifyPassword(password, await dummyHash);
  return false;
}
