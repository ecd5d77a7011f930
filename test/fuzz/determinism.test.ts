import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as warm from 'capillary-codes/customers';
import { anyText, attempt, catalogText, codeLike, expectUntouched, numericText, prototypeNames, real, runs, steadyBag, steadyValue, TIMEOUT, trickyText } from './hostile.js';

afterEach(expectUntouched);

type Library = typeof warm;
type Call = { readonly fn: keyof Library; readonly args: readonly unknown[] };

const keys = warm.catalog.map((entry) => entry.key);
const category = fc.option(fc.constantFrom('success', 'error', 'warning'), { nil: undefined });
const api = fc.option(fc.constantFrom('v1.1', 'v2'), { nil: undefined });
const operation = fc.option(fc.constantFrom(...new Set(warm.catalog.flatMap((entry) => entry.operations ?? []))), { nil: undefined });

/** The calls an app makes, with plain arguments that two module instances can share. */
const duplicated = fc.constantFrom(...new Set(warm.catalog.map((entry) => entry.code).filter((code, i, codes) => codes.indexOf(code) !== i)));

const call: fc.Arbitrary<Call> = fc.oneof(
  // Duplicated codes are where a ranking could depend on what was asked first.
  fc.record({ fn: fc.constant('resolve' as const), args: fc.tuple(duplicated, fc.option(fc.record({ message: fc.oneof(catalogText, anyText), category }, { requiredKeys: [] }), { nil: undefined })) }),
  fc.record({ fn: fc.constant('resolve' as const), args: fc.tuple(codeLike, fc.record({ message: fc.oneof(catalogText, anyText), category, api, operation }, { requiredKeys: [] })) }),
  fc.record({ fn: fc.constant('resolve' as const), args: fc.tuple(fc.oneof(codeLike, numericText)) }),
  fc.record({ fn: fc.constant('match' as const), args: fc.tuple(fc.oneof(catalogText, anyText), fc.record({ code: codeLike, category, api }, { requiredKeys: [] })) }),
  fc.record({ fn: fc.constant('find' as const), args: fc.tuple(fc.oneof(codeLike, numericText), fc.record({ category, api, operation }, { requiredKeys: [] })) }),
  fc.record({
    fn: fc.constantFrom('format' as const, 'formatParts' as const),
    args: fc.tuple(fc.oneof(fc.constantFrom(...keys), trickyText), fc.dictionary(fc.constantFrom('x', 'y', '0', '1', ...prototypeNames), fc.oneof(trickyText, fc.integer())), fc.record({ escape: fc.constant('html') }, { requiredKeys: [] })),
  }),
);

function run(library: Library, { fn, args }: Call): unknown {
  const result = attempt(() => (library[fn] as (...args: unknown[]) => unknown)(...args));
  return result.ok ? result.value : { threw: String(result.error) };
}

// Imported by a path the compiler does not follow: the module registry is reset before each import.
const source = '../../src/views/customers.ts';

/**
 * Fresh instances to compare: each one re-evaluates the catalog (50 to 100 ms), so a few dozen in
 * `npm test`, FUZZ_RUNS in `npm run fuzz`. Each is asked up to 32 calls, in an order of its own.
 */
const freshRuns = Number(process.env.FUZZ_RUNS ?? 24);

/** A permutation of 0..n-1. */
const withOrder = (calls: Call[]) => fc.tuple(fc.constant(calls), fc.shuffledSubarray([...calls.keys()], { minLength: calls.length, maxLength: calls.length }));

describe('fuzz: determinism', () => {
  beforeAll(() => {
    // Fill the template cache past its bound, so that the warm instance answers from a full cache.
    const formatTemplate = warm.format as unknown as (template: string, params: object) => string;
    for (let i = 0; i < 3000; i++) formatTemplate(`warm-up {x} ${i}`, { x: String(i) });
  });

  it('answers the same input the same way, every time, for every function of the root entry', { timeout: TIMEOUT }, () => {
    const functions = ['parseCode', 'find', 'resolve', 'match', 'format', 'formatParts', 'defineMessages', 'isCode', 'isKey', 'isErrorCode'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...functions), fc.oneof(steadyValue, codeLike, catalogText), fc.oneof(steadyBag, fc.constant(undefined)), (fn, a, b) => {
        const args = [real(a), real(b)];
        const first = run(warm, { fn, args });
        const second = run(warm, { fn, args });
        expect(second).toEqual(first);
      }),
      runs(),
    );
  });

  it('gives a fresh module instance, called in another order, the answers and rankings of a warm one: no cache changes an answer', { timeout: Math.max(TIMEOUT, freshRuns * 100) }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(call, { minLength: 1, maxLength: 32 }).chain(withOrder), async ([calls, order]) => {
        const expected = calls.map((c) => run(warm, c));
        // A fresh registry re-evaluates every module: new catalog, empty lookup indexes, empty template cache.
        vi.resetModules();
        const fresh = (await import(/* @vite-ignore */ source)) as Library;
        expect(fresh.catalog).not.toBe(warm.catalog);
        const got: unknown[] = [];
        for (const i of order) got[i] = run(fresh, calls[i]!);
        // Entries of the two instances are distinct objects with equal contents: toEqual compares them by value.
        calls.forEach((c, i) => expect(got[i], `${c.fn}(${fc.stringify(c.args)})`).toEqual(expected[i]));
      }),
      runs(freshRuns),
    );
  });
});
