import { describe, expect, it } from 'vitest';
import { createWorkQueue } from './work-queue';

/** A task that runs until its `finish` is called. */
function task() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  let started = false;
  return {
    run: () => {
      started = true;
      return done;
    },
    finish,
    get started() {
      return started;
    },
  };
}

/** Lets started tasks reach their first line. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

const options = { concurrency: 2, maxWaiting: 2, maxWaitMs: 60_000, retryAfterSeconds: 2 };
const busy = { code: 'unavailable', extra: { reason: 'busy', retryAfterSeconds: 2 } };

describe('work queue', () => {
  it('runs at most `concurrency` tasks at once and starts waiters in order as slots free', async () => {
    const queue = createWorkQueue(options);
    const tasks = [task(), task(), task(), task()];
    const results = tasks.map((t) => queue.run(t.run));
    await settle();
    expect(tasks.map((t) => t.started)).toEqual([true, true, false, false]);
    expect([queue.running, queue.waiting]).toEqual([2, 2]);
    tasks[1]!.finish();
    await results[1];
    await settle();
    expect(tasks.map((t) => t.started)).toEqual([true, true, true, false]);
    expect([queue.running, queue.waiting]).toEqual([2, 1]);
    for (const t of tasks) t.finish();
    await Promise.all(results);
    expect([queue.running, queue.waiting]).toEqual([0, 0]);
  });

  it('turns a caller away at once, with Retry-After, when the line is full', async () => {
    const queue = createWorkQueue(options);
    const tasks = [task(), task(), task(), task()];
    const results = tasks.map((t) => queue.run(t.run));
    const extra = task();
    await expect(queue.run(extra.run)).rejects.toMatchObject(busy);
    expect(extra.started).toBe(false);
    for (const t of tasks) t.finish();
    await Promise.all(results);
  });

  it('gives up on a waiter after the wait limit, and never runs it', async () => {
    const queue = createWorkQueue({ ...options, concurrency: 1, maxWaitMs: 30 });
    const first = task();
    const running = queue.run(first.run);
    const late = task();
    await expect(queue.run(late.run)).rejects.toMatchObject(busy);
    expect(queue.waiting).toBe(0);
    first.finish();
    await running;
    await settle();
    expect(late.started).toBe(false);
    expect(queue.running).toBe(0);
  });

  it('frees the slot of a task that fails', async () => {
    const queue = createWorkQueue({ ...options, concurrency: 1 });
    await expect(queue.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(queue.run(async () => 'next')).resolves.toBe('next');
    expect(queue.running).toBe(0);
  });
});
