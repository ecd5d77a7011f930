import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { catalog, defineMessages, entries, format } from 'capillary-codes';
import { exportMessages, i18nextMessage, icuMessage, icuParamName, icuParams } from '../src/i18n.js';

/** A distinct value per placeholder, with characters ICU would treat specially in a template. */
function sampleParams(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, `<${name}> '{v}' #1`]));
}

function icuFormat(message: string, values: Record<string, string>): string {
  return String(new IntlMessageFormat(message, 'en').format(values));
}

describe('ICU MessageFormat export', () => {
  it("keeps the apostrophe of doesn't (8090) through intl-messageformat", () => {
    const exported = exportMessages('icu');
    expect(exported.INSTORE_PROFILE_MISSING).toBe("Unable to create profile as instore profile doesn''t exist");
    expect(icuFormat(exported.INSTORE_PROFILE_MISSING!, {})).toBe("Unable to create profile as instore profile doesn't exist");
    expect(icuFormat(exported.INSTORE_PROFILE_MISSING_WARNING!, {})).toBe(entries.INSTORE_PROFILE_MISSING_WARNING.message);
  });

  it("keeps 'yyyy-MM-dd' (8112) quoted as text, not read as an ICU quote", () => {
    const exported = exportMessages('icu');
    expect(exported.INVALID_START_DATE_FORMAT).toBe("Invalid startDate. Should be in ''yyyy-MM-dd'' format");
    expect(icuFormat(exported.INVALID_START_DATE_FORMAT!, {})).toBe("Invalid startDate. Should be in 'yyyy-MM-dd' format");
  });

  it('formats every exported message to the same text as format(), the params renamed as icuParams renames them', () => {
    const exported = exportMessages('icu');
    expect(Object.keys(exported)).toEqual(catalog.map((entry) => entry.key));
    for (const entry of catalog) {
      const params = sampleParams(entry.params);
      expect(icuFormat(exported[entry.key]!, icuParams(params)), entry.key).toBe(format(entry, params));
    }
  });

  it('writes a placeholder name ICU cannot read as an identifier: {id number} is {id_number}', () => {
    const exported = exportMessages('icu');
    const renamed = catalog.filter((entry) => entry.params.some((name) => icuParamName(name) !== name));
    // The points tables name placeholders with spaces, verbatim from the source.
    expect(renamed.map((entry) => entry.key)).toEqual(expect.arrayContaining(['POINTS_ISSUE_BILL_NOT_FOUND', 'POINTS_ISSUE_ALTERNATE_CURRENCY_NOT_FOUND']));
    expect(exported.POINTS_ISSUE_BILL_NOT_FOUND).toBe('Bill not found with id {id_number}');
    expect(exported.POINTS_ISSUE_ALTERNATE_CURRENCY_NOT_FOUND).toContain('{alternate_currency_id}');
    for (const entry of renamed) {
      const names = [...exported[entry.key]!.matchAll(/\{([^{}]*)\}/g)].map((found) => found[1]!);
      expect(names.every((name) => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)), entry.key).toBe(true);
    }
  });

  it.each([
    ['x', 'x'],
    ['0', '0'],
    ['12', '12'],
    ['max_limit', 'max_limit'],
    ['é', 'é'],
    ['id number', 'id_number'],
    ['alternate currency id', 'alternate_currency_id'],
    ['a - b', 'a_b'],
    ['01', '_01'],
    ['1st', '_1st'],
    ['', '_'],
    [' x', '_x'],
  ])('icuParamName(%j) is %j', (name, expected) => {
    expect(icuParamName(name)).toBe(expected);
    expect(icuFormat(`{${icuParamName(name)}}`, icuParams({ [name]: 'v' }))).toBe('v');
  });

  it('refuses a template whose two placeholders would take one ICU name, naming both', () => {
    expect(() => icuMessage('{a b} and {a_b}')).toThrow(TypeError);
    expect(() => icuMessage('{a b} and {a_b}')).toThrow(/\{a_b\} and \{a b\}|\{a b\} and \{a_b\}/);
    expect(icuMessage('{a b} and {a b}')).toBe('{a_b} and {a_b}');
  });

  it('leaves placeholders as ICU arguments', () => {
    expect(icuMessage('No best-fitting profile found matching {0}.{1}')).toBe('No best-fitting profile found matching {0}.{1}');
    expect(icuMessage("{x} isn't {y}")).toBe("{x} isn''t {y}");
  });

  it.each([
    ["it's {x}'s", { x: 'v' }, "it's v's"],
    ["'{x}'", { x: 'v' }, "'v'"],
    ['a { b', {}, 'a { b'],
    ['a } b {x}', { x: 'v' }, 'a } b v'],
    ["a '{ and {{", {}, "a '{ and {{"],
    ["}} and '}'", {}, "}} and '}'"],
    ["brace then quote {'", {}, "brace then quote {'"],
    ["quote then brace '{", {}, "quote then brace '{"],
    ["''", {}, "''"],
    ['# is text at the top level', {}, '# is text at the top level'],
  ])('quotes literal text so %j formats back to itself', (template, params, expected) => {
    expect(format(template as never, params as never)).toBe(expected);
    expect(icuFormat(icuMessage(template), params)).toBe(expected);
  });

  it('formats a renamed placeholder back to what format() writes', () => {
    expect(icuMessage('bad {a b} name')).toBe('bad {a_b} name');
    expect(icuFormat(icuMessage('bad {a b} name'), icuParams({ 'a b': "it's {x}" }))).toBe(format('bad {a b} name' as never, { 'a b': "it's {x}" } as never));
  });
});

describe('i18next export', () => {
  const placeholders = (message: string) => [...message.matchAll(/\{\{(.+?)\}\}/g)].map((found) => found[1]);

  it('keeps every placeholder, as {{x}}, in order', () => {
    const exported = exportMessages('i18next');
    expect(Object.keys(exported)).toEqual(catalog.map((entry) => entry.key));
    for (const entry of catalog) {
      const message = exported[entry.key]!;
      const names = [...entry.message.matchAll(/\{([^{}]*)\}/g)].map((found) => found[1]);
      expect(placeholders(message), entry.key).toEqual(names);
      // Nothing else changes: turning {{x}} back into {x} gives the template.
      expect(message.replace(/\{\{(.+?)\}\}/g, '{$1}'), entry.key).toBe(entry.message);
    }
  });

  it('interpolates like format() under i18next-style {{x}} replacement', () => {
    const exported = exportMessages('i18next');
    for (const entry of catalog) {
      const params = sampleParams(entry.params);
      const filled = exported[entry.key]!.replace(/\{\{(.+?)\}\}/g, (_, name: string) => params[name]!);
      expect(filled, entry.key).toBe(format(entry, params));
    }
  });

  it('writes {{0}} for numbered placeholders', () => {
    expect(i18nextMessage('Card is {0}, not allowed to do any further actions')).toBe('Card is {{0}}, not allowed to do any further actions');
  });
});

describe('plain JSON export', () => {
  it('is the catalog wording keyed by entry key', () => {
    const exported = exportMessages('json');
    expect(exported).toEqual(Object.fromEntries(catalog.map((entry) => [entry.key, entry.message])));
  });

  it('loads back with defineMessages, through JSON text, and formats as the catalog does', () => {
    const loaded = defineMessages(JSON.parse(JSON.stringify(exportMessages('json'))) as Record<string, string>);
    for (const entry of catalog) {
      const params = sampleParams(entry.params);
      expect(format(entry, params, { messages: loaded }), entry.key).toBe(format(entry, params));
    }
  });

  it('carries a translation: export, translate, load, format', () => {
    const english = exportMessages('json');
    const french = { ...english, DATE_IN_PAST: english.DATE_IN_PAST!.replace('cannot be a past date.', 'ne peut pas être une date passée.') };
    const messages = defineMessages(JSON.parse(JSON.stringify(french)) as Record<string, string>);
    expect(format('DATE_IN_PAST', { x: 'startDate' }, { messages })).toBe('startDate ne peut pas être une date passée.');
  });

  it('exports only the entries it is given, in their order', () => {
    const some = [entries.DATE_IN_PAST, entries.CUSTOMER_NOT_FOUND_FOR_ORG];
    expect(exportMessages('icu', some)).toEqual({
      DATE_IN_PAST: '{x} cannot be a past date.',
      CUSTOMER_NOT_FOUND_FOR_ORG: 'Customer not found for organization.',
    });
  });
});
