import { createRequire } from 'node:module';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { catalog, entries, format, formatParts, type Entry, type Part } from 'capillary-codes/customers';
import * as entryOnly from 'capillary-codes/format';
import {
  anyBag,
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
  runs,
  steadyValue,
  TIMEOUT,
  trickyText,
} from './hostile.js';

afterEach(expectUntouched);

type Formatter = (keyOrEntry: unknown, params?: unknown, options?: unknown) => string;
type PartsFormatter = (keyOrEntry: unknown, params?: unknown, options?: unknown) => Part[];
const rootFormat = format as unknown as Formatter;
const rootParts = formatParts as unknown as PartsFormatter;
const entryFormat = entryOnly.format as unknown as Formatter;
const entryParts = entryOnly.formatParts as unknown as PartsFormatter;

const keys = catalog.map((entry) => entry.key);
const withParams = catalog.filter((entry) => entry.params.length);

/** The README's reading of a template: each `{name}` filled once with its own string or number value, else kept. */
function expectedText(template: string, params: unknown, escape = false): string {
  return template.replace(placeholderPattern, (placeholder, name: string) => {
    const value = documentedValue(params, name);
    return value === undefined ? placeholder : escape ? escapeOracle(value) : value;
  });
}

/** The README: `escape: 'html'` escapes `& < > " ' \`` in values. */
function escapeOracle(value: string): string {
  const names: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };
  let out = '';
  for (const char of value) out += names[char] ?? char;
  return out;
}

function unescape(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39|#96);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#96': '`' })[name]!);
}

/** Params with the template's names, names from Object.prototype, and names the template lacks; any values. */
const paramsFor = (names: readonly string[], value: fc.Arbitrary<unknown>) =>
  fc.oneof(
    fc.dictionary(fc.constantFrom(...names, ...prototypeNames, 'x', '0', 'unused'), value).map((params) => ({ ...params })),
    fc.dictionary(fc.constantFrom(...names, ...prototypeNames), value),
    fc.constantFrom(...names.length ? names : ['x']).chain((name) => fc.tuple(fc.constant(name), value)).map(([name, v]) => ({ [name]: v })),
    fc.constantFrom(undefined, null, {}, 'x', 42),
  );

const paramValue: fc.Arbitrary<unknown> = fc.oneof(trickyText, anyText, fc.double(), fc.integer(), steadyValue, fc.constantFrom(NaN, -0, Infinity, undefined, null));

/** What a template-and-params call looks like from the outside: by key, by entry, by JSON copy, or a bare template. */
const formatCall = fc.oneof(
  fc.constantFrom(...catalog).chain((entry) =>
    fc.record({
      keyOrEntry: fc.constantFrom<unknown>(entry.key, entry, JSON.parse(JSON.stringify(entry))),
      template: fc.constant(entry.message),
      params: paramsFor(entry.params, paramValue),
    }),
  ),
  fc.oneof(trickyText, anyText)
    .filter((text) => !keys.includes(text as never))
    .chain((template) =>
      fc.record({
        keyOrEntry: fc.constant<unknown>(template),
        template: fc.constant(template),
        params: paramsFor([...template.matchAll(placeholderPattern)].map((found) => found[1]!), paramValue),
      }),
    ),
);

/** Values stay data: each piece is template text, or a plain record of two strings, nothing a renderer would treat as an element. */
/** Calls that fill every placeholder, so each run inserts values: where escaping and re-expansion could go wrong. */
const filledCall = fc.oneof(
  fc.constantFrom(...withParams).chain((entry) =>
    fc.record({
      keyOrEntry: fc.constantFrom<unknown>(entry.key, entry),
      template: fc.constant(entry.message),
      params: fc.tuple(...entry.params.map(() => fc.oneof(trickyText, anyText))).map((values) => Object.fromEntries(entry.params.map((name, i) => [name, values[i]]))),
    }),
  ),
  fc.array(fc.oneof(trickyText, fc.constantFrom('{x}', '{0}', '{__proto__}', '{constructor}')), { minLength: 1, maxLength: 6 }).chain((pieces) => {
    const template = pieces.join('');
    const names = [...new Set([...template.matchAll(placeholderPattern)].map((found) => found[1]!))];
    return fc.record({
      keyOrEntry: fc.constant<unknown>(template),
      template: fc.constant(template),
      // fromEntries defines own properties: a "__proto__" name is data here, as JSON.parse would make it.
      params: fc.tuple(...names.map(() => fc.oneof(trickyText, anyText))).map((values) => Object.fromEntries(names.map((name, i) => [name, values[i]])) as unknown),
    });
  }),
);

function expectParts(parts: Part[], text: string): void {
  expect(Array.isArray(parts)).toBe(true);
  const odd = parts.filter((part) =>
    typeof part === 'string'
      ? part.length === 0
      : Object.getPrototypeOf(part) !== Object.prototype ||
        Object.keys(part).sort().join() !== 'param,value' ||
        typeof part.param !== 'string' ||
        typeof part.value !== 'string',
  );
  expect(odd).toEqual([]);
  expect(parts.map((part) => (typeof part === 'string' ? part : part.value)).join('')).toBe(text);
}

describe('fuzz: format and formatParts', () => {
  it('fill each placeholder once with its own string or number value, keep the rest, by key, entry or template', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.oneof(formatCall, filledCall), fc.boolean(), ({ keyOrEntry, template, params: paramsInput }, viaEntryOnly) => {
        const params = real(paramsInput);
        const text = rootFormat(keyOrEntry, params);
        const expected = expectedText(template, params);
        expect(text).toBe(expected);
        // "undefined" (or "null", "[object Object]") only where the template or a value says it.
        const values = Object.values(params ?? {}).filter((v) => typeof v === 'string').join('');
        for (const word of ['undefined', 'null', '[object Object]']) {
          if (text.includes(word)) expect(template.includes(word) || values.includes(word), word).toBe(true);
        }
        expectParts(rootParts(keyOrEntry, params), text);
        if (viaEntryOnly && typeof keyOrEntry !== 'string') {
          expect(entryFormat(keyOrEntry, params)).toBe(text);
          expectParts(entryParts(keyOrEntry, params), text);
        }
        expect(prototypesUntouched()).toBe(true);
      }),
      runs(),
    );
  });

  it('never throw on any input, except the documented TypeError of missing: "throw"', { timeout: TIMEOUT }, () => {
    const call = fc.oneof(anyValue, fc.constantFrom(...keys), fc.constantFrom(...catalog));
    fc.assert(
      fc.property(call, fc.oneof(anyValue, paramsFor(['x', '0'], anyValue)), anyBag, fc.nat(3), (keyInput, paramsInput, optionsInput, which) => {
        const [keyOrEntry, params, options] = [real(keyInput), real(paramsInput), real(optionsInput)];
        const fn = [rootFormat, rootParts, entryFormat, entryParts][which]!;
        const result = attempt(() => fn(keyOrEntry, params, options));
        if (!result.ok) {
          expect(result.error, describeError(result.error)).toBeInstanceOf(TypeError);
          expect((result.error as Error).message).toMatch(/^Missing param "/);
          expect((options as { missing?: unknown }).missing).toBe('throw');
        } else if (which % 2) {
          expectParts(result.value as Part[], (result.value as Part[]).map((p) => (typeof p === 'string' ? p : p.value)).join(''));
        } else {
          expect(typeof result.value).toBe('string');
        }
        expect(prototypesUntouched()).toBe(true);
      }),
      runs(),
    );
  });

  it('with missing: "throw", throw a TypeError naming the first placeholder without a value, and only then', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(formatCall, ({ keyOrEntry, template, params: paramsInput }) => {
        const params = real(paramsInput);
        const missing = [...template.matchAll(placeholderPattern)].map((found) => found[1]!).find((name) => documentedValue(params, name) === undefined);
        const result = attempt(() => rootFormat(keyOrEntry, params, { missing: 'throw' }));
        if (missing === undefined) {
          expect(result).toEqual({ ok: true, value: expectedText(template, params) });
        } else {
          expect(result.ok).toBe(false);
          const error = (result as { error: unknown }).error;
          expect(error).toBeInstanceOf(TypeError);
          expect((error as Error).message.startsWith(`Missing param "${missing}" for `)).toBe(true);
        }
      }),
      runs(),
    );
  });

  it('never re-read a value as a template: placeholders, $-patterns and braces in values come out as given', { timeout: TIMEOUT }, () => {
    const sneaky = fc.array(fc.constantFrom('{x}', '{y}', '{0}', '{1}', '{__proto__}', '$&', '$1', "$'", '$`', '$$', '{', '}', '{{', 'a'), { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.constantFrom(...withParams), fc.array(sneaky, { minLength: 4, maxLength: 4 }), (entry, values) => {
        const params = Object.fromEntries(entry.params.map((name, i) => [name, values[i % values.length]!]));
        const text = rootFormat(entry.key, params);
        expect(text).toBe(expectedText(entry.message, params));
        const parts = rootParts(entry, params).filter((part) => typeof part !== 'string') as { param: string; value: string }[];
        expect(parts.map((part) => part.value)).toEqual([...entry.message.matchAll(placeholderPattern)].map((found) => params[found[1]!]));
      }),
      runs(),
    );
  });

  it('read params parsed from JSON, "__proto__" and "constructor" included, as data, polluting nothing', { timeout: TIMEOUT }, () => {
    const name = fc.constantFrom(...prototypeNames, 'x', '0');
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(name, fc.oneof(fc.string(), fc.integer(), fc.constant({ polluted: 'yes' }))), { selector: ([n]) => n, maxLength: 8 }), fc.array(name, { maxLength: 6 }), (pairs, used) => {
        const params: unknown = JSON.parse(`{${pairs.map(([n, v]) => `${JSON.stringify(n)}: ${JSON.stringify(v)}`).join(', ')}}`);
        const template = used.map((n) => `<{${n}}>`).join(' ');
        expect(rootFormat(template, params)).toBe(expectedText(template, params));
        expect(rootFormat(template, params, { escape: 'html' })).toBe(expectedText(template, params, true));
        expect(prototypesUntouched()).toBe(true);
      }),
      runs(),
    );
  });
});

describe('fuzz: escape: "html"', () => {
  it('escapes every value to text without a markup character, and only the values', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.oneof(formatCall, filledCall, filledCall), ({ keyOrEntry, template, params: paramsInput }) => {
        const params = real(paramsInput);
        const text = rootFormat(keyOrEntry, params, { escape: 'html' });
        expect(text).toBe(expectedText(template, params, true));
        for (const part of rootParts(keyOrEntry, params, { escape: 'html' })) {
          if (typeof part === 'string') continue;
          expect(part.value).not.toMatch(/[<>"'`]/);
          // Every & starts one of the six entities, so nothing in a value can spell another.
          expect(part.value.replace(/&(amp|lt|gt|quot|#39|#96);/g, '')).not.toContain('&');
          expect(unescape(part.value)).toBe(documentedValue(params, part.param));
        }
      }),
      runs(),
    );
  });

  // Payloads from the usual XSS cheat sheets: element, attribute and comment breakouts, entity tricks.
  const payloads = [
    '<script>alert(1)</script>',
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    '<img src=x onerror=alert(1)//',
    '<svg/onload=alert(1)>',
    '</p><script>alert(1)</script><p>',
    '" onmouseover="alert(1)',
    "' onfocus='alert(1)' autofocus='",
    '` onerror=alert(1) `',
    '<!--',
    '-->',
    '<![CDATA[<script>]]>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '&lt;script&gt;alert(1)&lt;/script&gt;',
    '&#x3C;script&#x3E;',
    '&#60;img src=x onerror=alert(1)&#62;',
    '&quot; onclick=&quot;alert(1)',
    '<a href="javascript:alert(1)">x</a>',
    '<math><mi//xlink:href="data:x,<script>alert(4)</script>">',
    '<textarea></textarea><script>alert(1)</script>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<plaintext>',
    '<base href=//evil.example>',
    '<meta http-equiv=refresh content=0;url=//evil.example>',
    '<scr<script>ipt>alert(1)</scr</script>ipt>',
    '<ScRiPt >alert(1)</ScRiPt >',
    '<img """><script>alert(1)</script>">',
    '<style>*{background:url(javascript:alert(1))}</style>',
    '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
    '{{constructor.constructor("alert(1)")()}}',
    '${alert(1)}',
    '&',
    '&amp',
    '&#',
    '<',
    '>',
    '"',
    "'",
    '`',
    '=',
    ' ',
    '/',
    'alert(1)',
  ];
  const { parseFragment } = createRequire(import.meta.url)('parse5') as {
    parseFragment(html: string): { childNodes: HtmlNode[] };
  };
  interface HtmlNode {
    nodeName: string;
    value?: string;
    attrs?: { name: string; value: string }[];
    childNodes?: HtmlNode[];
  }

  it('leaves XSS payloads in values as text: parsed as HTML, one element, its own attributes, text equal to the unescaped message', { timeout: TIMEOUT }, () => {
    const templated = withParams.filter((entry) => !/[<>"'`&]/.test(entry.message));
    const value = fc.array(fc.oneof(fc.constantFrom(...payloads), fc.stringMatching(/^[a-z0-9 ]{0,5}$/)), { minLength: 1, maxLength: 5 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.constantFrom(...templated), fc.array(value, { minLength: 2, maxLength: 2 }), (entry, values) => {
        const params = Object.fromEntries(entry.params.map((name, i) => [name, values[i % 2]!]));
        const html = rootFormat(entry, params, { escape: 'html' });
        const plain = rootFormat(entry, params);
        const [element, ...others] = parseFragment(`<p title="${html}" data-x='${html}'>${html}</p>`).childNodes;
        expect(others).toEqual([]);
        expect(element!.nodeName).toBe('p');
        expect(element!.attrs).toEqual([
          { name: 'title', value: plain },
          { name: 'data-x', value: plain },
        ]);
        expect(element!.childNodes!.map((node) => node.nodeName)).toEqual(plain ? ['#text'] : []);
        expect(element!.childNodes!.map((node) => node.value).join('')).toBe(plain);
      }),
      runs(),
    );
  });
});

describe('fuzz: formatting 1 MB', () => {
  const huge = fc.constantFrom(
    () => 'x'.repeat(1 << 20),
    () => '<script>'.repeat(1 << 17),
    () => '{x}'.repeat(349_525),
    () => '{'.repeat(1 << 20),
    () => '\u0000\u001b\u2028'.repeat(349_525),
    () => '$&'.repeat(1 << 19),
  );

  it('inserts 1 MB values and reads 1 MB templates, linearly and exactly', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(huge, fc.constantFrom(...withParams), fc.boolean(), (make, entry, escape) => {
        const value = make();
        const params = Object.fromEntries(entry.params.map((name) => [name, value]));
        const options = escape ? { escape: 'html' as const } : {};
        const started = performance.now();
        expect(rootFormat(entry.key, params, options)).toBe(expectedText(entry.message, params, escape));
        expect(rootFormat(value, { x: 'y' })).toBe(expectedText(value, { x: 'y' }));
        // A 1 MB value into each of a 1 MB template's placeholders would be the caller's terabyte: one or the other is huge.
        expectParts(rootParts(value, { x: '<y>' }, options), expectedText(value, { x: '<y>' }, escape));
        expect(performance.now() - started).toBeLessThan(5_000);
      }),
      runs(HUGE_RUNS),
    );
  });
});

describe('fuzz: translations in format options', () => {
  it('ignore a forged messages object whose wording is inherited or sits under "__proto__"', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...catalog), fc.string(), (entry: Entry, evil) => {
        const forged = JSON.parse(`{"__proto__": {${JSON.stringify(entry.key)}: ${JSON.stringify(evil)}}}`) as unknown;
        const inherited = Object.create({ [entry.key]: evil }) as unknown;
        for (const messages of [forged, inherited]) expect(rootFormat(entry.key, {}, { messages })).toBe(entry.message);
        expect(prototypesUntouched()).toBe(true);
      }),
      runs(),
    );
  });
});

it('the templates under test hold no markup of their own, so the XSS property tests values only', () => {
  expect(withParams.filter((entry) => !/[<>"'`&]/.test(entry.message)).length).toBeGreaterThan(10);
  expect(entries.DATE_IN_PAST.message).toBe('{x} cannot be a past date.');
});
