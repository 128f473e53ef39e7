import { DomainError } from './domain-error';

export type WorkQueueOptions = {
  /** Tasks running at once. */
  concurrency: number;
  /** Callers allowed to wait for a slot; one more is turned away at once. */
  maxWaiting: number;
  /** How long a caller waits for a slot before being turned away. */
  maxWaitMs: number;
  /** What the 503 tells the caller (Retry-After). */
  retryAfterSeconds: number;
};

export type WorkQueue = {
  run<T>(task: () => Promise<T>): Promise<T>;
  readonly options: WorkQueueOptions;
  readonly running: number;
  readonly waiting: number;
};

const busy = (retryAfterSeconds: number) =>
  new DomainError('unavailable', '요청이 몰려 잠시 처리할 수 없습니다. 잠시 후 다시 시도해 주세요.', {
    reason: 'busy',
    retryAfterSeconds,
  });

/**
 * Runs expensive work a few at a time. A caller that would wait too long, or find the line
 * full, gets a 503 with Retry-After instead: waiting requests then cost neither memory nor
 * unbounded latency. (p-limit bounds concurrency only: its line is unbounded and never times out.)
 */
export function createWorkQueue(options: WorkQueueOptions): WorkQueue {
  const { concurrency, maxWaiting, maxWaitMs, retryAfterSeconds } = options;
  let running = 0;
  const waiting: (() => void)[] = [];

  const acquire = () => {
    if (running < concurrency) {
      running++;
      return Promise.resolve();
    }
    if (waiting.length >= maxWaiting) return Promise.reject(busy(retryAfterSeconds));
    return new Promise<void>((resolve, reject) => {
      const start = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(start), 1);
        reject(busy(retryAfterSeconds));
      }, maxWaitMs);
      waiting.push(start);
    });
  };

  // A finished task hands its slot straight to the next waiter, so `running` never dips.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };

  return {
    options,
    async run(task) {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
    get running() {
      return running;
    },
    get waiting() {
      return waiting.length;
    },
  };
}
