/**
 * Lighthouse 12.2.3 (mobile profile: Moto G Power emulation, simulated slow 4G) on the production
 * build, for /, /posts, /games, /spaces and /chat, signed out and signed in as a demo neighbour;
 * plus Chrome's own installability check (Lighthouse 12 has no PWA category any more:
 * `Page.getInstallabilityErrors` over the DevTools protocol, and the service worker controlling
 * the page). A benchmark, never part of `npm test`:
 *   npm run build && npx tsx bench/lighthouse/run.ts      (DATABASE_URL defaults to the local server)
 * LH_RUNS=3 (the default) loads each page that many times and reports the median of each figure
 * (one run moves by several points on a shared machine).
 * Writes bench/lighthouse/results.json and prints the table the README quotes.
 * To look into one page: LH_PAGES=/chat (comma-separated), LH_USERS=signed-in (or visitor), and
 * LH_DUMP=<dir> to keep each run's full report (its trace summary, long tasks, LCP element).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { freshDatabase, startServer, table } from '../support/server';
import { median } from '../support/stats';

const PORT = Number(process.env.LH_PORT ?? 3351);
const RUNS = Number(process.env.LH_RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGES = process.env.LH_PAGES?.split(',') ?? ['/', '/posts', '/games', '/spaces', '/chat'];
const USERS = process.env.LH_USERS ? [process.env.LH_USERS === 'signed-in'] : [false, true];
const DUMP = process.env.LH_DUMP;
const DEMO = { email: 'minji@dongne.test', password: 'dongne1234' };

/** A next-auth session cookie for a demo user, the way the login form gets one. */
async function sessionCookie(base: string) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar, origin: base },
    body: new URLSearchParams({ ...DEMO, csrfToken, json: 'true' }),
  });
  const session = res.headers.getSetCookie().find((c) => c.includes('next-auth.session-token'));
  if (!session) throw new Error(`login failed: ${res.status}`);
  return session.split(';')[0]!;
}

async function installability(base: string) {
  // A persistent profile: Chrome reports every incognito context as not installable.
  const profile = mkdtempSync(path.join(tmpdir(), 'dongne-lh-'));
  const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ['--no-sandbox'], viewport: { width: 412, height: 915 }, isMobile: true });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    const controlled = await page.evaluate(() => Boolean(navigator.serviceWorker.controller));
    const manifest = (await (await fetch(`${base}/manifest.webmanifest`)).json()) as { icons: { purpose: string }[] };
    return { installabilityErrors: installabilityErrors.map((e) => e.errorId), serviceWorkerControls: controlled, maskableIcon: manifest.icons.some((i) => i.purpose === 'maskable') };
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** INSTALL_ONLY=1 skips the Lighthouse runs (the installability check alone). */
const installOnly = process.env.INSTALL_ONLY === '1';
const database = await freshDatabase('dongne_bench_lighthouse');
const server = await startServer({ port: PORT, databaseUrl: database.url, env: { SEED_DEMO: '1' } });
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const rows: Record<string, string | number>[] = [];
const results: unknown[] = [];
try {
  const cookie = await sessionCookie(server.base);
  for (const signedIn of installOnly ? [] : USERS) {
    for (const page of PAGES) {
      // A warm-up load first: Next compiles nothing in production, but caches and the database warm up.
      await fetch(`${server.base}${page}`, { headers: signedIn ? { cookie } : {} });
      const runs: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][] = [];
      for (let i = 0; i < RUNS; i++) {
        const run = await lighthouse(
          `${server.base}${page}`,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'], extraHeaders: signedIn ? { cookie } : undefined },
        );
        runs.push(run!.lhr);
        if (DUMP) writeFileSync(path.join(DUMP, `${signedIn ? 'in' : 'out'}${page.replaceAll('/', '_') || '_'}-${i}.json`), JSON.stringify(run!.lhr));
      }
      const lhr = runs[0]!;
      const score = (id: string) => median(runs.map((r) => Math.round((r.categories[id]?.score ?? 0) * 100)));
      const audit = (id: string) => median(runs.map((r) => r.audits[id]?.numericValue ?? 0));
      const row = {
        page,
        user: signedIn ? 'signed in' : 'visitor',
        final: new URL(lhr.finalDisplayedUrl).pathname,
        performance: score('performance'),
        'perf runs': runs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100)).join('/'),
        accessibility: score('accessibility'),
        'best practices': score('best-practices'),
        'LCP ms': Math.round(audit('largest-contentful-paint')),
        'TBT ms': Math.round(audit('total-blocking-time')),
        CLS: Number(audit('cumulative-layout-shift').toFixed(3)),
      };
      rows.push(row);
      const failed = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode) && !lhr.categories.performance!.auditRefs.some((r) => r.id === a.id))
        .map((a) => a.id);
      results.push({ ...row, failedAudits: failed });
      console.log(JSON.stringify(row), failed.length ? `failing: ${failed.join(', ')}` : '');
    }
  }
  const install = await installability(server.base);
  results.push({ installability: install });
  console.log(`${rows.length ? `\n${table(rows)}\n` : ''}\ninstallability: ${JSON.stringify(install)}`);
  if (!installOnly && !process.env.LH_PAGES && !process.env.LH_USERS) writeFileSync('bench/lighthouse/results.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), lighthouse: '12.2.3', results }, null, 2)}\n`);
} finally {
  await chrome.kill();
  await server.stop();
  await database.drop();
}
