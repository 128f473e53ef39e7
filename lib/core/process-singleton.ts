/**
 * State shared by server.ts (run by tsx) and Next's route bundles, which each load their own
 * copy of lib/: the first copy to ask creates it, every later one gets the same instance.
 */
export function processSingleton<T>(name: string, create: () => T): T {
  const key = Symbol.for(`dongne.${name}`);
  const store = globalThis as Record<symbol, unknown>;
  if (!(key in store)) store[key] = create();
  return store[key] as T;
}
