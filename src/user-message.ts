import type { EntryShape } from './codes/index.js';
import { format, type Messages } from './format.js';
import { escapeHtml } from './html.js';
import type { Resolution } from './lookup.js';
import type { ReadStatus } from './read.js';
import type { ItemReading, ResponseReading } from './response.js';
import { sureEntry } from './retry.js';
import { read, safely } from './safely.js';

/**
 * The text to show a person for a status: the catalog's wording where the status is known for
 * sure, the server's own words where it is not. Every field may be `undefined` (not given).
 */
export interface UserMessageOptions {
  /** The server's text, for a `Resolution` (a `ReadStatus` carries its own). */
  readonly message?: string | undefined;
  /** Translations from `defineMessages`: the entry's wording in the app's locale. */
  readonly messages?: Messages | undefined;
  /** What to show when there is no text fit for the person. */
  readonly fallback?: string | undefined;
  /** `'html'`: the answer is safe to insert as HTML: values, server text and fallback escaped. */
  readonly escape?: 'html' | undefined;
  /**
   * Who reads it. `'user'` (the default): an entry whose wording names internals (tables,
   * config keys, Thrift, field names: `audience: 'developer'`) gives `fallback`, and so does
   * the server's text where it answers such an entry. `'developer'` (a console for staff) shows them.
   */
  readonly audience?: 'user' | 'developer' | undefined;
  /** `'fallback'`: with `messages`, an entry without a translation gives `fallback`, not the catalog's English. */
  readonly untranslated?: 'english' | 'fallback' | undefined;
  /** `'hide'`: never the server's own words (a localized UI cannot show English server text); `fallback` instead. */
  readonly serverText?: 'show' | 'hide' | undefined;
}

/** What `userMessage` reads: a resolution, a read status, or a `readResponse` reading or item. */
export type UserMessageSubject<E extends EntryShape = EntryShape> = Resolution<E> | ReadStatus<E> | ItemReading<E> | ResponseReading<E>;

/** The status a reading's text comes from: its first failure, else its success. */
function statusOf(subject: unknown): unknown {
  const failures = read(subject, 'failures');
  if (Array.isArray(failures)) {
    if (failures.length) return failures[0];
    const items = read(subject, 'items');
    const itemStatus = Array.isArray(items) ? items.map((item) => read(item, 'status')).find((status) => status !== undefined) : undefined;
    return itemStatus ?? read(subject, 'request');
  }
  // An ItemReading: its status (its first failure, else its own).
  if (typeof read(subject, 'index') === 'number' && read(subject, 'retry') !== undefined) return read(subject, 'status');
  return subject;
}

const isDeveloperEntry = (entry: unknown) => read(entry, 'audience') === 'developer';

/** Whether the server's text names a developer entry: it matched one (or every candidate of a tie) exactly or closely. */
function answersDeveloperEntry(resolution: unknown): boolean {
  const text = read(resolution, 'text');
  if (text !== 'exact' && text !== 'close') return false;
  if (read(resolution, 'status') === 'resolved') return isDeveloperEntry(read(resolution, 'entry'));
  const candidates = read(resolution, 'candidates');
  return Array.isArray(candidates) && candidates.length > 0 && candidates.every(isDeveloperEntry);
}

/** Text compared loosely: case, runs of spaces and a closing stop do not count. */
const loose = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').replace(/[\s.!]+$/, '');

/** The alias the server sent, formatted with its values, where it matched one and not the entry's own wording. */
function aliasSent(entry: EntryShape, said: string, params: unknown, html: boolean): string | undefined {
  const aliases = read(entry, 'aliases');
  if (!Array.isArray(aliases)) return undefined;
  const fill = format as unknown as (template: string, params: unknown, options?: unknown) => string;
  const wordings = [read(entry, 'message'), ...aliases].filter((template): template is string => typeof template === 'string').map((template) => [template, fill(template, params)] as const);
  // Spelled as sent first: two wordings may differ only in case ("Success", "SUCCESS"; "xml/json", "XML/JSON").
  const wanted = loose(said);
  const sent = wordings.find(([, text]) => text === said) ?? wordings.find(([, text]) => loose(text) === wanted);
  return sent === undefined || sent === wordings[0] ? undefined : fill(sent[0], params, { escape: html ? 'html' : undefined });
}

/**
 * The text to show a person for a resolution, a read status, or a `readResponse` reading or
 * item (a reading's text is that of its first failure, else of its success). Sure (resolved,
 * text `exact`, `close` or `none`): the entry's message (or its translation) with the params
 * the server's text filled in; where the server sent one of the entry's aliases exactly, that
 * alias (Capillary's own, more specific wording), unless a translation is given. Otherwise
 * (`ambiguous`, `unknown`, text `different`: the code can mean something else than the server
 * said): the server's text when there is one, else `fallback`, else `undefined`; the same where
 * the entry needs a param nobody gave (its placeholder would show), but for the wording with the
 * placeholder when there is neither. One candidate of a tie is never picked.
 *
 * Options keep unfit text away: a developer entry (`audience: 'developer'`) gives `fallback`
 * unless `audience: 'developer'` is asked; `untranslated: 'fallback'` gives `fallback` for an
 * entry `messages` does not translate; `serverText: 'hide'` never shows the server's words.
 * @example
 * userMessage(resolve(8006, { message: 'Add failed, Customer already exists with id 42 for same source' }));
 * // 'Add failed, Customer already exists with id 42 for same source'
 * userMessage(resolve(8011)); // undefined: two texts share 8011
 * userMessage(resolve(8011), { fallback: 'Something went wrong.' }); // 'Something went wrong.'
 * userMessage(readResponse(body), { messages: fr, untranslated: 'fallback', serverText: 'hide', fallback: 'Une erreur est survenue.' });
 */
export function userMessage(status: UserMessageSubject, options?: UserMessageOptions): string | undefined {
  const subject = safely(() => statusOf(status), () => undefined);
  const resolution = read(subject, 'resolution') ?? subject;
  const html = read(options, 'escape') === 'html';
  const fallbackGiven = read(options, 'fallback');
  const fallback = typeof fallbackGiven === 'string' ? fallbackGiven : undefined;
  const shown = (text: string | undefined) => (text !== undefined && html ? escapeHtml(text) : text);
  const forDevelopers = read(options, 'audience') === 'developer';
  const given = read(options, 'serverText') === 'hide' ? undefined : (read(options, 'message') ?? read(subject, 'message'));
  // Servers pad their text with line breaks and spaces: a person sees it trimmed.
  const said = typeof given === 'string' && given.trim() !== '' ? given.trim() : undefined;
  const text = said ?? fallback;
  const entry = sureEntry<EntryShape>(resolution);
  if (entry) {
    if (!forDevelopers && isDeveloperEntry(entry)) return shown(fallback);
    const messages = read(options, 'messages') as Messages | undefined;
    const translated = messages !== undefined && safely(() => Object.hasOwn(messages, entry.key) && typeof read(messages, entry.key) === 'string', () => false);
    if (messages !== undefined && !translated && read(options, 'untranslated') === 'fallback') return shown(fallback);
    const params = read(resolution, 'params') as Readonly<Record<string, string>>;
    const names = read(entry, 'params');
    const complete = Array.isArray(names) && names.every((name) => typeof read(params, name) === 'string');
    // A param nobody gave would show as its placeholder: the server's words, or the fallback, say more.
    if (complete || text === undefined) {
      const alias = !translated && said !== undefined && read(resolution, 'text') === 'exact' ? safely(() => aliasSent(entry, said, params, html), () => undefined) : undefined;
      return alias ?? format(entry, params as never, { messages: translated ? messages : undefined, escape: html ? 'html' : undefined });
    }
  }
  if (!forDevelopers && said !== undefined && answersDeveloperEntry(resolution)) return shown(fallback);
  return shown(text);
}
