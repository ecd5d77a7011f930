import type { EntryShape, Resource } from './codes/index.js';
import type { Hint } from './lookup.js';
import { read } from './safely.js';

/**
 * How hints narrow a code's entries: reading a code, the hints in the order they narrow, and
 * `narrow`, which `find` applies strictly and `resolve` and `match` as hints.
 */

type Entry = EntryShape;

/** No entries, shared. */
export const noEntries: readonly never[] = /* @__PURE__ */ Object.freeze([]);
const maxCodeLength = 32;
const canonicalCode = /^(?:0|[1-9][0-9]{0,15})$/;

/**
 * The code a value stands for, or `undefined`. A code is a non-negative safe integer given
 * as a number, a bigint, or a string of decimal digits without sign, exponent, fraction or
 * leading zero; white space around a string is ignored.
 * @example
 * parseCode('8011'); // 8011
 * parseCode(' 8011 '); // 8011
 * parseCode('08011'); // undefined
 */
export function parseCode(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value + 0 : undefined;
  if (typeof value === 'bigint') return value >= 0n && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : undefined;
  if (typeof value !== 'string' || value.length > maxCodeLength) return undefined;
  const digits = value.trim();
  // Sixteen digits reach past 2^53: the digits' number must be safe, as a number's must.
  return canonicalCode.test(digits) && Number.isSafeInteger(Number(digits)) ? Number(digits) : undefined;
}
// The order in which hints narrow, each kept only if it leaves a candidate: the list a status
// came in says most, then the resource asked, the surface, the operation.
export const filterFields = ['category', 'resource', 'api', 'operation'] as const;
export type Field = (typeof filterFields)[number] | 'code';
/** The hints that narrow within a resource's entries, each set aside where it would leave none. */
export const softFields = ['category', 'api', 'operation'] as const;

/**
 * Whether an entry is one of a resource's: its own, shared with it (`sharedWith`), or
 * request-level (resource `api`: every endpoint sends those). The one rule for "belongs to the
 * resource": the `resource` filter of `find`, `resolve` and `match`, the
 * `capillary-codes/<resource>` views, the CLI's search and listings count this way.
 * @example
 * belongsTo(entries.CUSTOMER_NOT_FOUND_FOR_ORG, 'points'); // true: shared with points
 * belongsTo(entries.INVALID_INPUT, 'badges'); // true: request-level
 * belongsTo(entries.INVALID_CHANNEL_TYPE, 'transactions'); // false
 */
export function belongsTo(entry: Entry, resource: unknown): boolean {
  return entry.resource === resource || entry.resource === 'api' || (entry.sharedWith?.includes(resource as Resource) ?? false);
}

export function allows(entry: Entry, field: Field, value: unknown): boolean {
  switch (field) {
    case 'resource':
      return belongsTo(entry, value);
    case 'operation':
      return entry.operations?.includes(value as string) ?? false;
    case 'code':
      return entry.code === parseCode(value);
    default:
      return entry[field] === value;
  }
}

/**
 * Keeps what each hint allows, skipping a hint after which `enough` no longer holds (for a
 * strict filter, it always holds); a skipped hint is added to `skipped`. Hints come from
 * callers and payloads: one that cannot be read (a throwing getter or proxy) is not given.
 */
export function narrow<T>(
  items: readonly T[],
  hints: unknown,
  fields: readonly Field[],
  entryOf: (item: T) => Entry,
  enough: (kept: readonly T[]) => boolean,
  skipped?: Hint[],
): readonly T[] {
  let kept = items;
  for (const field of fields) {
    const value = read(hints, field);
    if (value === undefined) continue;
    const narrowed = kept.filter((item) => allows(entryOf(item), field, value));
    if (enough(narrowed)) kept = narrowed;
    else skipped?.push(field as Hint);
  }
  return kept;
}

export const itself = (entry: Entry) => entry;
export const someLeft = (kept: readonly unknown[]) => kept.length > 0;
