import type { Db } from '@/db/client';
import { processSingleton } from '@/lib/core/process-singleton';
import type { DomainEvent } from './record';

export type DeliveredEvent = DomainEvent & { id: number };

/**
 * Something an event causes. `once` consumers run in the process that claimed the event, inside
 * its delivery transaction (`tx`: read through it, never through the bare client); `everyProcess`
 * consumers (process-local caches) also run in every other app process.
 */
export type Consumer = {
  name: string;
  /** The event types it handles; all when omitted. */
  types?: string[];
} & (
  | { scope: 'once'; handle(event: DeliveredEvent, tx: Db): void | Promise<void> }
  | { scope: 'everyProcess'; handle(event: DeliveredEvent): void }
);

type Registry = { consumers: Map<string, Consumer>; toOtherProcesses?: (events: DeliveredEvent[]) => void };
const registry = processSingleton<Registry>('event-consumers', () => ({ consumers: new Map() }));

/** Registering the same name again replaces it (server.ts and tests call registration once each). */
export function registerConsumer(consumer: Consumer) {
  registry.consumers.set(consumer.name, consumer);
}

/** How `everyProcess` consumers reach the other app processes (the Socket.IO adapter, when clustered). */
export function setOtherProcessesRelay(relay: ((events: DeliveredEvent[]) => void) | undefined) {
  registry.toOtherProcesses = relay;
}

const wants = (consumer: Consumer, event: DomainEvent) => !consumer.types || consumer.types.includes(event.type);

function logFailure(consumer: Consumer, event: DeliveredEvent, error: unknown) {
  console.error(
    JSON.stringify({ level: 'error', message: 'event consumer failed', consumer: consumer.name, eventId: event.id, type: event.type }),
    error instanceof Error ? error.stack : error,
  );
}

/**
 * Runs every consumer of each event, in order. A failing consumer is logged and does not stop
 * the others: what it does (a socket push, a cache entry) has nothing to retry into.
 */
export async function deliver(events: DeliveredEvent[], tx: Db) {
  const local: DeliveredEvent[] = [];
  for (const event of events) {
    for (const consumer of registry.consumers.values()) {
      if (!wants(consumer, event)) continue;
      if (consumer.scope === 'everyProcess' && !local.includes(event)) local.push(event);
      try {
        await consumer.handle(event, tx);
      } catch (error) {
        logFailure(consumer, event, error);
      }
    }
  }
  if (local.length) registry.toOtherProcesses?.(local);
}

/** What another process relayed: only its process-local consumers run here. */
export function deliverRelayed(events: DeliveredEvent[]) {
  for (const event of events) {
    for (const consumer of registry.consumers.values()) {
      if (consumer.scope !== 'everyProcess' || !wants(consumer, event)) continue;
      try {
        consumer.handle(event);
      } catch (error) {
        logFailure(consumer, event, error);
      }
    }
  }
}
