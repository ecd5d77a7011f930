import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { catalog, defineMessages, entries, format, type Entry, type Key } from 'capillary-codes/customers';
import {
  anyText,
  anyValue,
  attempt,
  describeError,
  documentedValue,
  expectUntouched,
  HUGE_RUNS,
  placeholderPattern,
  prototypeNames,
  prototypesUntouched,
  real,
  recipe,
  runs,
  TIMEOUT,
  trickyText,
} from './hostile.js';

afterEach(expectUntouched);

const keys = new Set<string>(catalog.map((entry) => entry.key));
const namesIn = (text: string) => new Set([...text.matchAll(placeholderPattern)].map((found) => found[1]!));
const fill = (template: string, params: unknown) => template.replace(placeholderPattern, (p, name: string) => documentedValue(params, name) ?? p);
const define = defineMessages as unknown as (overrides: unknown) => Record<string, string>;
const formatWith = format as unknown as (key: string, params: unknown, options: unknown) => string;

/** Why the README says a set of translations is broken, or `undefined` when it is not. */
function brokenBecause(overrides: Record<string, unknown>): string | undefined {
  for (const key of Object.keys(overrides)) {
    if (!keys.has(key)) return `${JSON.stringify(key)} is not a key`;
    const translation = overrides[key];
    if (typeof translation !== 'string') return `the translation of ${key} must be a string`;
    // Other tools' placeholder syntaxes are named, not read as the catalog's.
    if (/\{\{[^{}]*\}\}/.test(translation)) return `the translation of ${key} uses i18next's {{x}}`;
    if (/\{[^{}]*,/.test(translation)) return `the translation of ${key} uses ICU MessageFormat's`;
    const expected = new Set<string>(entries[key as Key].params);
    const got = namesIn(translation);
    if (got.size !== expected.size || [...got].some((name) => !expected.has(name))) return `the translation of ${key} must use exactly`;
  }
  return undefined;
}

/** Wording around an entry's placeholders: each used at least once, in any order, some twice. */
function translationOf(entry: Entry): fc.Arbitrary<string> {
  const text = fc.oneof(fc.string(), trickyText, anyText).map((piece) => piece.replace(/[{}]/g, ''));
  const names = entry.params.length ? fc.shuffledSubarray([...entry.params, ...entry.params], { minLength: entry.params.length }).filter((picked) => entry.params.every((name) => picked.includes(name))) : fc.constant([]);
  return fc.tuple(names, fc.array(text, { minLength: 8, maxLength: 8 })).map(([picked, pieces]) => picked.reduce((out, name, i) => `${out}{${name}}${pieces[i + 1]}`, pieces[0]!));
}

const anyEntry = fc.constantFrom(...catalog);
const translations = fc
  .uniqueArray(anyEntry, { minLength: 1, maxLength: 6 })
  .chain((picked) => fc.tuple(...picked.map((entry) => fc.tuple(fc.constant(entry), translationOf(entry)))));

describe('fuzz: defineMessages', () => {
  it('accepts translations that use exactly their entry\'s placeholders, and format uses them', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(translations, fc.array(fc.oneof(fc.string(), trickyText, fc.integer())), (pairs, values) => {
        const overrides = Object.fromEntries(pairs.map(([entry, text]) => [entry.key, text]));
        const messages = define(overrides);
        expect(Object.isFrozen(messages)).toBe(true);
        expect(Object.getPrototypeOf(messages)).toBeNull();
        expect({ ...messages }).toEqual(overrides);
        for (const [entry, text] of pairs) {
          const params = Object.fromEntries(entry.params.map((name, i) => [name, values[i % Math.max(1, values.length)] ?? 'v']));
          expect(formatWith(entry.key, params, { messages })).toBe(fill(text, params));
        }
      }),
      runs(),
    );
  });

  it('rejects a translation with a placeholder dropped, added or renamed: a TypeError naming the key', { timeout: TIMEOUT }, () => {
    const extra = fc.constantFrom('z', '__proto__', 'constructor', 'toString', '0', '1', 'x', 'y', '', ' x');
    fc.assert(
      fc.property(anyEntry.chain((entry) => fc.tuple(fc.constant(entry), translationOf(entry), extra, fc.nat(2))), ([entry, text, name, how]) => {
        let broken = text;
        if (how === 0 || !entry.params.length) broken = `${text} {${name}}`;
        else if (how === 1) broken = text.split(`{${entry.params[0]}}`).join('');
        else broken = text.split(`{${entry.params[0]}}`).join(`{${name}}`);
        const result = attempt(() => define({ [entry.key]: broken }));
        if (brokenBecause({ [entry.key]: broken }) === undefined) {
          // The "rename" landed on a name the entry has anyway: still exactly its placeholders.
          expect(result.ok).toBe(true);
          return;
        }
        expect(result.ok).toBe(false);
        const error = (result as { error: unknown }).error;
        expect(error).toBeInstanceOf(TypeError);
        expect((error as Error).message).toMatch(new RegExp(`^defineMessages: the translation of ${entry.key} must use exactly `));
      }),
      runs(),
    );
  });

  it('reads translations parsed from JSON, "__proto__" keys included, as data: a TypeError or checked messages, nothing polluted', { timeout: TIMEOUT }, () => {
    const key = fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...prototypeNames), fc.string());
    const value = fc.oneof(fc.string(), trickyText, fc.integer(), fc.constant(null), fc.constant({ polluted: 'yes' }), fc.constant(['{x}']));
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(key, value), { selector: ([k]) => k, maxLength: 6 }), (pairs) => {
        const json = `{${pairs.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')}}`;
        const overrides = JSON.parse(json) as Record<string, unknown>;
        const because = brokenBecause(overrides);
        const result = attempt(() => define(overrides));
        if (because === undefined) {
          expect(result.ok, json).toBe(true);
          expect({ ...(result as { value: object }).value }).toEqual(overrides);
        } else {
          expect(result.ok, json).toBe(false);
          const error = (result as { error: unknown }).error;
          expect(error).toBeInstanceOf(TypeError);
          expect((error as Error).message, json).toContain(because);
        }
        expect(prototypesUntouched()).toBe(true);
      }),
      runs(),
    );
  });

  it('never throws anything but a TypeError that says "defineMessages", whatever it is handed', { timeout: TIMEOUT }, () => {
    const record = fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...prototypeNames)), fc.oneof(anyValue, translationOf(entries.DATE_IN_PAST))).map((r) => ({ ...r }));
    fc.assert(
      fc.property(fc.oneof(anyValue, record), (input) => {
        const overrides = real(input);
        const result = attempt(() => define(overrides));
        if (result.ok) {
          expect(Object.isFrozen(result.value)).toBe(true);
          expect(Object.getPrototypeOf(result.value)).toBeNull();
          for (const [key, text] of Object.entries(result.value)) {
            expect(keys.has(key)).toBe(true);
            expect(namesIn(text)).toEqual(new Set(entries[key as Key].params));
          }
        } else {
          expect(result.error, describeError(result.error)).toBeInstanceOf(TypeError);
          expect((result.error as Error).message).toMatch(/^defineMessages\b/);
          // One line that says what is wrong, short even when the input is huge.
          expect((result.error as Error).message.length).toBeLessThan(400);
          expect((result.error as Error).message).not.toMatch(/[\r\n\u2028\u2029]/);
        }
        expect(prototypesUntouched()).toBe(true);
      }),
      // A translation that cannot be read once escaped as the proxy's own error.
      runs<[unknown]>(undefined, [[{ CUSTOMER_REGISTERED: recipe('revoked') }], [recipe('throwingProxy')], [recipe('throwingGetters')], [{ CUSTOMER_REGISTERED: '{a\nb}' }], ['1000\u2028'], [{ CUSTOMER_REGISTERED: '{\u2029}' }], [{ DATE_IN_PAST: Array.from({ length: 7 }, (_, i) => `{${'x'.repeat(100 + i)}}`).join('') }]]),
    );
  });

  it('checks a 1 MB translation, and format fills it', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.constantFrom('é', '{', '}', ' ', '<b>', '{}'), fc.constantFrom(...catalog.filter((entry) => entry.params.length)), (unit, entry) => {
        const body = unit.repeat(Math.ceil((1 << 20) / unit.length)).replace(/[{}]/g, '');
        const text = `${body}${entry.params.map((name) => `{${name}}`).join(body)}${body}`;
        const messages = define({ [entry.key]: text });
        const params = Object.fromEntries(entry.params.map((name) => [name, name]));
        expect(formatWith(entry.key, params, { messages })).toBe(fill(text, params));
        const broken = attempt(() => define({ [entry.key]: `${text}{}` }));
        expect(broken.ok).toBe(false);
        expect((broken as { error: Error }).error.message.length).toBeLessThan(400);
      }),
      runs(HUGE_RUNS),
    );
  });
});
