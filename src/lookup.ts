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

/** What else a response says about a status: each narrows the candidates of its code. */
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

/** What `resolve` made of a code. */
export type Resolution<E extends EntryShape = EntryShape> =
  | {
      readonly status: 'resolved';
      readonly entry: E;
      /** Placeholder values read from the message hint, e.g. `{ 0: '12345' }`. */
      readonly params: Readonly<Record<string, string>>;
      readonly text: TextMatch;
    }
  | {
      readonly status: 'ambiguous';
      /** The best-ranked candidate, `candidates[0]`. */
      readonly entry: E;
      /** Every entry the code and hints leave, best first. */
      readonly candidates: readonly E[];
      readonly text: TextMatch;
    }
  | { readonly status: 'unknown' };

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
 * strict filter, it always holds). Hints come from callers and payloads: one that cannot be
 * read (a throwing getter or proxy) is not given.
 */
function narrow<T>(
  items: readonly T[],
  hints: unknown,
  fields: readonly Field[],
  entryOf: (item: T) => Entry,
  enough: (kept: readonly T[]) => boolean,
): readonly T[] {
  let kept = items;
  for (const field of fields) {
    const value = read(hints, field);
    if (value === undefined) continue;
    const narrowed = kept.filter((item) => allows(entryOf(item), field, value));
    if (enough(narrowed)) kept = narrowed;
  }
  return kept;
}

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
 * Ties between entries the text (or its absence) does not separate: the server's text before
 * the documentation's paraphrase of it; with a resource hint, the resource's own entries before
 * the request-level ones; otherwise catalog order (the sort is stable).
 */
const tieBreak = (resource: unknown) => (a: Entry, b: Entry) =>
  Number(a.paraphrase ?? 0) - Number(b.paraphrase ?? 0) ||
  (typeof resource === 'string' ? Number(a.resource === 'api') - Number(b.resource === 'api') : 0);

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
  // Bounded whatever callers pass: names past the number of resources are not kept.
  if (resolution.status !== 'unknown' && (known?.length ?? 0) < maxKeptResources * 2) {
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

function resolveWith<E extends Entry>(lookup: Lookup<E>, code: unknown, hints: ResolveHints | undefined): Resolution<E> {
  const found = findWith(lookup, code);
  if (!found.length) return unknown;
  const message = read(hints, 'message');
  const resource = read(hints, 'resource');
  // A hint that would leave no candidate is ignored: servers put codes in unexpected places.
  const candidates = narrow(found, hints, filterFields, (entry) => entry, (kept) => kept.length > 0);
  if (typeof message !== 'string') {
    return candidates === found && typeof resource !== 'string' ? lookup.plain.get(found[0]!.code)! : rankedWithoutText(candidates, resource);
  }

  const index = byText(lookup as Lookup<Entry>);
  // A message this long is no wording of the catalog: it is compared as no text, which fits none.
  const input = toInput(message.length > maxMessageLength ? '' : message, index.weigh, index.respell);
  const ranked = candidates.map((entry) => score(entry, input, index)).sort(byRank(resource));
  const best = ranked[0]!;
  if (best.text !== 'different' && separates(ranked, input)) {
    return Object.freeze({ status: 'resolved', entry: best.entry as E, params: Object.freeze(best.params), text: best.text });
  }
  const appended = firstClauses(candidates, input.text, index, resource);
  if (appended) return Object.freeze({ status: 'resolved', entry: appended.entry as E, params: Object.freeze(appended.params), text: 'close' });
  // Where the hints and the text disagree (400 in a v2 errors list with the warning's words),
  // trust neither: the entries the text fits join the candidates, first.
  const contradicting = best.text === 'different' ? found.filter((entry) => !candidates.includes(entry)).map((entry) => score(entry, input, index)) : [];
  const fitting = contradicting.filter((scored) => scored.text !== 'different').sort(byRank(resource));
  if (ranked.length === 1 && !fitting.length) return Object.freeze({ status: 'resolved', entry: best.entry as E, params: noParams, text: best.text });
  const ordered = [...fitting, ...ranked];
  const entries = Object.freeze(ordered.map((scored) => scored.entry as E));
  return Object.freeze({ status: 'ambiguous', entry: entries[0]!, candidates: entries, text: ordered[0]!.text });
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

/** Without a message to compare: the tie-break orders the candidates. */
function rankedWithoutText<E extends Entry>(candidates: readonly E[], resource: unknown): Resolution<E> {
  const ordered = [...candidates].sort(tieBreak(resource));
  return ordered.length === 1
    ? Object.freeze({ status: 'resolved', entry: ordered[0]!, params: noParams, text: 'none' })
    : Object.freeze({ status: 'ambiguous', entry: ordered[0]!, candidates: Object.freeze(ordered), text: 'none' });
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
