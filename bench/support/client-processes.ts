/**
 * The parent's side of bench/support/socket-clients.ts: forks load-generating processes and asks
 * them for work over IPC. bench/sockets and bench/chat both spread their sockets over these, so no
 * benchmark measures its own event loop: a room's members are phones, not one process
 * serialising every delivery and every extra request of the whole room.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { ChildMessage, ParentMessage } from './socket-clients';

export type ClientProcess = {
  process: ChildProcess;
  ask: <T extends ChildMessage['type']>(message: ParentMessage, answer: T) => Promise<Extract<ChildMessage, { type: T }>>;
  close: () => void;
};

export function forkClients(): ClientProcess {
  const child = fork(join(import.meta.dirname, 'socket-clients.ts'), { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const ask: ClientProcess['ask'] = (message, answer) =>
    new Promise((resolve, reject) => {
      const onExit = () => reject(new Error('a client process exited'));
      const onMessage = (m: ChildMessage) => {
        if (m.type !== answer) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(m as never);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send(message);
    });
  const close = () => {
    if (child.connected) child.send({ type: 'close' } satisfies ParentMessage);
  };
  return { process: child, ask, close };
}

/** Splits `items` into `parts` consecutive shares, as even as they come. */
export const shares = <T>(items: T[], parts: number) => {
  const size = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, k) => items.slice(k * size, (k + 1) * size));
};
