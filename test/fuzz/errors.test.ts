import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { CapillaryError, catalog, defineMessages, entries, format, readResponse, resolve, type Key } from 'capillary-codes/customers';
import { anyBag, anyValue, attempt, catalogText, codeLike, describeError, expectUntouched, prototypeNames, prototypesUntouched, real, recipe, runs, steadyValue, TIMEOUT, trickyText } from './hostile.js';

afterEach(expectUntouched);

const keys = new Set<unknown>(catalog.map((entry) => entry.key));
const construct = (...args: unknown[]) => new (CapillaryError as unknown as new (...args: unknown[]) => CapillaryError)(...args);
const formatWith = format as unknown as (entry: unknown, params: unknown, options: unknown) => string;

/** The key a first argument names, as the README reads it; `undefined` where it names none or cannot be read. */
function keyOf(keyOrEntry: unknown): unknown {
  try {
    return typeof keyOrEntry === 'object' && keyOrEntry !== null ? (keyOrEntry as { key?: unknown }).key : keyOrEntry;
  } catch {
    return undefined;
  }
}

const firstArgument = fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...catalog), fc.constantFrom(...prototypeNames), steadyValue);
const params = fc.oneof(
  fc.dictionary(fc.constantFrom('x', 'y', '0', '1', ...prototypeNames), fc.oneof(trickyText, fc.integer(), steadyValue)).map((p) => ({ ...p })),
  steadyValue,
  fc.constant(undefined),
);

describe('fuzz: new CapillaryError', () => {
  it('builds an error carrying the entry of a known key, or throws the documented TypeError, and nothing else', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(firstArgument, params, fc.oneof(fc.constant(undefined), anyBag), (keyInput, paramsInput, optionsInput) => {
        const [keyOrEntry, given, options] = [real(keyInput), real(paramsInput), real(optionsInput)];
        const key = keyOf(keyOrEntry);
        const result = attempt(() => construct(keyOrEntry, given, options));
        if (!keys.has(key)) {
          expect(result.ok, 'an unknown key').toBe(false);
          const error = (result as { error: unknown }).error;
          expect(error, describeError(error)).toBeInstanceOf(TypeError);
          expect((error as Error).message).toMatch(/^CapillaryError expects a key of the catalog, got /);
          expect((error as Error).message.length).toBeLessThan(200);
          expect((error as Error).message).not.toMatch(/[\r\n\u2028\u2029]/);
          return;
        }
        expect(result.ok, result.ok ? '' : describeError(result.error)).toBe(true);
        const error = (result as { value: CapillaryError }).value;
        const entry = entries[key as Key];
        expect(error).toBeInstanceOf(Error);
        expect(CapillaryError.is(error)).toBe(true);
        expect([error.name, error.key, error.code, error.category]).toEqual(['CapillaryError', key, entry.code, entry.category]);
        expect(error.entry).toBe(entry);
        expect(Object.isFrozen(error.params)).toBe(true);
        // The message is the entry's, filled from the params the error keeps: no "undefined" from a missing one.
        let messages: unknown;
        try {
          messages = (options as { messages?: unknown } | undefined)?.messages;
        } catch {
          messages = undefined;
        }
        const expected = formatWith(entry, error.params, { messages });
        expect([entry.message, expected]).toContain(error.message);
        const values = Object.values(error.params).filter((value) => typeof value === 'string');
        if (error.message.includes('undefined')) expect(entry.message.includes('undefined') || values.some((value) => value.includes('undefined'))).toBe(true);
        expect(prototypesUntouched()).toBe(true);
      }),
      // Options that are not an object, and arguments that cannot be read, once threw their own errors.
      runs<[unknown, unknown, unknown]>(undefined, [
        ['CUSTOMER_REGISTERED', undefined, -1n],
        [recipe('throwingProxy'), undefined, undefined],
        ['DATE_IN_PAST', recipe('throwingProxy'), recipe('throwingGetters')],
        // Found at 100,000 runs: a hostile value beside a param that spells "undefined".
        [entries.MERGE_ALREADY_DONE, { 0: 'undefined', x: recipe('throwingGetters') }, recipe('throwingGetters')],
        ['NOT_A_KEY\u2028', undefined, undefined],
        ['DATE_IN_PAST', recipe('revoked'), recipe('revoked')],
      ]),
    );
  });

  it('never throws anything but that TypeError, whatever its three arguments', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, fc.constantFrom(...keys)), fc.oneof(anyValue, anyBag), anyBag, (a, b, c) => {
        const result = attempt(() => construct(real(a), real(b), real(c)));
        if (!result.ok) {
          expect(result.error, describeError(result.error)).toBeInstanceOf(TypeError);
          expect((result.error as Error).message).toMatch(/^CapillaryError expects a key of the catalog, got /);
        } else {
          expect(CapillaryError.is(result.value)).toBe(true);
          expect(keys.has(result.value.key)).toBe(true);
        }
        expect(prototypesUntouched()).toBe(true);
      }),
      runs<[unknown, unknown, unknown]>(undefined, [['CUSTOMER_REGISTERED', 0n, ' ']]),
    );
  });

  it('keeps its cause, whatever it is, and has none when not given one', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...keys), steadyValue, fc.boolean(), (key, causeInput, given) => {
        const cause = real(causeInput);
        const error = construct(key, {}, given ? { cause } : {});
        if (given) expect(Object.is(error.cause, cause)).toBe(true);
        else expect('cause' in error).toBe(false);
      }),
      runs(),
    );
  });

  it('formats a resolved entry with the params resolve read, and translated wording', { timeout: TIMEOUT }, () => {
    const fr = defineMessages({ ADD_CUSTOMER_EXISTS: 'Ajout impossible : le client {0} existe déjà' });
    fc.assert(
      fc.property(codeLike, catalogText, (code, message) => {
        const resolution = resolve(code, { message });
        if (resolution.status !== 'resolved') return;
        const error = new CapillaryError(resolution.entry, resolution.params, { messages: fr });
        expect(error.entry).toBe(resolution.entry);
        expect(error.message).toBe(formatWith(resolution.entry, resolution.params, { messages: fr }));
      }),
      runs(),
    );
  });
});

describe('fuzz: CapillaryError.is', () => {
  it('says true for errors it built and false for every other value, without throwing', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(anyValue, (input) => {
        expect(CapillaryError.is(real(input))).toBe(false);
        expect(CapillaryError.is(new Error(String(typeof input)))).toBe(false);
      }),
      runs(),
    );
  });
});

describe('fuzz: CapillaryError.from', () => {
  const sure = (resolution: unknown) => {
    const { status, text } = resolution as { status: string; text?: string };
    return status === 'resolved' && text !== 'different';
  };

  it('never throws, and names the first sure failure of a reading (or none), in a one-line message', { timeout: TIMEOUT }, () => {
    const body = fc.oneof(
      anyValue,
      fc.array(fc.record({ code: codeLike, message: fc.oneof(catalogText, trickyText), status: fc.constantFrom(false, 'false', undefined) }), { maxLength: 4 }).map((errors) => ({ errors })),
    );
    fc.assert(
      fc.property(body, fc.option(fc.constantFrom(200, 404, 429, 500, 503), { nil: undefined }), (input, httpStatus) => {
        const reading = readResponse(real(input), { httpStatus });
        const result = attempt(() => CapillaryError.from(reading));
        expect(result.ok, result.ok ? '' : describeError(result.error)).toBe(true);
        if (!result.ok) return;
        const error = result.value;
        expect(CapillaryError.is(error)).toBe(true);
        const first = reading.failures.find((status) => sure(status.resolution));
        expect(error.key).toBe(first && (first.resolution as { entry: { key: string } }).entry.key);
        expect(error.statuses).toEqual(reading.failures);
        expect([error.retryable, error.retryAfterMs, error.httpStatus]).toEqual([reading.retry.retryable, reading.retry.afterMs, reading.httpStatus]);
        expect(error.message).toMatch(/^Capillary request (partly )?failed[^\r\n\u2028\u2029]*$/);
        expect(JSON.parse(JSON.stringify(error.toProblem())).status).toBeGreaterThanOrEqual(400);
      }),
      runs(),
    );
  });

  it('never throws for anything given in place of a reading', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(anyValue, (input) => {
        const result = attempt(() => CapillaryError.from(real(input) as never));
        expect(result.ok, result.ok ? '' : describeError(result.error)).toBe(true);
      }),
      runs(),
    );
  });
});
