/**
 * `format(entry, params)` against its limit and its peers, on the same templates: every
 * catalog entry with placeholders that every peer reads (identifiers), each with sample params. Each bench function formats
 * the whole set ten times, so a sample lasts microseconds.
 * - limit: a hand-written formatter over templates split into parts ahead of time;
 * - peers: `pupa@3` (parses the template on each call) and `intl-messageformat`
 *   (one cached instance per template, as its docs advise).
 * Targets (scripts/bench-report.mjs): at least 0.5x the limit's throughput, 10x pupa's,
 * 2x intl-messageformat's.
 */
import * as intlMessageFormat from 'intl-messageformat';
import * as pupaModule from 'pupa';
import { bench, describe } from 'vitest';
import * as capillary from 'capillary-codes';
import type { Entry } from 'capillary-codes';
import * as capillaryFormat from 'capillary-codes/format';
import { icuMessage, icuParams } from '../src/i18n.js';

// Vitest's module runner reads an imported binding through a getter on every access, which
// keeps the engine from inlining the call; an app's bundler, or Node itself, calls the function
// directly. Binding each import to a constant once makes the bench measure the library.
const { catalog, format } = capillary;
const formatEntry = capillaryFormat.format;
const pupa = pupaModule.default;
const { IntlMessageFormat } = intlMessageFormat;

type Params = Readonly<Record<string, string>>;

// Placeholders every contender reads: pupa takes no name with a space (`{id number}`, 4 entries).
const templated = catalog.filter((entry) => entry.params.length > 0 && entry.params.every((name) => /^[\w$]+$/.test(name)));
const cases: readonly (readonly [Entry, Params])[] = Array.from({ length: 10 }, () =>
  templated.map((entry) => [entry, Object.fromEntries(entry.params.map((name, i) => [name, `value ${i + 1}`]))] as const),
).flat();

// The limit: templates split once, then text and values joined.
const compiled = new Map<Entry, readonly string[]>(templated.map((entry) => [entry, entry.message.split(/\{([^{}]*)\}/)]));
function precompiled(entry: Entry, params: Params): string {
  const parts = compiled.get(entry)!;
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value = params[parts[i]!];
    text += (value === undefined ? `{${parts[i]}}` : value) + parts[i + 1];
  }
  return text;
}

// ICU reads apostrophes and a few placeholder names (`{id number}`) its own way: each template
// as the ICU export writes it, each params object with the names it uses, both made once.
const intl = new Map<Entry, InstanceType<typeof IntlMessageFormat>>(templated.map((entry) => [entry, new IntlMessageFormat(icuMessage(entry.message), 'en')]));
const intlParams = new Map<Params, Params>(cases.map(([, params]) => [params, icuParams(params)]));

// Every contender writes the same text, or the comparison means nothing.
for (const [entry, params] of cases.slice(0, templated.length)) {
  const expected = precompiled(entry, params);
  const texts = { format: format(entry, params), formatEntry: formatEntry(entry, params), pupa: pupa(entry.message, params), intl: intl.get(entry)!.format(intlParams.get(params)!) };
  for (const [name, text] of Object.entries(texts)) {
    if (text !== expected) throw new Error(`format bench: ${name} wrote ${JSON.stringify(text)} for ${entry.key}, expected ${JSON.stringify(expected)}`);
  }
}

// Lengths feed a counter the module exports, so no call can be optimized away.
let sink = 0;
const options = { time: 1_000, warmupTime: 200 };

describe(`format(entry, params) (${cases.length} calls over ${templated.length} templates with placeholders)`, () => {
  bench(
    'precompiled split-parts formatter',
    () => {
      let length = 0;
      for (const [entry, params] of cases) length += precompiled(entry, params).length;
      sink = length;
    },
    options,
  );

  bench(
    'format(entry, params)',
    () => {
      let length = 0;
      for (const [entry, params] of cases) length += format(entry, params).length;
      sink = length;
    },
    options,
  );

  bench(
    'format(entry, params) from capillary-codes/format',
    () => {
      let length = 0;
      for (const [entry, params] of cases) length += formatEntry(entry, params).length;
      sink = length;
    },
    options,
  );

  bench(
    'pupa@3',
    () => {
      let length = 0;
      for (const [entry, params] of cases) length += pupa(entry.message, params).length;
      sink = length;
    },
    options,
  );

  bench(
    'intl-messageformat (cached instances)',
    () => {
      let length = 0;
      for (const [entry, params] of cases) length += String(intl.get(entry)!.format(intlParams.get(params)!)).length;
      sink = length;
    },
    options,
  );
});

export { sink };
