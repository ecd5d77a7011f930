/**
 * A complexity guard, not a performance target (those live in bench/): 1 MB of hostile or
 * merely large text given to `match` and to `resolve(code, { message })` must finish in a
 * time linear in its length. The public functions compare no message over 4,096
 * characters, so the tolerant matcher behind them is also run on the whole megabyte. Each call takes well under a second here (about 0.5 s for the
 * slowest inputs on a two-core machine); the bound is ten times that. A quadratic path over
 * these inputs (up to 500,000 words) would take minutes to hours and an exponential one
 * would not finish, so the bound separates them by orders of magnitude, even on a loaded
 * machine.
 */
import { describe, expect, test } from 'vitest';
import { catalog, match, resolve } from 'capillary-codes/customers';
import { compare, toInput, toPattern } from '../src/text.js';

const size = 1_000_000;
const boundMs = 5_000;

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

function fill(unit: string): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function randomWords(): string {
  const vocabulary = [...new Set(catalog.flatMap((entry) => entry.message.split(/\s+/)))];
  const next = random(42);
  const words: string[] = [];
  let length = 0;
  while (length < size) {
    const word = vocabulary[Math.floor(next() * vocabulary.length)]!;
    // A space goes between words only: counting one after the last could stop a character short.
    length += (words.length > 0 ? 1 : 0) + word.length;
    words.push(word);
  }
  return words.join(' ').slice(0, size);
}

/** Inputs where a match is meaningless: `match` must say `undefined`. */
const noise: Record<string, string> = {
  "'{'.repeat(1e6)": '{'.repeat(size),
  "'{a'.repeat(5e5)": fill('{a'),
  "'{x}'.repeat(…)": fill('{x}'),
  "'a '.repeat(5e5)": fill('a '),
  "'a'.repeat(1e6)": 'a'.repeat(size),
  "'9'.repeat(1e6)": '9'.repeat(size),
  'random letters and spaces': (() => {
    const next = random(7);
    return Array.from({ length: size }, () => ' abcdefghijklmnopqrstuvwxyz{}.,'[Math.floor(next() * 31)]).join('');
  })(),
};

/** Inputs made of catalog text: any answer is allowed as long as it is a sane one. */
const wording: Record<string, string> = {
  'a repeated catalog phrase': fill('Customer not found for organization. '),
  'a repeated filled template': fill('Add failed, Customer already exists with id 42 for same source '),
  'a catalog phrase, then 1 MB of words': `Customer not found for organization. ${fill('lorem ipsum ')}`,
  'random catalog words': randomWords(),
};

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

function expectSaneParams(params: Readonly<Record<string, string>>, input: string): void {
  for (const value of Object.values(params)) {
    expect(typeof value).toBe('string');
    expect(value.length).toBeLessThanOrEqual(input.length);
  }
}

// Build the lazy indexes first, so each timing is the input's own cost.
match('Customer not found for organization.');
resolve(816, { message: 'Customer not found for organization.' });

describe(`1 MB inputs finish in linear time (bound ${boundMs} ms per call)`, () => {
  for (const [name, input] of Object.entries({ ...noise, ...wording })) {
    test(`match(${name})`, () => {
      expect(input.length).toBeGreaterThanOrEqual(size);
      const { result, ms } = timed(() => match(input));
      expect(ms).toBeLessThan(boundMs);
      if (name in noise) expect(result).toBeUndefined();
      if (result) {
        expect(catalog).toContain(result.entry);
        expect(result.score).toBeGreaterThanOrEqual(0.5);
        expect(result.score).toBeLessThanOrEqual(1);
        expectSaneParams(result.params, input);
      }
    });

    test(`resolve(816, { message: ${name} }): the code decides`, () => {
      const { result, ms } = timed(() => resolve(816, { message: input }));
      expect(ms).toBeLessThan(boundMs);
      expect(result.status).toBe('resolved');
      if (result.status !== 'resolved') return;
      expect(result.entry.key).toBe('CUSTOMER_NOT_FOUND_FOR_ORG');
      if (name in noise) expect(result.text).toBe('different');
      expectSaneParams(result.params, input);
    });

    test(`resolve(1101, { message: ${name} }): two entries share the code`, () => {
      const { result, ms } = timed(() => resolve(1101, { message: input }));
      expect(ms).toBeLessThan(boundMs);
      expect(result.status).not.toBe('unknown');
      if (result.status === 'unknown') return;
      expect(result.entry.code).toBe(1101);
      if (result.status === 'ambiguous') expect(result.candidates.map((entry) => entry.code)).toEqual([1101, 1101]);
      if (name in noise) expect(result.status).toBe('ambiguous');
    });
  }
});

describe(`the tolerant matcher reads 1 MB against every wording in linear time (bound ${boundMs} ms)`, () => {
  const patterns = catalog.map((entry) => toPattern(entry.message));
  const weigh = (stem: string) => 1 + (stem.length % 3);
  for (const [name, input] of Object.entries({ ...noise, ...wording })) {
    test(`compare(${name})`, () => {
      const { result, ms } = timed(() => {
        const prepared = toInput(input, weigh);
        return patterns.map((pattern) => compare(prepared, pattern, weigh));
      });
      expect(ms).toBeLessThan(boundMs);
      for (const comparison of result) {
        expect(comparison.score).toBeGreaterThanOrEqual(0);
        expect(comparison.score).toBeLessThanOrEqual(1);
        expectSaneParams(comparison.params, input);
      }
    });
  }
});
