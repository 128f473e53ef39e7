import { randomBytes, scryptSync } from 'node:crypto';
import { passwordQueue } from '../../lib/accounts/password';

/** A hash as the app stored them before argon2id (scrypt$<logN>$<r>$<p>$<salt>$<key>), at a cheap N. */
export function legacyScryptHash(password: string, logN = 10) {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize('NFKC'), salt, 32, { N: 2 ** logN, r: 8, p: 1 });
  return ['scrypt', logN, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

/**
 * Takes every running and waiting place in the process's password queue, as a burst of
 * sign-ins would; the returned function lets them all finish.
 */
export function fillPasswordQueue() {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const { concurrency, maxWaiting } = passwordQueue.options;
  // A waiting place that times out (after 5 s) just ends; tests ask right after filling.
  const held = Array.from({ length: concurrency + maxWaiting }, () => passwordQueue.run(() => gate).catch(() => {}));
  return async () => {
    open();
    await Promise.all(held);
  };
}
