import type { Database } from '@/db/client';

export type NotifiedLoop = {
  /** Resolves when a run that started after this call has finished; calls while one waits share it. */
  kick(): Promise<void>;
  stop(): Promise<void>;
};

type Options = {
  /** Woken by NOTIFY on this channel (sent by an insert trigger at commit). */
  channel: string;
  /** The safety net for a missed notification or work that comes due later. */
  pollMs: number;
  /** Drains what is due; never runs twice at once in this process. */
  run(kick: () => Promise<void>): Promise<void>;
  /** Logged when a run throws; the next kick tries again. */
  failure: string;
  onStop?(): void;
};

/**
 * A background worker of this process that runs when its table's trigger notifies, when asked
 * (`kick`) and on a poll, one run at a time: the outbox dispatcher and the push sender.
 */
export function startNotifiedLoop(database: Database, { channel, pollMs, run, failure, onStop }: Options): NotifiedLoop {
  let stopped = false;
  let chain: Promise<void> = Promise.resolve();
  let queued: Promise<void> | undefined;

  const kick = (): Promise<void> => {
    if (stopped) return chain;
    queued ??= chain.then(() => {
      queued = undefined;
      if (stopped) return;
      return run(kick).catch((error: unknown) => {
        if (!stopped) console.error(JSON.stringify({ level: 'error', message: failure }), error instanceof Error ? error.stack : error);
      });
    });
    chain = queued;
    return queued;
  };

  const unlisten = listen(database, channel, () => void kick());
  const poll = setInterval(() => void kick(), pollMs);
  poll.unref();
  void kick();

  return {
    kick,
    async stop() {
      stopped = true;
      clearInterval(poll);
      onStop?.();
      await (await unlisten)();
      await chain;
    },
  };
}

async function listen(database: Database, channel: string, onNotify: () => void): Promise<() => Promise<void>> {
  try {
    if (database.engine === 'pglite') return await database.pglite.listen(channel, onNotify);
    const { unlisten } = await database.client.listen(channel, onNotify);
    return unlisten;
  } catch (error) {
    console.warn(JSON.stringify({ level: 'warn', message: `LISTEN ${channel} failed; polling only` }), error instanceof Error ? error.message : error);
    return async () => {};
  }
}
