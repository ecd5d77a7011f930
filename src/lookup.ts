import {
  catalog,
  entries,
  type Api,
  type Category,
  type Code,
  type Entry,
  type ErrorCode,
  type Key,
  type Operation,
  type SuccessCode,
  type WarningCode,
} from './codes/index.js';
import { read } from './safely.js';
import { closeEnough, compare, toInput, toPattern, type Comparison, type Input, type Pattern, type TextMatch } from './text.js';

export type { TextMatch };

/** Narrows the entries of a code. `find` applies it strictly; `resolve` as a hint. */
export interface Filter {
  readonly category?: Category;
  readonly api?: Api;
  readonly operation?: Operation;
}

/** What else a response says about a status: each narrows the candidates of its code. */
export interface ResolveHints extends Filter {
  /** The message the server sent, compared tolerantly with each candidate's wording. */
  readonly message?: string;
}

/** What else is known about a message: each narrows the entries whose text fits it. */
export interface MatchHints {
  readonly code?: number | string;
  readonly category?: Category;
  readonly api?: Api;
}

/** What `resolve` made of a code. */
export type Resolution =
  | {
      readonly status: 'resolved';
      readonly entry: Entry;
      /** Placeholder values read from the message hint, e.g. `{ 0: '12345' }`. */
      readonly params: Readonly<Record<string, string>>;
      readonly text: TextMatch;
    }
  | {
      readonly status: 'ambiguous';
      /** The best-ranked candidate, `candidates[0]`. */
      readonly entry: Entry;
      /** Every entry the code and hints leave, best first. */
      readonly candidates: readonly Entry[];
      readonly text: TextMatch;
    }
  | { readonly status: 'unknown' };

/** The entry `match` found for a text. */
export interface TextResult {
  readonly entry: Entry;
  readonly params: Readonly<Record<string, string>>;
  /** 1 for the wording itself; down to 0.8 for a tolerant match. */
  readonly score: number;
}

const noEntries: readonly Entry[] = /* @__PURE__ */ Object.freeze([]);
const noParams: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({});
const unknown: Resolution = /* @__PURE__ */ Object.freeze({ status: 'unknown' });
const maxCodeLength = 32;
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

const filterFields = ['category', 'api', 'operation'] as const;
type Field = (typeof filterFields)[number] | 'code';

function allows(entry: Entry, field: Field, value: unknown): boolean {
  if (field === 'operation') return entry.operations?.includes(value as Operation) ?? false;
  return field === 'code' ? entry.code === parseCode(value) : entry[field] === value;
}

/**
 * Keeps what each hint allows, skipping a hint after which `enough` no longer holds (for a
 * strict filter, it always holds). Hints come
 * from callers and payloads: one that cannot be read (a throwing getter or proxy) is not given.
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

// Built on first use, never at import: each code's entries (frozen, table order) and its
// hint-free resolution, keyed by the number so that the common call is one Map lookup.
const entriesByCode: Map<unknown, readonly Entry[]> = /* @__PURE__ */ new Map();
const plainResolutions: Map<unknown, Resolution> = /* @__PURE__ */ new Map();

function indexCodes(): void {
  if (entriesByCode.size) return;
  for (const entry of catalog) entriesByCode.set(entry.code, [...(entriesByCode.get(entry.code) ?? []), entry]);
  for (const [code, list] of entriesByCode) plainResolutions.set(code, rankedWithoutText(Object.freeze(list)));
}

interface TextIndex {
  readonly weigh: (stem: string) => number;
  readonly patterns: ReadonlyMap<Entry, readonly Pattern[]>;
  /** Every wording (messages and aliases) in table order, with its summed stem weight. */
  readonly wordings: readonly { readonly entry: Entry; readonly pattern: Pattern; readonly weight: number }[];
  /** Per stem, each wording that has it: [wording number, count] pairs. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** `match`'s answer for a wording free of placeholders: `null` where entries share it. */
  readonly byWording: ReadonlyMap<string, TextResult | null>;
  /** Scratch space for `alike`: the stem weight each wording shares with the input. */
  readonly overlap: Float64Array;
}

let textIndex: TextIndex | undefined;

function byText(): TextIndex {
  if (textIndex) return textIndex;
  const patterns = new Map<Entry, Pattern[]>();
  const byWording = new Map<string, TextResult | null>();
  const documents = new Map<string, number>();
  const listed: { entry: Entry; pattern: Pattern }[] = [];
  for (const entry of catalog) {
    const wordings = [entry.message, ...(entry.aliases ?? [])];
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
  textIndex = { weigh, patterns, wordings, postings, byWording, overlap: new Float64Array(wordings.length) };
  return textIndex;
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

/** The server's text before the documentation's paraphrase of it; otherwise the order stays. */
const paraphraseLast = (a: Entry, b: Entry) => Number(a.paraphrase ?? 0) - Number(b.paraphrase ?? 0);

/** Best first: closer wording, then the server's text before a paraphrase, then table order. */
function byRank(a: Scored, b: Scored): number {
  return rankOf[b.text] - rankOf[a.text] || b.score - a.score || paraphraseLast(a.entry, b.entry);
}

// Below this lead, two tolerant matches are a tie: a word's weight should not pick for the caller.
const decisiveLead = 0.02;

/**
 * Whether the best candidate wins on evidence: its exact wording, or a clear lead that rests
 * on a word of the message the runner-up lacks or on a wording the message says in full.
 * "Updated successfully" fits every "… updated successfully." equally, whatever else their
 * wordings say: a tie. A close match does not win over a weaker one on missing words alone.
 */
function separates(best: Scored, next: Scored | undefined, input: Input): boolean {
  if (!next || (best.text === 'exact' && next.text !== 'exact')) return true;
  if (best.score - next.score < decisiveLead) return false;
  if (saysInFull(input, best) && !saysInFull(input, next)) return true;
  for (const s of input.counts.keys()) if (best.stems.has(s) && !next.stems.has(s)) return true;
  return false;
}

function saysInFull(input: Input, scored: Scored): boolean {
  for (const [s, count] of scored.stems) if ((input.counts.get(s) ?? 0) < count) return false;
  return true;
}

/**
 * Every entry of a code, in table order; `[]` when the code is unknown or malformed. A
 * filter applies strictly: one that matches nothing gives `[]`.
 * @example
 * find(8011).map((entry) => entry.key); // ['LOOKUP_INVALID_SOURCE_ACCOUNT', 'LOOKUP_INVALID_SOURCE']
 * find('400', { category: 'warning' })[0]?.key; // 'ADMIN_AUTH_NOT_SUPPORTED'
 */
export function find(code: unknown, filter?: Filter): readonly Entry[] {
  return (filter === undefined ? entriesByCode.get(code) : undefined) ?? findWith(code, filter);
}

function findWith(code: unknown, filter?: Filter): readonly Entry[] {
  indexCodes();
  const found = entriesByCode.get(parseCode(code));
  if (!found) return noEntries;
  if (filter === undefined) return found;
  const kept = narrow(found, filter, filterFields, (entry) => entry, () => true);
  return kept.length === found.length ? found : Object.freeze(kept);
}

/**
 * What a code means, using what else the response says. Hints narrow the candidates; a hint
 * that would leave none is ignored (servers put codes in unexpected places). A message is
 * compared tolerantly and yields the placeholder values. Where nothing separates two
 * entries the answer is `ambiguous`, ranked, never a silent pick.
 * @example
 * resolve(816).status; // 'resolved'
 * resolve(8011).status; // 'ambiguous': two texts share the code
 * resolve(8011, { message: 'Look up, Invalid source passed' }); // resolved: LOOKUP_INVALID_SOURCE, text 'exact'
 * resolve(8006, { message: 'Add failed, Customer already exists with id 42 for same source' }).params; // { 0: '42' }
 */
export function resolve(code: unknown, hints?: ResolveHints): Resolution {
  return (hints === undefined ? plainResolutions.get(code) : undefined) ?? resolveWith(code, hints);
}

function resolveWith(code: unknown, hints: ResolveHints | undefined): Resolution {
  const found = findWith(code);
  if (!found.length) return unknown;
  const message = read(hints, 'message');
  // A hint that would leave no candidate is ignored: servers put codes in unexpected places.
  const candidates = narrow(found, hints, filterFields, (entry) => entry, (kept) => kept.length > 0);
  if (typeof message !== 'string') return candidates === found ? plainResolutions.get(found[0]!.code)! : rankedWithoutText(candidates);

  const index = byText();
  // A message this long is no wording of the catalog: it is compared as no text, which fits none.
  const input = toInput(message.length > maxMessageLength ? '' : message, index.weigh);
  const ranked = candidates.map((entry) => score(entry, input, index)).sort(byRank);
  const best = ranked[0]!;
  if (best.text !== 'different' && separates(best, ranked[1], input)) {
    return Object.freeze({ status: 'resolved', entry: best.entry, params: Object.freeze(best.params), text: best.text });
  }
  // Where the hints and the text disagree (400 in a v2 errors list with the warning's words),
  // trust neither: the entries the text fits join the candidates, first.
  const contradicting = best.text === 'different' ? found.filter((entry) => !candidates.includes(entry)).map((entry) => score(entry, input, index)) : [];
  const fitting = contradicting.filter((scored) => scored.text !== 'different').sort(byRank);
  if (ranked.length === 1 && !fitting.length) return Object.freeze({ status: 'resolved', entry: best.entry, params: noParams, text: best.text });
  const ordered = [...fitting, ...ranked];
  const entries = Object.freeze(ordered.map((scored) => scored.entry));
  return Object.freeze({ status: 'ambiguous', entry: entries[0]!, candidates: entries, text: ordered[0]!.text });
}

/** Without a message to compare, the server's text ranks before a paraphrase, then table order. */
function rankedWithoutText(candidates: readonly Entry[]): Resolution {
  const ordered = [...candidates].sort(paraphraseLast);
  return ordered.length === 1
    ? Object.freeze({ status: 'resolved', entry: ordered[0]!, params: noParams, text: 'none' })
    : Object.freeze({ status: 'ambiguous', entry: ordered[0]!, candidates: Object.freeze(ordered), text: 'none' });
}

/**
 * The entry a message means, read tolerantly, or `undefined` when the text resembles no
 * entry or when entries tie (1050 and 1061 share a text) and no hint separates them.
 * @example
 * match('Customer successfully retrieved')?.entry.key; // 'CUSTOMER_RETRIEVED'
 * match('Same Customer found in other sources, Merging with userId 42')?.params; // { 0: '42' }
 * match('Customer status get failed'); // undefined: an error and a warning share the text
 * match('Customer status get failed', { category: 'warning' })?.entry.key; // 'CUSTOMER_STATUS_GET_FAILED_WARNING'
 */
export function match(message: unknown, hints?: MatchHints): TextResult | undefined {
  if (typeof message !== 'string' || message.length > maxMessageLength) return undefined;
  const index = byText();
  const worded = hints === undefined ? index.byWording.get(message) : undefined;
  if (worded !== undefined) return worded ?? undefined;

  const input = toInput(message, index.weigh);
  const scored = alike(input, index).map((entry) => score(entry, input, index));
  // A hint that would leave no entry whose text fits is ignored.
  const fits = (kept: readonly Scored[]) => kept.some((scored) => scored.text !== 'different');
  const ranked = [...narrow(scored, hints, ['code', 'category', 'api'], (scored) => scored.entry, fits)].sort(byRank);
  const best = ranked[0];
  if (!best || best.text === 'different' || !separates(best, ranked[1], input)) return undefined;
  return { entry: best.entry, params: Object.freeze(best.params), score: best.score };
}

// Three quarters of a close match: a wording that cannot reach this is no rival to one that fits.
const rivalEnough = closeEnough * 0.75;

/**
 * The entries that can fit a message or rival one that does, in table order. The stem weight M an input
 * shares with a wording bounds its score from above: 2M / (W + I) for a wording of weight W
 * without placeholders and an input of weight I, 2M / (W + M) with placeholders (words at a
 * placeholder do not count against it). Wordings whose bound is under rivalEnough are never
 * compared.
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
  // Wordings are numbered in table order: sorting the few kept ones orders their entries.
  return [...new Set(kept.sort((a, b) => a - b).map((id) => wordings[id]!.entry))];
}

/**
 * Whether a value is a code of the catalog (a number; use `parseCode` for text).
 * @example
 * isCode(8011); // true
 * isCode(200); // false
 */
export function isCode(value: unknown): value is Code {
  return typeof value === 'number' && find(value).length > 0;
}

function hasCategory(value: unknown, category: Category): boolean {
  return typeof value === 'number' && find(value).some((entry) => entry.category === category);
}

/** @example isSuccessCode(1000); // true */
export function isSuccessCode(value: unknown): value is SuccessCode {
  return hasCategory(value, 'success');
}

/** @example isErrorCode(400); // true (400 is also a warning) */
export function isErrorCode(value: unknown): value is ErrorCode {
  return hasCategory(value, 'error');
}

/** @example isWarningCode(8050); // true */
export function isWarningCode(value: unknown): value is WarningCode {
  return hasCategory(value, 'warning');
}

/**
 * Whether a value is a key of the catalog. Inherited names such as `'toString'` are not.
 * @example
 * isKey('CUSTOMER_NOT_FOUND_FOR_ORG'); // true
 */
export function isKey(value: unknown): value is Key {
  return typeof value === 'string' && Object.hasOwn(entries, value);
}
