import { catalog, type Entry, type Key } from 'capillary-codes';
import { splitTemplate as split } from './template.js';

/**
 * The catalog's wording in the formats translation tools read. Each export is a flat object
 * keyed by entry key, in catalog order, so a translated file maps back onto entries by key
 * and `defineMessages` can load it.
 */

/**
 * The formats `exportMessages` writes.
 * @example
 * const format: ExportFormat = 'icu';
 */
export type ExportFormat = 'json' | 'i18next' | 'icu';

/**
 * The formats `exportMessages` writes, for usage text and validation.
 * @example
 * exportFormats.includes('i18next'); // true
 */
export const exportFormats: readonly ExportFormat[] = /* @__PURE__ */ Object.freeze(['json', 'i18next', 'icu']);

/**
 * Messages keyed by entry key, in catalog order.
 * @example
 * const file: MessageFile = { DATE_IN_PAST: '{x} cannot be a past date.' };
 */
export type MessageFile = { readonly [K in Key]?: string };

// ICU argument names are identifiers or numbers; anything else would not parse as one.
const icuName = /^(?:0|[1-9][0-9]*|[\p{L}_][\p{L}\p{N}_]*)$/u;

/**
 * The name a placeholder takes in an ICU message: its own where ICU reads it as an argument
 * name (an identifier or a number), else an identifier made from it: each run of characters
 * an identifier cannot hold becomes `_`, and a `_` goes before a leading digit. Four points
 * entries name placeholders as the source does, with spaces: `{id number}` is `{id_number}`
 * in ICU. Give an ICU message its params through `icuParams`.
 * @example
 * icuParamName('id number'); // 'id_number'
 * icuParamName('alternate currency id'); // 'alternate_currency_id'
 * icuParamName('0'); // '0'
 */
export function icuParamName(name: string): string {
  if (icuName.test(name)) return name;
  const written = name.replace(/[^\p{L}\p{N}_]+/gu, '_');
  return /^[\p{L}_]/u.test(written) ? written : `_${written}`;
}

/**
 * Params for an ICU message that `npx capillary-codes export icu` (or `icuMessage`) wrote:
 * the same values under `icuParamName`'s names.
 * @example
 * import { icuParams } from 'capillary-codes';
 * icuParams({ 'id number': '42' }); // { id_number: '42' }
 * // messages: the JSON `npx capillary-codes export icu` wrote
 * new IntlMessageFormat(messages.POINTS_ISSUE_BILL_NOT_FOUND, 'en').format(icuParams({ 'id number': '42' }));
 * // 'Bill not found with id 42'
 */
export function icuParams<V>(params: Readonly<Record<string, V>>): Record<string, V> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [icuParamName(name), value]));
}

/**
 * Quotes literal text for ICU MessageFormat. Every ASCII apostrophe is doubled, which ICU
 * reads as one apostrophe inside or outside quoted text, so `doesn't` and `'yyyy-MM-dd'`
 * survive; literal braces go inside a quoted span, opened before the first brace of a run
 * and closed before the next plain character, so no doubled apostrophe can close it early.
 */
function quoteIcuText(text: string): string {
  let quoted = '';
  let open = false;
  for (const char of text) {
    if (char === "'") quoted += "''";
    else if (char === '{' || char === '}') {
      quoted += open ? char : `'${char}`;
      open = true;
    } else {
      quoted += open ? `'${char}` : char;
      open = false;
    }
  }
  return open ? `${quoted}'` : quoted;
}

/**
 * A catalog template as an ICU MessageFormat message: `{x}` stays `{x}`, a name ICU cannot
 * read is written as `icuParamName` writes it (`{id number}` → `{id_number}`), literal text is
 * quoted so that ICU formats it back to the same characters. Throws a TypeError where two
 * placeholders of the template would take one ICU name (`{a b}` and `{a_b}`).
 * @example
 * icuMessage("Unable to create profile as instore profile doesn't exist");
 * // "Unable to create profile as instore profile doesn''t exist"
 * icuMessage('{x} cannot be a past date.'); // '{x} cannot be a past date.'
 * icuMessage('Bill not found with id {id number}'); // 'Bill not found with id {id_number}'
 */
export function icuMessage(template: string): string {
  const namedBy = new Map<string, string>();
  return split(template)
    .map((part, i) => {
      if (i % 2 === 0) return quoteIcuText(part);
      const name = icuParamName(part);
      const taken = namedBy.get(name);
      if (taken !== undefined && taken !== part) {
        throw new TypeError(`icuMessage: {${taken}} and {${part}} in "${template}" would both be {${name}} in ICU`);
      }
      namedBy.set(name, part);
      return `{${name}}`;
    })
    .join('');
}

/**
 * A catalog template in i18next's interpolation syntax: `{x}` becomes `{{x}}`.
 * @example
 * i18nextMessage('Card is {0}, not allowed to do any further actions');
 * // 'Card is {{0}}, not allowed to do any further actions'
 */
export function i18nextMessage(template: string): string {
  return split(template)
    .map((part, i) => (i % 2 === 0 ? part : `{{${part}}}`))
    .join('');
}

const converters: Record<ExportFormat, (template: string) => string> = {
  json: (template) => template,
  i18next: i18nextMessage,
  icu: icuMessage,
};

/**
 * Every entry's message keyed by entry key, in one of the formats translators use:
 * `json` keeps the catalog's own `{x}` syntax (load a translation back with
 * `defineMessages`), `i18next` writes `{{x}}`, `icu` writes ICU MessageFormat (a placeholder
 * name ICU cannot read is written as an identifier: `{id number}` → `{id_number}`; format
 * with `icuParams(params)`). `entries` picks and orders what is exported (a resource's:
 * `resourceEntries` in src/explain.ts).
 * @example
 * const fr = exportMessages('json'); // { CUSTOMER_REGISTERED: 'Customer registered successfully.', ... }
 * exportMessages('icu').INSTORE_PROFILE_MISSING; // "Unable to create profile as instore profile doesn''t exist"
 */
export function exportMessages(format: ExportFormat, entries: readonly Entry[] = catalog): MessageFile {
  const convert = converters[format];
  const messages: Partial<Record<Key, string>> = {};
  for (const entry of entries) messages[entry.key] = convert(entry.message);
  return messages;
}
