import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { catalog, isCode, isErrorCode, isKey, isSuccessCode, isWarningCode, parseCode } from 'capillary-codes/customers';
import { anyValue, expectUntouched, numericText, prototypeNames, prototypesUntouched, real, recipe, runs, TIMEOUT } from './hostile.js';

/**
 * The code grammar, as the README states it, written as an oracle independent of
 * src/lookup.ts: a non-negative safe integer as a number, a bigint, or a string of decimal
 * digits without sign, exponent, fraction or leading zero, white space around it ignored,
 * the whole string at most 32 characters.
 */
function readmeCode(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? Math.abs(value) : undefined;
  if (typeof value === 'bigint') return value >= 0n && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : undefined;
  if (typeof value !== 'string' || value.length > 32) return undefined;
  const digits = /^\s*(0|[1-9][0-9]*)\s*$/.exec(value)?.[1];
  if (digits === undefined) return undefined;
  const code = Number(digits);
  return Number.isSafeInteger(code) ? code : undefined;
}

const codes = new Set<number>(catalog.map((entry) => entry.code));
const keys = new Set<unknown>(catalog.map((entry) => entry.key));
const ofCategory = (category: string) => new Set<number>(catalog.filter((entry) => entry.category === category).map((entry) => entry.code));
const successCodes = ofCategory('success');
const errorCodes = ofCategory('error');
const warningCodes = ofCategory('warning');

afterEach(expectUntouched);

describe('fuzz: the code grammar', () => {
  it('parseCode reads every value exactly as the README grammar says', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, numericText, numericText), (input) => {
        const value = real(input);
        const parsed = parseCode(value);
        // Object.is: -0 must come back as 0, a code is never negative zero.
        expect(Object.is(parsed, readmeCode(value)), `parseCode(${fc.stringify(input)})`).toBe(true);
        expect(prototypesUntouched()).toBe(true);
      }),
      // Sixteen digits were once refused as text while accepted as a number.
      runs<[unknown]>(undefined, [['1000000000000000'], ['9007199254740991'], [recipe('throwingFunctionProxy')]]),
    );
  });

  it('gives the same code for a number, its digits and its bigint, over the whole safe range', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeNat(), fc.integer({ min: 0, max: 99_999 }), fc.constantFrom(...codes)), (n) => {
        expect(parseCode(n)).toBe(n);
        expect(parseCode(String(n))).toBe(n);
        expect(parseCode(BigInt(n))).toBe(n);
        expect(parseCode(` ${n}\t`)).toBe(n);
        // A leading zero, a sign, a fraction or an exponent makes text not a code.
        for (const text of [`0${n}`, `+${n}`, `-${n}`, `${n}.0`, `${n}e0`, `${n}n`, `${n}abc`, `0x${n}`]) expect(parseCode(text), text).toBeUndefined();
      }),
      runs<[number]>(undefined, [[1e15], [Number.MAX_SAFE_INTEGER]]),
    );
  });

  it.each([
    ['1000000000000000', 1e15],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
    [' '.repeat(28) + '8011', 8011],
    ['\u00a08011\ufeff', 8011],
    ['\u20288011\u3000', 8011],
    [8011n, 8011],
    [1e3, 1000],
  ])('boundary: reads %o as %o', (value, code) => {
    expect(parseCode(value)).toBe(code);
  });

  it.each([
    '9007199254740992',
    ' '.repeat(29) + '8011',
    '\u200b8011',
    '8011\u0000',
    '8011n',
    '00',
    '-0',
    '+0',
    '0.',
    '.0',
    '8_011',
    '٨٠١١',
    2 ** 53,
    -Number.MIN_VALUE,
    8011n - 8012n,
  ])('boundary: rejects %o', (value) => {
    expect(parseCode(value)).toBeUndefined();
  });
});

describe('fuzz: type guards', () => {
  it('isCode and the category guards accept exactly the catalog codes of their category, as numbers', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, fc.constantFrom(...codes), fc.integer({ min: -1, max: 100_000 })), (input) => {
        const value = real(input);
        const number = typeof value === 'number';
        expect(isCode(value)).toBe(number && codes.has(value));
        expect(isSuccessCode(value)).toBe(number && successCodes.has(value));
        expect(isErrorCode(value)).toBe(number && errorCodes.has(value));
        expect(isWarningCode(value)).toBe(number && warningCodes.has(value));
      }),
      runs(),
    );
  });

  it('isKey accepts exactly the keys of the catalog, never an inherited name', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, fc.constantFrom(...keys, ...prototypeNames), fc.constantFrom(...keys).map((key) => String(key).toLowerCase())), (input) => {
        const value = real(input);
        expect(isKey(value)).toBe(keys.has(value));
      }),
      runs(),
    );
  });
});
