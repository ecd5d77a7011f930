/**
 * Lookup by code against its limit: `Map.get` on a prebuilt `Map<number, Entry>`, over the
 * whole catalog (the root entry). Each bench function runs a batch of 1,000 lookups, so a
 * sample lasts microseconds, well above the timer's resolution: over every code that has one
 * entry, and, with a resource hint, over every (resource, code) pair that names one entry of
 * the resource (the call an app that knows its resource makes).
 * Targets (scripts/bench-report.mjs): `resolve(code)`, `find(code)` and
 * `resolve(code, { resource })` at least 0.5x the throughput of `Map.get` over the same batch
 * (for the pairs, a loop that reads each pair as the resolve loop does).
 */
import { bench, describe } from 'vitest';
import * as capillary from 'capillary-codes';
import type { Entry } from 'capillary-codes';

// Vitest's module runner reads an imported binding through a getter on every access, which
// keeps the engine from inlining the call; an app's bundler, or Node itself, calls the function
// directly. Binding each import to a constant once makes the bench measure the library.
const { catalog, find, resolve } = capillary;
type Resource = Entry['resource'];

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

// (resource, code) pairs that name one entry of the resource's own: what its view holds
// (shared and request-level entries too) decides, so the pairs are the ones resolve answers.
const ownCodes = catalog.filter((entry) => {
  if (entry.resource === 'api') return false;
  const resolution = resolve(entry.code, { resource: entry.resource });
  return resolution.status === 'resolved' && resolution.entry === entry;
});
const hinted: readonly { code: number; hints: { resource: Resource } }[] = Array.from({ length: 1_000 }, (_, i) => {
  const entry = ownCodes[(i * 7) % ownCodes.length]!;
  return { code: entry.code, hints: { resource: entry.resource } };
});

// Results feed a counter the module exports, so no call can be optimized away.
let sink = 0;
const options = { time: 1_000, warmupTime: 200 };

describe(`lookup by code (${batch.length} lookups over ${singleEntryCodes.length} single-entry codes; with a resource, over ${ownCodes.length} (resource, code) pairs)`, () => {
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
    'Map.get over the (resource, code) pairs',
    () => {
      let found = 0;
      for (const { code, hints } of hinted) if (byCode.get(code) !== undefined && hints.resource) found += 1;
      sink = found;
    },
    options,
  );

  bench(
    'resolve(code, { resource })',
    () => {
      let found = 0;
      for (const { code, hints } of hinted) if (resolve(code, hints) !== undefined) found += 1;
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
