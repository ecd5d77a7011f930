import type { Catalog } from './catalog.js';
import type { Api, Category, EntryShape, Resource } from './codes/index.js';
import { endpointFacts, type EndpointFacts, type EndpointHint } from './hints.js';
import { findWith, resolveWith } from './resolve.js';
import { narrow } from './narrow.js';
import { alike, byRank, byText, maxMessageLength, score, separates, type Scored, type TextIndex } from './rank.js';
import { read } from './safely.js';
import { toInput, type TextMatch } from './text.js';

export { parseCode } from './narrow.js';
export type { EndpointHint, EndpointLike } from './hints.js';
export type { TextMatch };

/**
 * The lookups of a catalog: `find`, `resolve`, `match` and the guards, for the root entry (every
 * resource) and for each resource view, which wrap these with their own catalog and types.
 */

/** Narrows the entries of a code. `find` applies it strictly; `resolve` as a hint. Every field may be `undefined`. */
export interface Filter {
  /** A resource's entries, its shared ones and the request-level ones. */
  readonly resource?: Resource | undefined;
  readonly category?: Category | undefined;
  readonly api?: Api | undefined;
  readonly operation?: string | undefined;
}

/**
 * What else a response says about a status. `resource` bounds the candidates: its own entries,
 * those shared with it and the request-level ones; another resource's entry answers only where
 * the message names it (`exact` or `close`), never on the code alone. `category`, `api` and
 * `operation` are soft: each narrows unless it would leave no candidate, or an exact text
 * contradicts it, and is then set aside (`Resolution.ignored`).
 */
export interface ResolveHints extends Filter {
  /** The message the server sent, compared tolerantly with each candidate's wording. */
  readonly message?: string | undefined;
  /**
   * The request the response answers: an `Endpoint` of `capillary-codes/endpoints`, its id
   * (`'POST /v2/customers'`) or a concrete `'POST https://eu.api.capillarytech.com/v2/customers'`;
   * a string only once `capillary-codes/endpoints` is imported. Its resource and api stand for
   * `resource` and `api` (a `resource` or `api` that says otherwise is set aside: the request
   * is the better witness). Where its page documents the code, the entries the page names are
   * the answer: one resolves without text (1101 on `POST /v2/slab/manualSlabAdjustment` is
   * `TRANSACTION_INVALID_PROGRAM_ID`), a message decides among several. An exact text of
   * another entry, or a text that fits only entries the page does not name, sets the endpoint
   * aside; a code the page does not document resolves as with the endpoint's resource. An
   * endpoint not found is set aside (`ignored: ['endpoint']`).
   */
  readonly endpoint?: EndpointHint | undefined;
}

/** What else is known about a message: each narrows the entries whose text fits it. */
export interface MatchHints {
  readonly resource?: Resource | undefined;
  readonly code?: number | string | undefined;
  readonly category?: Category | undefined;
  readonly api?: Api | undefined;
  /**
   * The request the response answers (as `ResolveHints.endpoint`): its resource and api
   * narrow in place of `resource` and `api`, and of the entries that fit the text best, those
   * its page documents come first. An endpoint not found is not used.
   */
  readonly endpoint?: EndpointHint | undefined;
}

/** A hint `resolve` can set aside. */
export type Hint = 'category' | 'resource' | 'api' | 'operation' | 'endpoint';

/**
 * What `resolve` made of a code. `ignored`, on resolved and ambiguous answers, lists the hints
 * set aside: a soft hint (`category`, `api`, `operation`) that would have left no candidate, a
 * hint an exact text contradicted, and `resource` where another resource's entry is the answer
 * because the text names it. It is absent when every hint given applied.
 * @example
 * resolve(1017, { category: 'warning' }); // 1017 is an error, sent in a v1.1 warnings list
 * // { status: 'resolved', entry: entries.CUSTOM_FIELD_INVALID, params: {}, text: 'none', ignored: ['category'] }
 */
export type Resolution<E extends EntryShape = EntryShape> =
  | {
      readonly status: 'resolved';
      readonly entry: E;
      /** Placeholder values read from the message hint, e.g. `{ 0: '12345' }`. */
      readonly params: Readonly<Record<string, string>>;
      readonly text: TextMatch;
      /** The hints set aside, in the order `category`, `resource`, `api`, `operation`, `endpoint`; absent when all applied. */
      readonly ignored?: readonly Hint[];
    }
  | {
      readonly status: 'ambiguous';
      /** The best-ranked candidate, `candidates[0]`. */
      readonly entry: E;
      /** Every entry the code and hints leave, best first. */
      readonly candidates: readonly E[];
      readonly text: TextMatch;
      /** The hints set aside, in the order `category`, `resource`, `api`, `operation`, `endpoint`; absent when all applied. */
      readonly ignored?: readonly Hint[];
    }
  | { readonly status: 'unknown' };

/**
 * Whether an answer can be acted on: resolved, with the server's text saying what the entry
 * says (`exact` or `close`) or no text to compare (`none`). Only a sure entry's `kind`,
 * `retryable` and wording should decide anything; anything else (a `Resolution` that is
 * ambiguous, unknown or `different`, or no `Resolution` at all) is not sure.
 * @example
 * isSure(resolve(618)); // true
 * isSure(resolve(618, { message: 'the weather is fine' })); // false: text 'different'
 * isSure(resolve(42424242)); // false
 */
export function isSure(resolution: unknown): boolean {
  if (read(resolution, 'status') !== 'resolved') return false;
  const text = read(resolution, 'text');
  return text === 'exact' || text === 'close' || text === 'none';
}

/** The entry `match` found for a text. */
export interface TextResult<E extends EntryShape = EntryShape> {
  readonly entry: E;
  readonly params: Readonly<Record<string, string>>;
  /** 1 for the wording itself; down to 0.8 for a tolerant match. */
  readonly score: number;
}

type Entry = EntryShape;

/** A catalog with the indexes its lookups build on first use, never at import. */
export interface Lookup<E extends Entry = Entry> {
  readonly catalog: Catalog;
  /** Each code's entries, frozen, in catalog order. */
  readonly byCode: Map<unknown, readonly E[]>;
  /** Each code's hint-free resolution, keyed by the number so that the common call is one Map lookup. */
  readonly plain: Map<unknown, Resolution<E>>;
  /**
   * Per code, its resolution for each resource hint given alone: `[resource, resolution, …]`.
   * A short list scanned with `===` (a code is asked with a few resources), reached by the
   * code: a Map keyed by the resource hashed the name on every call.
   */
  readonly byResource: Map<unknown, unknown[]>;
  text: TextIndex | undefined;
}

/**
 * The lookups of a catalog; nothing is built until a lookup asks.
 * @example
 * const lookup = lookupOf(catalogOf([['api', api.home]]));
 */
export function lookupOf<E extends Entry>(catalog: Catalog): Lookup<E> {
  return { catalog, byCode: new Map(), plain: new Map(), byResource: new Map(), text: undefined };
}
/** More than there are resources: the resource hints whose answers `resolve` keeps per code. */
const maxKeptResources = 64;

/** Every entry of a code in catalog order, narrowed strictly by a filter; `[]` when unknown or malformed. */
export function findIn<E extends Entry>(lookup: Lookup<E>, code: unknown, filter?: Filter): readonly E[] {
  return (filter === undefined ? lookup.byCode.get(code) : undefined) ?? findWith(lookup, code, filter);
}
/**
 * What a code means, using what else the response says (see `resolve` in the root entry). The
 * calls an app makes most, a code alone or with its resource, are answered here from what an
 * earlier call kept; this function stays small so that the engine inlines it into `resolve`.
 */
export function resolveIn<E extends Entry>(lookup: Lookup<E>, code: unknown, hints?: ResolveHints): Resolution<E> {
  if (hints === undefined) return lookup.plain.get(code) ?? resolveWith(lookup, code, hints);
  // Kept for number codes only, so that what is kept is bounded by the catalog's codes.
  if (typeof code !== 'number') return resolveWith(lookup, code, hints);
  const resource = onlyResource(hints);
  if (resource === undefined) return resolveWith(lookup, code, hints);
  const known = lookup.byResource.get(code);
  if (known) for (let i = 0; i < known.length; i += 2) if (known[i] === resource) return known[i + 1] as Resolution<E>;
  return resolveAndKeep(lookup, code, hints, resource, known);
}

function resolveAndKeep<E extends Entry>(lookup: Lookup<E>, code: unknown, hints: ResolveHints, resource: string, known: unknown[] | undefined): Resolution<E> {
  const resolution = resolveWith(lookup, code, hints);
  // Bounded whatever callers pass: codes outside the catalog and names past the number of
  // resources are not kept ('unknown' is kept for a catalog code the resource lacks).
  if ((resolution.status !== 'unknown' || lookup.byCode.has(code)) && (known?.length ?? 0) < maxKeptResources * 2) {
    if (known) known.push(resource, resolution);
    else lookup.byResource.set(code, [resource, resolution]);
  }
  return resolution;
}

/**
 * The resource of hints that name a resource and nothing else, else `undefined`. The hints are
 * read with property names written out, not through `read`: one shape at the call site keeps
 * the engine's lookups fast (through `read`, `resolve(code, { resource })`
 * took nine times a `Map.get`). Hints that throw when read take the general path, which reads
 * each one safely.
 */
function onlyResource(hints: ResolveHints): string | undefined {
  try {
    const resource = hints.resource;
    return typeof resource === 'string' && hints.message === undefined && hints.category === undefined && hints.api === undefined && hints.operation === undefined && hints.endpoint === undefined
      ? resource
      : undefined;
  } catch {
    return undefined;
  }
}
/** The entry a message means, read tolerantly, or `undefined` (see `match` in the root entry). */
export function matchIn<E extends Entry>(lookup: Lookup<E>, message: unknown, hints?: MatchHints): TextResult<E> | undefined {
  if (typeof message !== 'string' || message.length > maxMessageLength) return undefined;
  const index = byText(lookup as Lookup<Entry>);
  const worded = hints === undefined ? index.byWording.get(message) : undefined;
  if (worded !== undefined) return (worded ?? undefined) as TextResult<E> | undefined;

  const input = toInput(message, index.weigh, index.respell);
  const scored = alike(input, index).map((entry) => score(entry, input, index));
  const given = read(hints, 'endpoint');
  const endpoint = given === undefined ? undefined : endpointFacts(given);
  const narrowing = endpoint ? { ...readable(hints), resource: endpoint.resource, api: endpoint.api ?? read(hints, 'api') } : hints;
  // A hint that would leave no entry whose text fits is ignored.
  const fits = (kept: readonly Scored[]) => kept.some((scored) => scored.text !== 'different');
  const narrowed = [...narrow(scored, narrowing, ['resource', 'code', 'category', 'api'], (scored) => scored.entry, fits)].sort(byRank(read(narrowing, 'resource')));
  const ranked = endpoint ? pageFirst(narrowed, endpoint) : narrowed;
  const best = ranked[0];
  if (!best || best.text === 'different' || !separates(ranked, input, index.weigh)) return undefined;
  return { entry: best.entry as E, params: Object.freeze(best.params), score: best.score };
}

/** The code and category of match hints, each read once. */
const readable = (hints: unknown) => ({ code: read(hints, 'code'), category: read(hints, 'category') });

/**
 * Of the entries whose text fits best (the first rank's), those the endpoint's page documents,
 * where there are some, before the rest; the entries of that rank it does not document go.
 */
function pageFirst(ranked: readonly Scored[], endpoint: EndpointFacts): readonly Scored[] {
  const top = ranked[0]?.text;
  const documented = ranked.filter((scored) => scored.text === top && endpoint.keysOf(scored.entry.code).includes(scored.entry.key));
  return documented.length ? [...documented, ...ranked.filter((scored) => scored.text !== top)] : ranked;
}

/** Whether a value is a code of the catalog with an entry of the category (any, without one). */
export function hasCode(lookup: Lookup, value: unknown, category?: Category): boolean {
  if (typeof value !== 'number') return false;
  const found = findIn(lookup, value);
  return category === undefined ? found.length > 0 : found.some((entry) => entry.category === category);
}

/** Whether a value is an own key of the catalog (with an entry of the category, where given). */
export function hasKey(lookup: Lookup, value: unknown, category?: Category): boolean {
  if (typeof value !== 'string') return false;
  const keyed = lookup.catalog.byKey();
  return Object.hasOwn(keyed, value) && (category === undefined || keyed[value]!.category === category);
}
