/**
 * One value per process, made on first use. server.ts (run by tsx) and Next's bundles each load
 * their own copy of lib/, so state both must see (the db client, the Socket.IO server, caches,
 * registries) lives on globalThis under a registered symbol rather than in a module variable.
 * A value that is replaced later (closed, swapped by tests) is kept in a holder object.
 */
export function processSingleton<T>(name: string, create: () => T): T {
  const slots = globalThis as typeof globalThis & Record<symbol, unknown>;
  const key = Symbol.for(`dongne.${name}`);
  if (!(key in slots)) slots[key] = create();
  return slots[key] as T;
}
