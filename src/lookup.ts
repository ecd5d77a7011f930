import type { Catalog } from './catalog.js';
import type { Api, Category, EntryShape, Resource } from './codes/index.js';
import { read } from './safely.js';
import { closeEnough, compare, missingWords, respeller, toInput, toPattern, type Comparison, type Input, type Pattern, type Respell, type TextMatch } from './text.js';

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
}

/** What else is known about a message: each narrows the entries whose text fits it. */
export interface MatchHints {
  readonly resource?: Resource | undefined;
  readonly code?: number | string | undefined;
  readonly category?: Category | undefined;
  readonly api?: Api | undefined;
}

/** A hint `resolve` can set aside (`endpoint` is read by a later release). */
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
      /** The hints set aside, in the order `category`, `resource`, `api`, `operation`; absent when all applied. */
      readonly ignored?: readonly Hint[];
    }
  | {
      readonly status: 'ambiguous';
      /** The best-ranked candidate, `candidates[0]`. */
      readonly entry: E;
      /** Every entry the code and hints leave, best first. */
      readonly candidates: readonly E[];
      readonly text: TextMatch;
      /** The hints set aside, in the order `category`, `resource`, `api`, `operation`; absent when all applied. */
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
 * isSure(resolve(1302, { message: 'supplementary program expiry is before membership expiry' })); // false: text 'different'
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

const noEntries: readonly never[] = /* @__PURE__ */ Object.freeze([]);
const noParams: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({});
const unknown: Resolution<never> = /* @__PURE__ */ Object.freeze({ status: 'unknown' });
const maxCodeLength = 32;
/** More than there are resources: the resource hints whose answers `resolve` keeps per code. */
const maxKeptResources = 64;
/** Longer messages are compared with no wording: a server's message is a sentence, not a file. */
const maxMessageLength = 4096;
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
const filterFields = ['category', 'resource', 'api', 'operation'] as const;
type Field = (typeof filterFields)[number] | 'code';
/** The hints that narrow within a resource's entries, each set aside where it would leave none. */
const softFields = ['category', 'api', 'operation'] as const;

/** Whether an entry belongs to a resource: its own, shared with it, or request-level (every resource sends those). */
const inResource = (entry: Entry, resource: unknown) =>
  entry.resource === resource || entry.resource === 'api' || (entry.sharedWith?.includes(resource as Resource) ?? false);

function allows(entry: Entry, field: Field, value: unknown): boolean {
  switch (field) {
    case 'resource':
      return inResource(entry, value);
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
function narrow<T>(
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

const itself = (entry: Entry) => entry;
const someLeft = (kept: readonly unknown[]) => kept.length > 0;

function indexCodes<E extends Entry>(lookup: Lookup<E>): void {
  const { byCode, plain } = lookup;
  if (byCode.size) return;
  for (const entry of lookup.catalog.list() as readonly E[]) {
    const list = byCode.get(entry.code);
    if (list) (list as E[]).push(entry);
    else byCode.set(entry.code, [entry]);
  }
  for (const [code, list] of byCode) {
    Object.freeze(list);
    plain.set(code, rankedWithoutText(list, undefined));
  }
}

export interface TextIndex {
  readonly weigh: (stem: string) => number;
  /** Reads a one-letter slip in a message's word as the catalog word it misspells. */
  readonly respell: Respell;
  readonly patterns: ReadonlyMap<Entry, readonly Pattern[]>;
  /** Every wording (messages and aliases) in catalog order, with its summed stem weight. */
  readonly wordings: readonly { readonly entry: Entry; readonly pattern: Pattern; readonly weight: number }[];
  /** Per stem, each wording that has it: [wording number, count] pairs. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** `match`'s answer for a wording free of placeholders: `null` where entries share it. */
  readonly byWording: ReadonlyMap<string, TextResult | null>;
  /** Scratch space for `alike`: the stem weight each wording shares with the input. */
  readonly overlap: Float64Array;
}

function byText(lookup: Lookup<Entry>): TextIndex {
  if (lookup.text) return lookup.text;
  const patterns = new Map<Entry, Pattern[]>();
  const byWording = new Map<string, TextResult | null>();
  const documents = new Map<string, number>();
  const listed: { entry: Entry; pattern: Pattern }[] = [];
  const texts: string[] = [];
  for (const entry of lookup.catalog.list()) {
    const wordings = [entry.message, ...(entry.aliases ?? [])];
    texts.push(...wordings);
    const list = wordings.map(toPattern);
    patterns.set(entry, list);
    for (const pattern of list) {
      listed.push({ entry, pattern });
      for (const s of pattern.counts.keys()) documents.set(s, (documents.get(s) ?? 0) + 1);
    }
    if (!entry.params.length) {
      for (const wording of wordings) byWording.set(wording, byWording.has(wording) ? null : Object.freeze({ entry, params: noParams, score: 1 }));
    }
  }
  // Rare words tell entries apart; a word the catalog never uses counts as the rarest.
  const weights = new Map<string, number>();
  for (const [s, seen] of documents) weights.set(s, Math.log(1 + listed.length / seen));
  const unseen = Math.log(1 + 2 * listed.length);
  const weigh = (s: string) => weights.get(s) ?? unseen;
  const postings = new Map<string, number[]>();
  const wordings = listed.map(({ entry, pattern }, id) => {
    let weight = 0;
    for (const [s, count] of pattern.counts) {
      weight += count * weigh(s);
      const list = postings.get(s);
      if (list) list.push(id, count);
      else postings.set(s, [id, count]);
    }
    return { entry, pattern, weight };
  });
  const respell = respeller(texts, (s) => weights.has(s));
  lookup.text = { weigh, respell, patterns, wordings, postings, byWording, overlap: new Float64Array(wordings.length) };
  return lookup.text;
}

const rankOf: Record<Comparison['text'], number> = { exact: 3, close: 2, different: 1 };

interface Scored extends Comparison {
  readonly entry: Entry;
  /** The stems of the wording that compared best. */
  readonly stems: ReadonlyMap<string, number>;
}

/** The best of an entry's wordings against a message. */
function score(entry: Entry, input: Input, index: TextIndex): Scored {
  let best: Scored | undefined;
  for (const pattern of index.patterns.get(entry)!) {
    const result = compare(input, pattern, index.weigh);
    if (!best || rankOf[result.text] > rankOf[best.text] || (result.text === best.text && result.score > best.score)) {
      best = { entry, ...result, stems: pattern.counts };
    }
  }
  return best!;
}

/**
 * Ties between entries the text (or its absence) does not separate: with a resource hint, the
 * resource's own entries before the request-level ones; otherwise catalog order (the sort is
 * stable).
 */
const tieBreak = (resource: unknown) => (a: Entry, b: Entry) => (typeof resource === 'string' ? Number(a.resource === 'api') - Number(b.resource === 'api') : 0);

/** Best first: closer wording, then the tie-break. */
const byRank = (resource: unknown) => {
  const tie = tieBreak(resource);
  return (a: Scored, b: Scored): number => rankOf[b.text] - rankOf[a.text] || b.score - a.score || tie(a.entry, b.entry);
};

// Below this lead, two tolerant matches are a tie: a word's weight should not pick for the caller.
const decisiveLead = 0.02;

/**
 * Whether the best candidate wins on evidence: its exact wording; a wording that has every
 * word of the message, but for at most one of its own, where the runner-up's lacks one of the
 * message's; or a clear lead that rests on a word of the message the runner-up lacks, or on a
 * wording the message says in full (or but for one word) where the runner-up's lacks more.
 * "Updated successfully" fits every
 * "… updated successfully." equally, whatever else their wordings say: a tie. A close match
 * does not win over a weaker one on missing words alone.
 */
function separates(ranked: readonly Scored[], input: Input): boolean {
  const [best, next] = ranked as [Scored, Scored | undefined];
  if (!next || (best.text === 'exact' && next.text !== 'exact')) return true;
  const lacks = missingWords(input, best.stems);
  // Every word of the message is the best's, and no other fitting wording has them all:
  // "Customer note updated successfully" is "Customer notes added/updated successfully.", not
  // "Customer updated successfully.".
  if (lacks <= 1 && says(best, input) && !ranked.some((other) => other !== best && other.text !== 'different' && says(other, input))) return true;
  if (best.score - next.score < decisiveLead) return false;
  if (lacks <= 1 && lacks < missingWords(input, next.stems)) return true;
  for (const s of input.counts.keys()) if (best.stems.has(s) && !next.stems.has(s)) return true;
  return false;
}

/** Whether a wording has every word of the message. */
function says(scored: Scored, input: Input): boolean {
  for (const s of input.counts.keys()) if (!scored.stems.has(s)) return false;
  return true;
}

/** Every entry of a code in catalog order, narrowed strictly by a filter; `[]` when unknown or malformed. */
export function findIn<E extends Entry>(lookup: Lookup<E>, code: unknown, filter?: Filter): readonly E[] {
  return (filter === undefined ? lookup.byCode.get(code) : undefined) ?? findWith(lookup, code, filter);
}

function findWith<E extends Entry>(lookup: Lookup<E>, code: unknown, filter?: Filter): readonly E[] {
  indexCodes(lookup);
  const found = lookup.byCode.get(parseCode(code));
  if (!found) return noEntries;
  if (filter === undefined) return found;
  const kept = narrow(found, filter, filterFields, (entry) => entry, () => true);
  return kept.length === found.length ? found : Object.freeze(kept);
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
    return typeof resource === 'string' && hints.message === undefined && hints.category === undefined && hints.api === undefined && hints.operation === undefined
      ? resource
      : undefined;
  } catch {
    return undefined;
  }
}

/** The hints of a call, each read once: a getter may answer differently on each read. */
interface Given {
  readonly category: unknown;
  readonly resource: unknown;
  readonly api: unknown;
  readonly operation: unknown;
  readonly message: unknown;
}

function resolveWith<E extends Entry>(lookup: Lookup<E>, code: unknown, hints: ResolveHints | undefined): Resolution<E> {
  const found = findWith(lookup, code);
  if (!found.length) return unknown;
  const given: Given = {
    category: read(hints, 'category'),
    resource: read(hints, 'resource'),
    api: read(hints, 'api'),
    operation: read(hints, 'operation'),
    message: read(hints, 'message'),
  };
  // A resource answers on the code with its own entries, its shared ones and the request-level
  // ones; another resource's entry only where the text names it (below).
  const held = given.resource === undefined ? found : found.filter((entry) => inResource(entry, given.resource));
  const ignored: Hint[] = [];
  // A soft hint that would leave no candidate is set aside: servers put codes in unexpected places.
  const candidates = held.length ? narrow(held, given, softFields, itself, someLeft, ignored) : held;
  if (typeof given.message !== 'string') {
    if (!candidates.length) return unknown;
    if (candidates === found && !ignored.length) return lookup.plain.get(found[0]!.code)!;
    return rankedWithoutText(candidates, given.resource, ignored);
  }
  return resolveByText(lookup as Lookup<Entry>, found, held, candidates, given, given.message, ignored) as Resolution<E>;
}

function resolveByText(
  lookup: Lookup<Entry>,
  found: readonly Entry[],
  held: readonly Entry[],
  candidates: readonly Entry[],
  given: Given,
  message: string,
  ignored: Hint[],
): Resolution {
  const index = byText(lookup);
  // A message this long is no wording of the catalog: it is compared as no text, which fits none.
  const input = toInput(message.length > maxMessageLength ? '' : message, index.weigh, index.respell);
  const scores = new Map<Entry, Scored>();
  const scoreOf = (entry: Entry) => scores.get(entry) ?? scores.set(entry, score(entry, input, index)).get(entry)!;
  const isExact = (entry: Entry) => scoreOf(entry).text === 'exact';
  if (!candidates.some(isExact) && found.some(isExact)) {
    // An exact text outranks the hints that would remove it: among the entries whose wording
    // the server sent, the hints apply only where they leave one ('All requests have failed due
    // to errors' in a v2 errors list is the v1.1 request-level entry).
    const setAside: Hint[] = [];
    const named = narrow(found.filter(isExact), given, filterFields, itself, someLeft, setAside);
    return rankedByText(named, found, input, index, scoreOf, given.resource, setAside);
  }
  const fits = (entry: Entry) => scoreOf(entry).text !== 'different';
  if (candidates.length && ignored.length && !candidates.some(fits)) {
    // The resource's entries fit neither the text nor the hints set aside for them (1000
    // "Coupons retrieved successfully" as a success in a coupons response, where coupons' 1000
    // is an error): an entry the text fits and every hint allows is the answer.
    const allowed = found.filter((entry) => !held.includes(entry) && fits(entry) && softFields.every((field) => given[field] === undefined || allows(entry, field, given[field])));
    if (allowed.length) return rankedByText(allowed, allowed, input, index, scoreOf, given.resource, ['resource']);
  }
  if (candidates.length) return rankedByText(candidates, found, input, index, scoreOf, given.resource, ignored);
  // None of the resource's entries has the code: another resource's entry is the answer only
  // where the text fits it, never on the code alone.
  const fitting = found.filter(fits);
  if (!fitting.length) return unknown;
  const setAside: Hint[] = ['resource'];
  return rankedByText(narrow(fitting, given, softFields, itself, someLeft, setAside), fitting, input, index, scoreOf, given.resource, setAside);
}

/** The candidates ranked by how their wordings fit the message: resolved where the text separates them. */
function rankedByText(
  candidates: readonly Entry[],
  found: readonly Entry[],
  input: Input,
  index: TextIndex,
  scoreOf: (entry: Entry) => Scored,
  resource: unknown,
  ignored: readonly Hint[],
): Resolution {
  const pool = serverSent(candidates, scoreOf);
  const ranked = pool.map(scoreOf).sort(byRank(resource));
  const best = ranked[0]!;
  if (best.text !== 'different' && separates(ranked, input)) return resolved(best.entry, best.params, best.text, ignored);
  // A paraphrase makes no tie on its own: where the text fits a paraphrase and the entry
  // servers send alike, the entry servers send is the answer.
  const sent = ranked.filter((scored) => !scored.entry.paraphrase);
  if (sent.length && sent.length < ranked.length && sent[0]!.text !== 'different' && separates(sent, input)) {
    return resolved(sent[0]!.entry, sent[0]!.params, sent[0]!.text, ignored);
  }
  const appended = firstClauses(pool, input.text, index, resource);
  if (appended) return resolved(appended.entry, appended.params, 'close', ignored);
  // Where the hints and the text disagree (400 in a v2 errors list with the warning's words),
  // trust neither: the entries the text fits join the candidates, first.
  const contradicting = best.text === 'different' ? found.filter((entry) => !candidates.includes(entry) && scoreOf(entry).text !== 'different') : [];
  const fitting = serverSent(contradicting, scoreOf).map(scoreOf).sort(byRank(resource));
  if (ranked.length === 1 && !fitting.length) return resolved(best.entry, noParams, best.text, ignored);
  const ordered = [...fitting, ...ranked];
  return ambiguous(ordered.map((scored) => scored.entry), ordered[0]!.text, ignored);
}

/**
 * The entries to rank, where the documentation's paraphrase of a server's text shares its
 * code: a paraphrase stays only where the message fits its wording. Without a message
 * (`scoreOf` undefined) only the entries servers send stay.
 */
function serverSent(entries: readonly Entry[], scoreOf?: (entry: Entry) => Scored): readonly Entry[] {
  if (!entries.some((entry) => entry.paraphrase) || entries.every((entry) => entry.paraphrase)) return entries;
  return entries.filter((entry) => !entry.paraphrase || (scoreOf !== undefined && scoreOf(entry).text !== 'different'));
}

/** The hints set aside, frozen in the order they narrow; `undefined` when every hint applied. */
function ignoredOf(ignored: readonly Hint[]): readonly Hint[] | undefined {
  return ignored.length ? Object.freeze(filterFields.filter((field) => ignored.includes(field))) : undefined;
}

function resolved<E extends Entry>(entry: E, params: Readonly<Record<string, string>>, text: TextMatch, ignored: readonly Hint[]): Resolution<E> {
  const setAside = ignoredOf(ignored);
  const frozen = Object.isFrozen(params) ? params : Object.freeze(params);
  return Object.freeze(setAside ? { status: 'resolved', entry, params: frozen, text, ignored: setAside } : { status: 'resolved', entry, params: frozen, text });
}

function ambiguous<E extends Entry>(candidates: readonly E[], text: TextMatch, ignored: readonly Hint[]): Resolution<E> {
  const setAside = ignoredOf(ignored);
  const frozen = Object.freeze([...candidates]);
  return Object.freeze(
    setAside ? { status: 'ambiguous', entry: frozen[0]!, candidates: frozen, text, ignored: setAside } : { status: 'ambiguous', entry: frozen[0]!, candidates: frozen, text },
  );
}

/**
 * Servers append another status's text to a message: "Customer registration successful,
 * Provided Custom Field is invalid" is 1000's register wording, then 1017's. Where the whole
 * message fits no candidate, its first clauses (cut at a comma) may: they decide, provided the
 * rest is itself a wording of the catalog, so that no arbitrary tail is read away.
 */
function firstClauses(candidates: readonly Entry[], text: string, index: TextIndex, resource: unknown): Scored | undefined {
  const cuts = [...text.matchAll(/,\s*/g)];
  for (const cut of cuts) {
    const head = toInput(text.slice(0, cut.index), index.weigh, index.respell);
    const rest = toInput(text.slice(cut.index + cut[0].length), index.weigh, index.respell);
    if (!head.tokens.length || !isWording(rest, index)) continue;
    const ranked = candidates.map((entry) => score(entry, head, index)).sort(byRank(resource));
    const best = ranked[0]!;
    if (best.text !== 'different' && separates(ranked, head)) return best;
  }
  return undefined;
}

/** Whether a text is (close to) some wording of the catalog. */
function isWording(input: Input, index: TextIndex): boolean {
  return input.tokens.length > 0 && alike(input, index).some((entry) => score(entry, input, index).text !== 'different');
}

/** Without a message to compare: the entries servers send, ordered by the tie-break. */
function rankedWithoutText<E extends Entry>(candidates: readonly E[], resource: unknown, ignored: readonly Hint[] = noEntries): Resolution<E> {
  const ordered = [...(serverSent(candidates) as readonly E[])].sort(tieBreak(resource));
  return ordered.length === 1 ? resolved(ordered[0]!, noParams, 'none', ignored) : ambiguous(ordered, 'none', ignored);
}

/** The entry a message means, read tolerantly, or `undefined` (see `match` in the root entry). */
export function matchIn<E extends Entry>(lookup: Lookup<E>, message: unknown, hints?: MatchHints): TextResult<E> | undefined {
  if (typeof message !== 'string' || message.length > maxMessageLength) return undefined;
  const index = byText(lookup as Lookup<Entry>);
  const worded = hints === undefined ? index.byWording.get(message) : undefined;
  if (worded !== undefined) return (worded ?? undefined) as TextResult<E> | undefined;

  const input = toInput(message, index.weigh, index.respell);
  const scored = alike(input, index).map((entry) => score(entry, input, index));
  // A hint that would leave no entry whose text fits is ignored.
  const fits = (kept: readonly Scored[]) => kept.some((scored) => scored.text !== 'different');
  const ranked = [...narrow(scored, hints, ['resource', 'code', 'category', 'api'], (scored) => scored.entry, fits)].sort(byRank(read(hints, 'resource')));
  const best = ranked[0];
  if (!best || best.text === 'different' || !separates(ranked, input)) return undefined;
  return { entry: best.entry as E, params: Object.freeze(best.params), score: best.score };
}

// Three quarters of a close match: a wording that cannot reach this is no rival to one that fits.
const rivalEnough = closeEnough * 0.75;

/**
 * The entries that can fit a message or rival one that does, in catalog order. The stem weight
 * M an input shares with a wording bounds its score from above: 2M / (W + I) for a wording of
 * weight W without placeholders and an input of weight I, 2M / (W + M) with placeholders
 * (words at a placeholder do not count against it). Wordings whose bound is under rivalEnough
 * are never compared.
 */
function alike(input: Input, index: TextIndex): Entry[] {
  const { overlap, postings, wordings } = index;
  const touched: number[] = [];
  for (const [s, count] of input.counts) {
    const list = postings.get(s) ?? [];
    const weight = index.weigh(s);
    for (let i = 0; i < list.length; i += 2) {
      const id = list[i]!;
      if (overlap[id] === 0) touched.push(id);
      overlap[id] = overlap[id]! + Math.min(count, list[i + 1]!) * weight;
    }
  }
  const kept: number[] = [];
  for (const id of touched) {
    const shared = overlap[id]!;
    const { pattern, weight } = wordings[id]!;
    overlap[id] = 0;
    if ((2 * shared) / (weight + (pattern.slots.length ? shared : input.weight)) >= rivalEnough) kept.push(id);
  }
  // Wordings are numbered in catalog order: sorting the few kept ones orders their entries.
  return [...new Set(kept.sort((a, b) => a - b).map((id) => wordings[id]!.entry))];
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
