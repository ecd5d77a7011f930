/**
 * Lookup by code against its limit: `Map.get` on a prebuilt `Map<number, Entry>`.
 * Each bench function runs the same batch of 1,000 lookups over every code that has
 * one entry, so a sample lasts microseconds, well above the timer's resolution.
 * Targets (scripts/bench-report.mjs): `resolve(code)` and `find(code)` at least 0.5x
 * the throughput of `Map.get`.
 */
import { bench, describe } from 'vitest';
import * as capillary from 'capillary-codes';
import type { Entry } from 'capillary-codes';

// Vitest's module runner reads an imported binding through a getter on every access, which
// keeps the engine from inlining the call; an app's bundler, or Node itself, calls the function
// directly. Binding each import to a constant once makes the bench measure the library.
const { catalog, find, resolve } = capillary;

const entriesOfCode = new Map<number, Entry[]>();
for (const entry of catalog) entriesOfCode.set(entry.code, [...(entriesOfCode.get(entry.code) ?? []), entry]);
const singleEntryCodes = [...entriesOfCode].filter(([, list]) => list.length === 1).map(([code]) => code);
const batch: readonly number[] = Array.from({ length: 1_000 }, (_, i) => singleEntryCodes[i % singleEntryCodes.length]!);

// The limit: what a hand-made index answers for a code with one entry.
const byCode = new Map<number, Entry>(catalog.map((entry) => [entry.code, entry]));

// Every contender gives the same answers, or the comparison means nothing.
for (const code of singleEntryCodes) {
  const expected = byCode.get(code);
  const resolution = resolve(code);
  if (resolution.status !== 'resolved' || resolution.entry !== expected || find(code)[0] !== expected || find(code).length !== 1) {
    throw new Error(`lookup bench: resolve/find disagree with Map.get for ${code}`);
  }
}

// Results feed a counter the module exports, so no call can be optimized away.
let sink = 0;
const options = { time: 1_000, warmupTime: 200 };

describe(`lookup by code (${batch.length} lookups over ${singleEntryCodes.length} single-entry codes)`, () => {
  bench(
    'Map.get (prebuilt Map<number, Entry>)',
    () => {
      let found = 0;
      for (const code of batch) if (byCode.get(code) !== undefined) found += 1;
      sink = found;
    },
    options,
  );

  bench(
    'resolve(code)',
    () => {
      let found = 0;
      for (const code of batch) if (resolve(code) !== undefined) found += 1;
      sink = found;
    },
    options,
  );

  bench(
    'find(code)',
    () => {
      let found = 0;
      for (const code of batch) if (find(code) !== undefined) found += 1;
      sink = found;
    },
    options,
  );
});

export { sink };
