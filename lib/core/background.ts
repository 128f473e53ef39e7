import { processSingleton } from './process-singleton';

const pending = () => processSingleton('background', () => new Set<Promise<void>>());

/**
 * Work a request starts but does not wait for (sending mail), so the answer does not depend
 * on it: a password-reset request answers the same, as fast, whether or not the email exists.
 * Failures are logged, never thrown.
 */
export function runInBackground(label: string, work: () => Promise<unknown>) {
  const task: Promise<void> = Promise.resolve()
    .then(work)
    .then(
      () => undefined,
      (error: unknown) => {
        console.error(JSON.stringify({ level: 'error', message: `${label} failed` }), error instanceof Error ? error.stack : error);
      },
    )
    .finally(() => pending().delete(task));
  pending().add(task);
}

/** Resolves once every background task (including ones started meanwhile) has finished: tests and shutdown. */
export async function settleBackground() {
  while (pending().size) await Promise.all([...pending()]);
}
