import { entries, type Entry, type EntryOf, type Key, type TemplateOf } from './codes/index.js';
import type { FormatArgs, FormatOptions, Messages } from './format.js';
import { format } from './messages.js';
import { isKey } from './lookup.js';
import { describe, read, safely } from './safely.js';
import type { LooseParams } from './template.js';

// Symbol.for, not a module-local symbol: two copies of the package recognise each other.
const brand = /* @__PURE__ */ Symbol.for('capillary-codes.CapillaryError');

export interface CapillaryErrorOptions {
  /** The error that caused this one, as in `new Error(message, { cause })`. */
  readonly cause?: unknown;
  /** The wording of the error's message, from `defineMessages`. */
  readonly messages?: Messages;
}

/**
 * An Error that carries a catalog entry: throw it in your own code, catch it anywhere, and
 * switch on `key` or `code`. Its message is the entry's, formatted.
 * @example
 * try {
 *   throw new CapillaryError('ADD_CUSTOMER_EXISTS', { 0: '42' });
 * } catch (error) {
 *   if (CapillaryError.is(error) && error.key === 'ADD_CUSTOMER_EXISTS') console.log(error.code); // 8006
 * }
 */
export class CapillaryError<K extends Key = Key> extends Error {
  override readonly name = 'CapillaryError';
  // Declared, not class fields: the constructor sets each once, and a field would add its own definition.
  declare readonly key: K;
  declare readonly code: EntryOf<K>['code'];
  declare readonly category: EntryOf<K>['category'];
  declare readonly params: Readonly<LooseParams>;
  declare readonly entry: EntryOf<K>;

  /** Throws a TypeError when `key` is not a key of the catalog. */
  constructor(key: K, ...args: FormatArgs<TemplateOf<K>, CapillaryErrorOptions>);
  /** From an entry, e.g. a `resolve` result: `new CapillaryError(resolution.entry, resolution.params)`. */
  constructor(entry: Entry, params?: LooseParams, options?: CapillaryErrorOptions);
  constructor(keyOrEntry: K | Entry, params?: LooseParams, options?: CapillaryErrorOptions) {
    // What cannot be read counts as not given.
    const key = typeof keyOrEntry === 'object' && keyOrEntry !== null ? read(keyOrEntry, 'key') : keyOrEntry;
    if (!isKey(key)) {
      throw new TypeError(`CapillaryError expects a key of the catalog, got ${describe(key)}`);
    }
    const entry = entries[key] as EntryOf<K>;
    const given = Object.freeze(safely(() => ({ ...params }), () => ({})));
    // `Object` boxes what is not an object, so `in` never throws for it; a proxy's trap still may.
    const cause = safely(() => ('cause' in Object(options) ? { cause: (options as { cause?: unknown }).cause } : undefined), () => undefined);
    super(format(entry as Entry, given, { messages: read(options, 'messages') } as FormatOptions), cause);
    this.key = key as K;
    this.code = entry.code;
    this.category = entry.category;
    this.params = given;
    this.entry = entry;
    Object.defineProperty(this, brand, { value: true });
  }

  /**
   * Whether a value is a CapillaryError, also one thrown by another copy of the package
   * (where `instanceof` says no).
   * @example
   * CapillaryError.is(new CapillaryError('VALIDATION_FAILED')); // true
   */
  static is(value: unknown): value is CapillaryError {
    return read(value, brand) === true;
  }
}
