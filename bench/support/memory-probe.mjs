// Preloaded into benchmarked servers (node --import): on SIGUSR2 the process writes its memory
// figures to MEMORY_PROBE_FILE, so a bench can read the heap of a process it only has the pid of.
import { writeFileSync } from 'node:fs';
import v8 from 'node:v8';

const file = process.env.MEMORY_PROBE_FILE;
if (file) {
  process.on('SIGUSR2', () => {
    // With --expose-gc (BENCH_NODE_ARGS) the figures are of live objects only: garbage is not memory the app holds.
    const beforeGc = process.memoryUsage().heapUsed;
    globalThis.gc?.();
    const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, s.space_used_size]));
    writeFileSync(file, JSON.stringify({ ...process.memoryUsage(), beforeGc, spaces, at: Date.now() }));
  });
}
