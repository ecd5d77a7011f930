import type { Catalog } from './catalog.js';
import type { EntryShape } from './codes/index.js';
import type { FormatOptions, Messages } from './format.js';
import type { ArgsOf, KeyOrEntry, Keyed, MissingParams } from './key-types.js';
import { formatIn } from './messages.js';
import { describe, read, safely } from './safely.js';
import type { LooseParams } from './template.js';

// Symbol.for, not a module-local symbol: two copies of the package, and every view, recognise each other.
const brand = /* @__PURE__ */ Symbol.for('capillary-codes.CapillaryError');

export interface CapillaryErrorOptions {
  /** The error that caused this one, as in `new Error(message, { cause })`. */
  readonly cause?: unknown;
  /** The wording of the error's message, from `defineMessages`. */
  readonly messages?: Messages | undefined;
}

type EntryField<M, K extends PropertyKey, F extends keyof EntryShape> = M[K & keyof M] extends infer E ? (E extends EntryShape ? E[F] : never) : never;

/** A CapillaryError of an entry point, typed by its keys `K` and entries `M`; for a union of keys, a union of errors. */
export type CapillaryErrorOf<K extends string, M> = K extends unknown ? CapillaryErrorFor<K, M> : never;

/** What `JSON.stringify` writes for a CapillaryError of one key: `Error`'s own `message` is not enumerable, so it is named here. */
export interface CapillaryErrorJSON<K extends string, M> {
  readonly name: 'CapillaryError';
  readonly message: string;
  readonly key: K;
  readonly code: EntryField<M, K, 'code'>;
  readonly category: EntryField<M, K, 'category'>;
  readonly resource: EntryField<M, K, 'resource'>;
  readonly params: Readonly<LooseParams>;
}

/** A CapillaryError of one key. */
export interface CapillaryErrorFor<K extends string, M> extends Error {
  readonly name: 'CapillaryError';
  readonly key: K;
  readonly code: EntryField<M, K, 'code'>;
  readonly category: EntryField<M, K, 'category'>;
  readonly resource: EntryField<M, K, 'resource'>;
  readonly params: Readonly<LooseParams>;
  readonly entry: M[K & keyof M];
  /** The fields a log or an API response needs, message included. */
  toJSON(): CapillaryErrorJSON<K, M>;
}

/** The CapillaryError class of an entry point: its keys and placeholders `V`, its entries `E`. */
export interface CapillaryErrorClass<V extends Keyed, E> {
  /**
   * From a key and its params, or from an entry (e.g. a `resolve` result:
   * `new CapillaryError(resolution.entry, resolution.params)`). Throws a TypeError when the key
   * is not a key of the catalog.
   */
  new <const T extends string | EntryShape>(
    keyOrEntry: KeyOrEntry<T, V>,
    ...args: ArgsOf<T, V, CapillaryErrorOptions>
  ): CapillaryErrorOf<T extends string ? T & V['key'] : T extends EntryShape ? T['key'] & V['key'] : never, E>;
  new <const K extends string>(key: MissingParams<K, V>): never;
  readonly prototype: CapillaryErrorOf<V['key'], E>;
  /**
   * Whether a value is a CapillaryError, also one thrown by another copy of the package or
   * another view (where `instanceof` says no).
   */
  is(value: unknown): value is CapillaryErrorOf<V['key'], E>;
}

/** The CapillaryError class for a catalog (see `CapillaryError` in the root entry). */
export function errorClass<C>(catalog: Catalog): C {
  // One class per entry point, typed by the entry point (CapillaryErrorClass): its own keys and entries.
  return class CapillaryError extends Error {
    override readonly name = 'CapillaryError';
    // Declared, not class fields: the constructor sets each once, and a field would add its own definition.
    declare readonly key: string;
    declare readonly code: number;
    declare readonly category: EntryShape['category'];
    declare readonly resource: EntryShape['resource'];
    declare readonly params: Readonly<LooseParams>;
    declare readonly entry: EntryShape;

    constructor(keyOrEntry: unknown, params?: unknown, options?: unknown) {
      // What cannot be read counts as not given.
      const key = typeof keyOrEntry === 'object' && keyOrEntry !== null ? read(keyOrEntry, 'key') : keyOrEntry;
      const keyed = catalog.byKey();
      if (typeof key !== 'string' || !Object.hasOwn(keyed, key)) {
        throw new TypeError(`CapillaryError expects a key of the catalog, got ${describe(key)}`);
      }
      const entry = keyed[key]!;
      const given = Object.freeze(safely(() => ({ ...(params as object) }), () => ({})));
      // `Object` boxes what is not an object, so `in` never throws for it; a proxy's trap still may.
      const cause = safely(() => ('cause' in Object(options) ? { cause: (options as { cause?: unknown }).cause } : undefined), () => undefined);
      super(formatIn(catalog, entry, given, { messages: read(options, 'messages') } as FormatOptions), cause);
      this.key = key;
      this.code = entry.code;
      this.category = entry.category;
      this.resource = entry.resource;
      this.params = given;
      this.entry = entry;
      Object.defineProperty(this, brand, { value: true });
    }

    toJSON() {
      const { name, message, key, code, category, resource, params } = this;
      return { name, message, key, code, category, resource, params };
    }

    static is(value: unknown): boolean {
      return read(value, brand) === true;
    }
  } as C;
}
