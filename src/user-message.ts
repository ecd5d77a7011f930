import type { EntryShape } from './codes/index.js';
import { format, type Messages } from './format.js';
import { escapeHtml } from './html.js';
import type { Resolution } from './lookup.js';
import type { ReadStatus } from './read.js';
import { read } from './safely.js';

/**
 * The text to show a person for a status: the catalog's wording where the status is known for
 * sure, the server's own words where it is not. Every field may be `undefined` (not given).
 */
export interface UserMessageOptions {
  /** The server's text, for a `Resolution` (a `ReadStatus` carries its own). */
  readonly message?: string | undefined;
  /** Translations from `defineMessages`: the entry's wording in the app's locale. */
  readonly messages?: Messages | undefined;
  /** What to show when there is neither a sure entry nor a server text. */
  readonly fallback?: string | undefined;
  /** `'html'`: the answer is safe to insert as HTML: values, server text and fallback escaped. */
  readonly escape?: 'html' | undefined;
}

const sure = new Set(['exact', 'close', 'none']);

/**
 * The text to show a person for a resolution or a read status. Resolved, with text `exact`,
 * `close` or `none`: the entry's message (or its translation) with the params the server's
 * text filled in. Otherwise (`ambiguous`, `unknown`, text `different`: the code can mean
 * something else than the server said): the server's text when there is one, else
 * `fallback`, else `undefined`; the same where the entry needs a param nobody gave (its
 * placeholder would show), but for the wording with the placeholder when there is neither. One
 * candidate of a tie is never picked.
 * @example
 * userMessage(resolve(8006, { message: 'Add failed, Customer already exists with id 42 for same source' }));
 * // 'Add failed, Customer already exists with id 42 for same source'
 * userMessage(resolve(8011)); // undefined: two texts share 8011
 * userMessage(resolve(8011), { fallback: 'Something went wrong.' }); // 'Something went wrong.'
 * userMessage(readStatuses(body)[0]!, { messages: fr });
 */
export function userMessage(status: Resolution<EntryShape> | ReadStatus<EntryShape>, options?: UserMessageOptions): string | undefined {
  const resolution = read(status, 'resolution') ?? status;
  const html = read(options, 'escape') === 'html';
  const given = read(options, 'message') ?? read(status, 'message');
  const fallback = read(options, 'fallback');
  // Servers pad their text with line breaks and spaces: a person sees it trimmed.
  const text = typeof given === 'string' && given.trim() !== '' ? given.trim() : typeof fallback === 'string' ? fallback : undefined;
  const entry = read(resolution, 'status') === 'resolved' && sure.has(read(resolution, 'text') as string) ? (read(resolution, 'entry') as EntryShape) : undefined;
  if (entry) {
    const params = read(resolution, 'params') as Readonly<Record<string, string>>;
    const names = read(entry, 'params');
    const complete = Array.isArray(names) && names.every((name) => typeof read(params, name) === 'string');
    // A param nobody gave would show as its placeholder: the server's words, or the fallback, say more.
    if (complete || text === undefined) {
      return format(entry, params as never, { messages: read(options, 'messages') as Messages | undefined, escape: html ? 'html' : undefined });
    }
  }
  return text !== undefined && html ? escapeHtml(text) : text;
}
