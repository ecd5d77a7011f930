import { entries, type Entry, type Key, type TemplateOf } from './codes/index.js';
import * as entryFormat from './format.js';
import type { FormatArgs, Messages, Part } from './format.js';
import { isKey } from './lookup.js';
import { clip, describe, quoted, safely } from './safely.js';
import { paramNames, type ParamName } from './template.js';

// A key is looked up here, not in format.js, so that formatting entries needs no table.
function entryOf(keyOrEntry: unknown): unknown {
  return isKey(keyOrEntry) ? entries[keyOrEntry] : keyOrEntry;
}

/**
 * Formats the message of a key or an entry, or its translation, with params checked
 * against the template: a missing, extra or mistyped param is a compile error. An unknown
 * key formats as itself.
 * @example
 * format('ADD_CUSTOMER_EXISTS', { 0: '42' }); // 'Add failed, Customer already exists with id 42 for same source'
 * format('CUSTOMER_NOT_FOUND_FOR_ORG'); // 'Customer not found for organization.'
 * format('DATE_IN_PAST', { x: '<b>' }, { escape: 'html' }); // '&lt;b&gt; cannot be a past date.'
 */
export function format<K extends Key>(key: K, ...args: FormatArgs<TemplateOf<K>>): string;
export function format<E extends Entry>(entry: E, ...args: FormatArgs<E['message']>): string;
export function format(keyOrEntry: unknown, params?: unknown, options?: unknown): string {
  return (entryFormat.format as (...args: unknown[]) => string)(entryOf(keyOrEntry), params, options);
}

/**
 * Like `format`, in pieces: template text as strings, inserted values as
 * `{ param, value }`, so a UI can style them without parsing markup.
 * @example
 * formatParts('CARD_ACTIONS_NOT_ALLOWED', { 0: 'BLOCKED' });
 * // ['Card is ', { param: '0', value: 'BLOCKED' }, ', not allowed to do any further actions']
 */
export function formatParts<K extends Key>(key: K, ...args: FormatArgs<TemplateOf<K>>): Part[];
export function formatParts<E extends Entry>(entry: E, ...args: FormatArgs<E['message']>): Part[];
export function formatParts(keyOrEntry: unknown, params?: unknown, options?: unknown): Part[] {
  return (entryFormat.formatParts as (...args: unknown[]) => Part[])(entryOf(keyOrEntry), params, options);
}

type SameNames<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Where a translation's placeholders differ from its entry's, the compiler shows this. */
export interface PlaceholderMismatch<K extends Key, Got> {
  readonly error: 'a translation must use exactly the placeholders of its entry';
  readonly key: K;
  readonly expected: ParamName<TemplateOf<K>>;
  readonly got: Got;
}

/** Checks each literal translation against its entry; translations typed `string` pass to the runtime check. */
export type CheckedTranslations<T> = string extends keyof T
  ? T
  : {
      readonly [K in keyof T]: K extends Key
        ? T[K] extends string
          ? string extends T[K]
            ? T[K]
            : SameNames<ParamName<TemplateOf<K>>, ParamName<T[K]>> extends true
              ? T[K]
              : PlaceholderMismatch<K, ParamName<T[K]>>
          : string
        : never;
    };

// Translations loaded at run time may be proxies or carry getters: what cannot be read is a broken translation.
const unreadable = (what: string) => (): never => {
  throw new TypeError(`defineMessages: ${what} cannot be read`);
};

// A translation's names are its author's text: escaped (no raw line break) and cut, so the message stays one line.
function listOf(names: readonly string[]): string {
  return names.length ? clip(quoted(names.map((name) => `{${name}}`).join(', ')).slice(1, -1), 120) : 'no placeholders';
}

/**
 * Checks per-locale wording keyed by entry key and returns it for `format`'s `messages`
 * option. A translation must use exactly its entry's placeholders: a compile error where
 * the types can see it, a TypeError naming the key where they cannot (JSON loaded at run
 * time). Unknown keys and non-string values are TypeErrors too.
 * @example
 * const fr = defineMessages({ DATE_IN_PAST: '{x} ne peut pas être une date passée.' });
 * format('DATE_IN_PAST', { x: 'startDate' }, { messages: fr }); // 'startDate ne peut pas être une date passée.'
 */
export function defineMessages<const T extends { readonly [K in Key]?: string }>(overrides: T & CheckedTranslations<T>): Messages;
export function defineMessages(overrides: unknown): Messages {
  if (typeof overrides !== 'object' || overrides === null || safely(() => Array.isArray(overrides), unreadable('the translations'))) {
    throw new TypeError(`defineMessages expects an object of translations keyed by entry key, got ${describe(overrides)}`);
  }
  const messages: Record<string, string> = Object.create(null);
  for (const key of safely(() => Object.keys(overrides), unreadable('the translations'))) {
    if (!isKey(key)) throw new TypeError(`defineMessages: ${describe(key)} is not a key of the catalog`);
    const translation: unknown = safely(() => (overrides as Record<string, unknown>)[key], unreadable(`the translation of ${key}`));
    if (typeof translation !== 'string') {
      throw new TypeError(`defineMessages: the translation of ${key} must be a string, got ${describe(translation)}`);
    }
    const expected = entries[key].params;
    const got = paramNames(translation);
    if (got.length !== expected.length || !got.every((name) => expected.includes(name))) {
      throw new TypeError(`defineMessages: the translation of ${key} must use exactly ${listOf(expected)}, got ${listOf(got)}`);
    }
    messages[key] = translation;
  }
  return Object.freeze(messages) as Messages;
}
