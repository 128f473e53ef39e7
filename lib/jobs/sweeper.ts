import type { Db } from '@/db/client';

export type Job = {
  name: string;
  everyMs: number;
  /** Must be safe when several processes run it at once (conditional updates, SKIP LOCKED). */
  run(db: Db, now: Date): Promise<unknown>;
};

const jobs = new Map<string, Job>();

export function registerJob(job: Job) {
  jobs.set(job.name, job);
}

export const registeredJobs = () => [...jobs.values()];

/** Runs every job that is due, one after another, and never lets one failure stop the loop. */
export async function runDueJobs(db: Db, now: Date, lastRun: Map<string, number>) {
  for (const job of jobs.values()) {
    if (now.getTime() - (lastRun.get(job.name) ?? 0) < job.everyMs) continue;
    lastRun.set(job.name, now.getTime());
    try {
      await job.run(db, now);
    } catch (error) {
      console.error(JSON.stringify({ level: 'error', job: job.name, message: (error as Error).message }));
    }
  }
}

export function startSweeper(db: Db, { tickMs = 5_000 } = {}) {
  const lastRun = new Map<string, number>();
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    running ??= runDueJobs(db, new Date(), lastRun).finally(() => (running = undefined));
  }, tickMs);
  timer.unref();
  return async function stop() {
    clearInterval(timer);
    await running;
  };
}
