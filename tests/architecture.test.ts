import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph } from './support/import-graph';

/** lib/<folder>/… → lib/<folder>; lib/env.ts stays a file; db/schema/x.ts → db/schema. */
const unit = (file: string) => {
  const parts = file.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : file;
};

const graph = importGraph(['lib', 'db', 'app', 'components']);

describe('the import graph of lib/ and db/', () => {
  it('has no cycle between folders (file-level cycles are import-x/no-cycle in ESLint)', () => {
    const edges = new Map<string, Set<string>>();
    const because = new Map<string, string>();
    for (const [from, targets] of graph) {
      if (!/^(lib|db)\//.test(from)) continue;
      for (const to of targets) {
        const [a, b] = [unit(from), unit(to)];
        if (a === b) continue;
        edges.set(a, (edges.get(a) ?? new Set()).add(b));
        because.set(`${a} → ${b}`, `${from} → ${to}`);
      }
    }
    const knots = cycles(edges).map((folders) => ({
      folders,
      edges: [...because].filter(([k]) => folders.includes(k.split(' → ')[0]!) && folders.includes(k.split(' → ')[1]!)).map(([, v]) => v),
    }));
    expect(knots).toEqual([]);
  });
});

describe('the browser bundle', () => {
  const isClient = (file: string) => file.startsWith('components/') || /^\s*['"]use client['"]/.test(readFileSync(file, 'utf8'));

  it('never reaches db/ (but its plain lists in db/constants) from a client component, directly or through a module it imports', () => {
    // One example path per module that pulls the database in.
    const leaks = new Map<string, string>();
    for (const start of [...graph.keys()].filter(isClient)) {
      const path = new Map<string, string>([[start, start]]);
      const queue = [start];
      while (queue.length) {
        const file = queue.shift()!;
        for (const next of graph.get(file) ?? []) {
          if (path.has(next) || next.startsWith('db/constants/')) continue;
          path.set(next, `${path.get(file)} → ${next}`);
          if (next.startsWith('db/')) leaks.set(`${file} → ${next}`, path.get(next)!);
          else queue.push(next);
        }
      }
    }
    expect([...leaks.values()]).toEqual([]);
  });
});
