import type { EntryShape } from '../codes/index.js';
import type { LooseParams } from '../template.js';
import { entries, format, isKey, type Entry, type Key, type ParamsOf } from '../views/all.js';

/**
 * What the builders of `capillary-codes/testing` are asked to put in a body, and how each ask
 * becomes a status: the entry, its wording (formatted from the catalog, or the server text
 * given) and, for an item, whether it succeeded.
 */

/** The params field of a key: required where its template has placeholders, as `format` wants them. */
type ParamsField<K extends Key> = undefined extends ParamsOf<K> ? { readonly params?: ParamsOf<K> } : { readonly params: ParamsOf<K> };

/** One object per key, `key` the discriminant: the compiler checks each literal's params against that key's template. */
type ByKey<Extra> = { [K in Key]: { readonly key: K; readonly message?: string } & ParamsField<K> & Extra }[Key];

/**
 * The keys whose wording has no placeholders: given bare, they need nothing more.
 * @example
 * const key: PlainKey = 'CUSTOMER_NOT_FOUND_FOR_ORG';
 */
export type PlainKey = { [K in Key]: undefined extends ParamsOf<K> ? K : never }[Key];

/** An entry of any view, with params checked at run time (its placeholders are known then). */
interface ByEntry {
  readonly key: EntryShape;
  readonly params?: LooseParams;
  readonly message?: string;
}

/**
 * One status to build: a key whose wording has no placeholders, an entry (of the root or any
 * view), or `{ key, params, message }`, params checked against the key's template like
 * `format`'s, `message` the server's own text in place of the catalog's wording.
 * @example
 * const specs: StatusSpec[] = ['CUSTOMER_NOT_FOUND_FOR_ORG', { key: 'ADD_CUSTOMER_EXISTS', params: { 0: 4211 } }];
 */
export type StatusSpec = PlainKey | EntryShape | ByKey<unknown> | ByEntry;

/**
 * What an item adds to its status: whether it succeeded, and the warnings it carries.
 * @example
 * const extra: ItemExtra = { ok: true, warnings: ['WEB_ENGAGE_PROFILE_MISSING'] };
 */
export interface ItemExtra {
  /** Whether the item succeeded; by default, when its entry is a success (an error or a warning fails it). */
  readonly ok?: boolean;
  readonly warnings?: readonly StatusSpec[];
}

/**
 * One item of a batch: a status, or a status with `ok` (did it succeed) and `warnings`.
 * @example
 * const item: ItemSpec = { key: 'CONCURRENT_CUSTOMER_ACTIONS', ok: false };
 */
export type ItemSpec = StatusSpec | ByKey<ItemExtra> | (ByEntry & ItemExtra);

/** A status made concrete: the entry, the text to send, and whether it is a success. */
export interface Built {
  readonly entry: EntryShape;
  readonly message: string;
  readonly ok: boolean;
  readonly warnings: readonly Built[];
}

type Bag = Readonly<Record<string, unknown>>;

const isEntry = (value: unknown): value is EntryShape =>
  typeof value === 'object' && value !== null && typeof (value as Bag)['key'] === 'string' && typeof (value as Bag)['code'] === 'number' && typeof (value as Bag)['message'] === 'string';

function entryOf(value: unknown): EntryShape {
  if (isEntry(value)) return value;
  if (isKey(value)) return entries[value] as Entry;
  throw new TypeError(`capillary-codes/testing: expected a key of capillary-codes or an entry, got ${JSON.stringify(value) ?? String(value)}`);
}

/**
 * The status a spec asks for. An item's outcome is what `ok` says; without it, a success entry
 * succeeds and an error or a warning fails (a warning sent as an item's own status, 521 for
 * one, is a failed item): never the category alone where `ok` is given.
 */
export function build(spec: unknown): Built {
  const asked = typeof spec === 'object' && spec !== null && !isEntry(spec) ? (spec as Bag) : { key: spec };
  const entry = entryOf(asked['key']);
  const message = typeof asked['message'] === 'string' ? asked['message'] : format(entry as Entry, asked['params'] as LooseParams | undefined);
  const ok = typeof asked['ok'] === 'boolean' ? asked['ok'] : entry.category === 'success';
  const warnings = Array.isArray(asked['warnings']) ? asked['warnings'].map((warning) => build(warning)) : [];
  return { entry, message, ok, warnings };
}
