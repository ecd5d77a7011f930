import type { Catalog } from './catalog.js';
import type { EntryShape } from './codes/index.js';
import * as entryFormat from './format.js';
import type { Messages, Part } from './format.js';
import { clip, describe, quoted, safely } from './safely.js';
import { paramNames } from './template.js';

/**
 * Formatting by key and translations, for a catalog: the root entry's and each view's wrap
 * these with their own catalog and types. Formatting an entry needs no table (src/format.ts).
 */

// A key is looked up here, not in format.js, so that formatting entries needs no table.
function entryOf(catalog: Catalog, keyOrEntry: unknown): unknown {
  if (typeof keyOrEntry !== 'string') return keyOrEntry;
  const keyed = catalog.byKey();
  return Object.hasOwn(keyed, keyOrEntry) ? keyed[keyOrEntry] : keyOrEntry;
}

/** Formats the message of a key or an entry of the catalog; an unknown key formats as itself. */
export function formatIn(catalog: Catalog, keyOrEntry: unknown, params?: unknown, options?: unknown): string {
  return (entryFormat.format as (...args: unknown[]) => string)(entryOf(catalog, keyOrEntry), params, options);
}

/** Like `formatIn`, in pieces. */
export function formatPartsIn(catalog: Catalog, keyOrEntry: unknown, params?: unknown, options?: unknown): Part[] {
  return (entryFormat.formatParts as (...args: unknown[]) => Part[])(entryOf(catalog, keyOrEntry), params, options);
}

// Translations loaded at run time may be proxies or carry getters: what cannot be read is a broken translation.
const unreadable = (what: string) => (): never => {
  throw new TypeError(`defineMessages: ${what} cannot be read`);
};

// A translation's names are its author's text: escaped (no raw line break) and cut, so the message stays one line.
function listOf(names: readonly string[]): string {
  return names.length ? clip(quoted(names.map((name) => `{${name}}`).join(', ')).slice(1, -1), 120) : 'no placeholders';
}

/** Checks per-locale wording keyed by the catalog's keys (see `defineMessages` in the root entry). */
export function defineMessagesIn(catalog: Catalog, overrides: unknown): Messages {
  if (typeof overrides !== 'object' || overrides === null || safely(() => Array.isArray(overrides), unreadable('the translations'))) {
    throw new TypeError(`defineMessages expects an object of translations keyed by entry key, got ${describe(overrides)}`);
  }
  const keyed = catalog.byKey();
  const messages: Record<string, string> = Object.create(null);
  for (const key of safely(() => Object.keys(overrides), unreadable('the translations'))) {
    if (!Object.hasOwn(keyed, key)) throw new TypeError(`defineMessages: ${describe(key)} is not a key of the catalog`);
    const translation: unknown = safely(() => (overrides as Record<string, unknown>)[key], unreadable(`the translation of ${key}`));
    if (typeof translation !== 'string') {
      throw new TypeError(`defineMessages: the translation of ${key} must be a string, got ${describe(translation)}`);
    }
    const expected = keyed[key]!.params;
    // Other tools' syntaxes would pass as the catalog's: i18next's {{x}} holds {x}, ICU's {n, plural, …} a name with a comma.
    if (/\{\{[^{}]*\}\}/.test(translation)) {
      throw new TypeError(`defineMessages: the translation of ${key} uses i18next's {{x}}: the catalog writes placeholders {x} (${listOf(expected)})`);
    }
    if (/\{[^{}]*,/.test(translation)) {
      throw new TypeError(`defineMessages: the translation of ${key} uses ICU MessageFormat's {x, …}: the catalog writes placeholders {x} (${listOf(expected)})`);
    }
    const got = paramNames(translation);
    if (got.length !== expected.length || !got.every((name) => expected.includes(name))) {
      throw new TypeError(`defineMessages: the translation of ${key} must use exactly ${listOf(expected)}, got ${listOf(got)}`);
    }
    messages[key] = translation;
  }
  return Object.freeze(messages) as Messages;
}
