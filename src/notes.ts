import { notes } from './codes/notes.js';
import { read } from './safely.js';

/**
 * The `capillary-codes/notes` entry point: the caveats the catalog keeps about its entries (a
 * typo as published, a code another page uses otherwise, where a wording comes from), for
 * people reading about an entry: the CLI, docs, a support tool. Apart from the entries because
 * an app acting on a status does not need them, and they weigh as much as every other field
 * together.
 */

export { notes };

/**
 * The note of an entry or a key, or `undefined` when it has none (or is no entry).
 * @example
 * noteOf('MERGE_ALREADY_DONE_WARNING'); // 'The table gives this warning the text of error 8067, likely a documentation slip.'
 * noteOf(entries.CUSTOMER_NOT_FOUND_FOR_ORG); // undefined
 */
export function noteOf(keyOrEntry: string | { readonly key: string }): string | undefined {
  const key = typeof keyOrEntry === 'string' ? keyOrEntry : read(keyOrEntry, 'key');
  return typeof key === 'string' && Object.hasOwn(notes, key) ? notes[key] : undefined;
}
