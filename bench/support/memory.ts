import { readFileSync } from 'node:fs';

const MB = 1024 * 1024;

/** A process's resident set in MB, from /proc. */
export function rssMb(pid: number) {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Math.round(Number(kb) / 1024);
}

/** CPU time (user + system) a process has used so far, in ms, from /proc. */
export function cpuMs(pid: number) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/**
 * Samples a process's RSS every 100 ms until `stop()`, which answers the peak and the steady
 * figure (the median of the second half of the samples: the level once warm-up growth is over).
 */
export function sampleRss(pid: number, everyMs = 100) {
  const samples: number[] = [rssMb(pid)];
  const timer = setInterval(() => samples.push(rssMb(pid)), everyMs);
  return {
    stop() {
      clearInterval(timer);
      const tail = samples.slice(Math.floor(samples.length / 2)).sort((a, b) => a - b);
      return { start: samples[0]!, peak: Math.max(...samples), steady: tail[Math.floor(tail.length / 2)]! };
    },
  };
}

/** One line for a bench's output: a server's RSS over a run, with its heap at the end. */
export async function memoryLine(name: string, rss: { peak: number; steady: number }, server: { pid: number; probeFile: string }) {
  const m = await probeMemory(server);
  return `${name}: RSS peak ${rss.peak} MB, steady ${rss.steady} MB (target ≤ 300); heap used ${m.heapUsed} of ${m.heapTotal} MB, young generation ${m.spaces.new_space ?? 0} MB, external ${m.external} MB`;
}

export type MemoryFigures = { rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number; spaces: Record<string, number> };

/** The server's own view of its memory, in MB (through bench/support/memory-probe.mjs, which startServer preloads). */
export async function probeMemory(server: { pid: number; probeFile: string }): Promise<MemoryFigures> {
  const before = Date.now();
  process.kill(server.pid, 'SIGUSR2');
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 20));
    try {
      const figures = JSON.parse(readFileSync(server.probeFile, 'utf8')) as MemoryFigures & { at: number };
      if (figures.at < before) continue;
      const mb = (n: number) => Math.round((n / MB) * 10) / 10;
      return {
        rss: mb(figures.rss),
        heapTotal: mb(figures.heapTotal),
        heapUsed: mb(figures.heapUsed),
        external: mb(figures.external),
        arrayBuffers: mb(figures.arrayBuffers),
        spaces: Object.fromEntries(Object.entries(figures.spaces).map(([k, v]) => [k, mb(v)])),
      };
    } catch {
      // not written yet
    }
  }
  throw new Error('the server did not answer the memory probe');
}
