/**
 * Text matching. Each bench function runs a whole batch, so a sample lasts well above the
 * timer's resolution.
 * - exact wording: `match(message)` on the verbatim wording of every entry whose text no
 *   other entry shares, against `resolve(code)` for the same entries.
 * - reworded: the same wordings with the word order rotated, spacing doubled and case
 *   changed, against a naive matcher that, on each call, normalizes the input and every
 *   catalog wording and compares their words (what one writes without an index). A
 *   second naive matcher that normalizes the catalog once is shown for reference.
 * - linear time: `match` and `resolve(code, { message })` on 100 KB and 1 MB of catalog
 *   words (both compare no message over 4,096 characters, so these time that refusal), and
 *   the tolerant matcher behind them (tokenizing and comparing with a template) on the same
 *   text; the 1 MB time over the 100 KB time is about 10 when the work is linear.
 * Targets (scripts/bench-report.mjs): exact at least 0.25x `resolve(code)`; reworded at
 * least 20x the naive matcher; 1 MB at most 25x the time of 100 KB (linear: about 10;
 * quadratic: about 100).
 */
import { bench, describe } from 'vitest';
import * as capillary from 'capillary-codes';
import type { Entry } from 'capillary-codes';
import { compare, toInput, toPattern } from '../src/text.js';

// Vitest's module runner reads an imported binding through a getter on every access, which
// keeps the engine from inlining the call; an app's bundler, or Node itself, calls the function
// directly. Binding each import to a constant once makes the bench measure the library.
const { catalog, match, resolve } = capillary;

const placeholderFree = catalog.filter((entry) => entry.params.length === 0);
const sharedWording = new Set(
  placeholderFree.filter((entry, i) => placeholderFree.some((other, j) => i !== j && other.message === entry.message)),
);
const distinct = placeholderFree.filter((entry) => !sharedWording.has(entry));

// --- exact wording ---------------------------------------------------------------
const exact = distinct.filter((entry) => match(entry.message)?.entry === entry);
if (exact.length < distinct.length * 0.9) throw new Error(`match bench: only ${exact.length} of ${distinct.length} wordings match their entry`);
const exactMessages = exact.map((entry) => entry.message);
const exactCodes = exact.map((entry) => entry.code);

// --- reworded --------------------------------------------------------------------
/** Word order rotated by one, double spaces, alternating case, final period dropped. */
function reword(message: string): string {
  const words = message.replace(/\.$/, '').split(/\s+/);
  return [...words.slice(1), words[0]!].map((word, i) => (i % 2 ? word.toUpperCase() : word.toLowerCase())).join('  ');
}

const normalize = (text: string): string[] =>
  text.toLowerCase().replace(/\{[^{}]*\}/g, ' ').split(/[^\p{L}\p{N}]+/u).filter(Boolean).sort();

/** Shared words of two sorted word lists, as a Dice coefficient. */
function dice(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) (shared += 1), (i += 1), (j += 1);
    else if (a[i]! < b[j]!) i += 1;
    else j += 1;
  }
  return a.length + b.length ? (2 * shared) / (a.length + b.length) : 0;
}

const wordingsOf = (entry: Entry) => [entry.message, ...(entry.aliases ?? [])];

/** The baseline: no index, no cache; every call normalizes the input and every wording. */
function naiveMatch(message: string): Entry | undefined {
  const input = normalize(message);
  let best: Entry | undefined;
  let bestScore = 0.5;
  for (const entry of catalog) {
    for (const wording of wordingsOf(entry)) {
      const score = dice(input, normalize(wording));
      if (score > bestScore || (score === bestScore && !best)) (best = entry), (bestScore = score);
    }
  }
  return best;
}

const normalizedCatalog = catalog.map((entry) => [entry, wordingsOf(entry).map(normalize)] as const);
/** For reference: the catalog normalized once; every call still compares with every wording. */
function naiveMatchPrepared(message: string): Entry | undefined {
  const input = normalize(message);
  let best: Entry | undefined;
  let bestScore = 0.5;
  for (const [entry, wordings] of normalizedCatalog) {
    for (const words of wordings) {
      const score = dice(input, words);
      if (score > bestScore || (score === bestScore && !best)) (best = entry), (bestScore = score);
    }
  }
  return best;
}

// Only rewordings that every contender reads as their entry, or the comparison means nothing.
const reworded = distinct
  .map((entry) => [entry, reword(entry.message)] as const)
  .filter(([entry, text]) => match(text)?.entry === entry && naiveMatch(text) === entry && naiveMatchPrepared(text) === entry)
  .map(([, text]) => text);
if (reworded.length < distinct.length * 0.5) throw new Error(`match bench: only ${reworded.length} of ${distinct.length} rewordings match`);

// --- linear time -----------------------------------------------------------------
function catalogWords(size: number): string {
  const vocabulary = [...new Set(catalog.flatMap((entry) => entry.message.split(/\s+/)))];
  let state = 42;
  const words: string[] = [];
  for (let length = 0; length < size; ) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const word = vocabulary[Math.floor((state / 2_147_483_648) * vocabulary.length)]!;
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ').slice(0, size);
}
const oneMB = catalogWords(1_000_000);
const hundredKB = oneMB.slice(0, 100_000);
// A template with a placeholder, so the comparison also places words at the slot.
const template = toPattern(capillary.entries.ADD_CUSTOMER_EXISTS.message);
const sameWeight = () => 1;
const tolerantScore = (text: string) => compare(toInput(text, sameWeight), template, sameWeight).score;

// Results feed a counter the module exports, so no call can be optimized away.
let sink = 0;
const options = { time: 1_000, warmupTime: 200 };
const slow = { time: 0, iterations: 10, warmupTime: 0, warmupIterations: 1 };

describe(`match(exact wording) vs resolve(code) (${exact.length} entries)`, () => {
  bench(
    'resolve(code)',
    () => {
      let found = 0;
      for (const code of exactCodes) if (resolve(code).status !== 'unknown') found += 1;
      sink = found;
    },
    options,
  );

  bench(
    'match(exact wording)',
    () => {
      let found = 0;
      for (const message of exactMessages) if (match(message) !== undefined) found += 1;
      sink = found;
    },
    options,
  );
});

describe(`match(reworded) vs a naive matcher (${reworded.length} rewordings: word order, spacing, case)`, () => {
  bench(
    'naive matcher (normalizes input and catalog on each call)',
    () => {
      let found = 0;
      for (const message of reworded) if (naiveMatch(message) !== undefined) found += 1;
      sink = found;
    },
    options,
  );

  bench(
    'naive matcher (catalog normalized once)',
    () => {
      let found = 0;
      for (const message of reworded) if (naiveMatchPrepared(message) !== undefined) found += 1;
      sink = found;
    },
    options,
  );

  bench(
    'match(reworded)',
    () => {
      let found = 0;
      for (const message of reworded) if (match(message) !== undefined) found += 1;
      sink = found;
    },
    options,
  );
});

describe('linear time: 100 KB and 1 MB of catalog words', () => {
  bench(
    'match(100 KB)',
    () => {
      sink += match(hundredKB) === undefined ? 0 : 1;
    },
    { ...slow, iterations: 20 },
  );

  bench(
    'match(1 MB)',
    () => {
      sink += match(oneMB) === undefined ? 0 : 1;
    },
    slow,
  );

  bench(
    'resolve(8011, { message: 100 KB })',
    () => {
      sink += resolve(8011, { message: hundredKB }).status.length;
    },
    { ...slow, iterations: 20 },
  );

  bench(
    'resolve(8011, { message: 1 MB })',
    () => {
      sink += resolve(8011, { message: oneMB }).status.length;
    },
    slow,
  );

  bench(
    'tolerant matcher(100 KB)',
    () => {
      sink += tolerantScore(hundredKB);
    },
    { ...slow, iterations: 20 },
  );

  bench(
    'tolerant matcher(1 MB)',
    () => {
      sink += tolerantScore(oneMB);
    },
    slow,
  );
});

export { sink };
