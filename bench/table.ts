/**
 * Issue #23's table re-measured in one run (npm run build first):
 *   npm run bench:table                      (about 40 minutes on a 2-core machine)
 * Runs the benchmarks behind each row one after another, on the same machine and database server,
 * each in its own process with the server it starts: the board (hot, direct and through Next,
 * with both ceilings and the servers' RSS), the board with a writer at 2,000 and at 200,000 posts
 * and cold at both sizes pair by pair, the hot reads against the empty Next route and the bare Node + postgres.js
 * ceiling, the same reads cold at 2,000 and at 100,000 games / 10,000 spaces / 200,000
 * reservations, chat search and chat history over 2,000 and 1,000,000 messages, the login burst,
 * 5,000 sockets on one and two processes, and chat fan-out. Every step's output goes through as it runs; at the end each
 * step's tables and target lines are printed again together, with how long the step took.
 * BENCH_TABLE_ONLY=boards,sockets runs the steps whose names contain one of those words;
 * BENCH_SECONDS, when set, goes to every step (each keeps its own default otherwise: 15 s for the
 * HTTP loads, as the issue's wrk runs).
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';

type Step = { name: string; script: string; env?: Record<string, string> };

const steps: Step[] = [
  { name: 'boards: hot list, empty routes direct and through Next, RSS', script: 'bench/boards.ts' },
  { name: 'boards: writer at 2,000 posts', script: 'bench/boards.ts', env: { BENCH_WRITER: '1', BENCH_POSTS: '2000' } },
  { name: 'boards: writer at 200,000 posts', script: 'bench/boards.ts', env: { BENCH_WRITER: '1', BENCH_POSTS: '200000' } },
  { name: 'boards: cold at 2,000 and 200,000 posts, pair by pair', script: 'bench/boards-cold.ts', env: { BENCH_POSTS: '2000,200000' } },
  { name: 'reads: hot reads against the ceilings', script: 'bench/reads.ts' },
  { name: 'reads: cold at 2,000 games and spaces', script: 'bench/reads.ts', env: { BENCH_COLD: '1', BENCH_GAMES: '2000', BENCH_SPACES: '2000' } },
  {
    name: 'reads: cold at 100,000 games, 10,000 spaces, 200,000 reservations',
    script: 'bench/reads.ts',
    env: { BENCH_COLD: '1', BENCH_GAMES: '100000', BENCH_SPACES: '10000', BENCH_RESERVATIONS: '200000' },
  },
  { name: 'chat search: 2,000 and 1,000,000 messages, pair by pair', script: 'bench/chat-search.ts', env: { BENCH_MESSAGES: '2000,1000000' } },
  { name: 'chat history: 2,000 messages', script: 'bench/chat-history.ts', env: { BENCH_MESSAGES: '2000' } },
  { name: 'chat history: 1,000,000 messages', script: 'bench/chat-history.ts', env: { BENCH_MESSAGES: '1000000' } },
  { name: 'login burst', script: 'bench/login.ts' },
  { name: 'sockets: 5,000 clients, one and two processes', script: 'bench/sockets.ts' },
  { name: 'chat fan-out: plain and lively rooms', script: 'bench/chat.ts' },
];

const only = process.env.BENCH_TABLE_ONLY?.split(',').filter(Boolean);
const chosen = only ? steps.filter((s) => only.some((word) => s.name.includes(word))) : steps;

/** The lines of a step's output worth reading again: its tables, its targets and its memory. */
const summaryLine = (line: string) => line.startsWith('|') || /target|RSS|^\s*(met|MISSED)\b/.test(line);

function runStep(step: Step): Promise<{ code: number | null; lines: string[] }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', step.script], {
      env: { ...process.env, ...step.env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString();
    });
    child.on('close', (code) => resolve({ code, lines: output.split('\n') }));
  });
}

const results: { step: Step; code: number | null; seconds: number; load: string; lines: string[] }[] = [];
const started = new Date();
for (const step of chosen) {
  const load = loadavg()[0]!.toFixed(1);
  console.log(`\n#### ${step.name} (${step.script}${step.env ? ` ${Object.entries(step.env).map(([k, v]) => `${k}=${v}`).join(' ')}` : ''}; load average ${load})\n`);
  const begun = performance.now();
  const { code, lines } = await runStep(step);
  results.push({ step, code, seconds: (performance.now() - begun) / 1000, load, lines });
}

console.log(`\n## Issue #23's table, one run (${started.toISOString()} to ${new Date().toISOString()})`);
for (const { step, code, seconds, load, lines } of results) {
  console.log(`\n### ${step.name}: ${seconds.toFixed(0)} s, load average ${load} at the start${code ? `, FAILED (exit ${code})` : ''}\n`);
  console.log(lines.filter(summaryLine).join('\n'));
}
process.exitCode = results.some((r) => r.code) ? 1 : 0;
