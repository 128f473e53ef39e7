/**
 * `npm run build` unless the last build was made from exactly these sources: `npm test` builds
 * for its browser tests, and CI runs `npm test` twice (PGlite, then PostgreSQL) on one checkout,
 * where the second build would only repeat the first (several minutes on two cores). The
 * fingerprint is every tracked or new, non-ignored file's content, plus the lockfile's packages;
 * the build reads no environment variable into its output (no NEXT_PUBLIC_*, see lib/env.ts).
 * FORCE_BUILD=1 always builds.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const STAMP = '.next/source-fingerprint';
const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\0')
  .filter((file) => file && existsSync(file))
  .sort();
const hash = createHash('sha256');
for (const file of files) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
const fingerprint = hash.digest('hex');

const built = existsSync(STAMP) && existsSync('dist/server.js') && readFileSync(STAMP, 'utf8') === fingerprint;
if (built && process.env.FORCE_BUILD !== '1') {
  console.log('> build is current (same sources as the last build): skipped');
} else {
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  writeFileSync(STAMP, fingerprint);
}
