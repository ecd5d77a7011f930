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
import { compare, toInput, toPattern, type Comparison, type Input, type Pattern, type TextMatch } from './text.js';

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
  /** 1 for the wording itself; down to 0.6 for a tolerant match. */
  readonly score: number;
}

const noEntries: readonly Entry[] = /* @__PURE__ */ Object.freeze([]);
const noParams: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({});
const unknown: Resolution = /* @__PURE__ */ Object.freeze({ status: 'unknown' });
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

interface Hints {
  category?: unknown;
  api?: unknown;
  operation?: unknown;
  code?: unknown;
  message?: string | undefined;
}

// Hints come from callers and payloads: a throwing getter or proxy means no hints, not a crash.
function readHints(hints: unknown): Hints {
  if (typeof hints !== 'object' || hints === null) return {};
  try {
    const { category, api, operation, code, message } = hints as Record<string, unknown>;
    return { category, api, operation, code, message: typeof message === 'string' ? message : undefined };
  } catch {
    return {};
  }
}

const filterFields = ['category', 'api', 'operation'] as const;

function allows(entry: Entry, field: (typeof filterFields)[number], value: unknown): boolean {
  return field === 'operation' ? (entry.operations?.includes(value as Operation) ?? false) : entry[field] === value;
}

/** Keeps what each hint allows, skipping a hint that would leave nothing. */
function narrow(found: readonly Entry[], hints: Hints): readonly Entry[] {
  let candidates = found;
  for (const field of filterFields) {
    const value = hints[field];
    if (value === undefined) continue;
    const narrowed = candidates.filter((entry) => allows(entry, field, value));
    if (narrowed.length) candidates = narrowed;
  }
  return candidates;
}

interface CodeIndex {
  readonly entries: ReadonlyMap<number, readonly Entry[]>;
  /** `resolve(code)` without hints, one frozen answer per code. */
  readonly plain: Map<number, Resolution>;
}

let codeIndex: CodeIndex | undefined;

function byCode(): CodeIndex {
  if (!codeIndex) {
    const lists = new Map<number, Entry[]>();
    for (const entry of catalog) {
      const list = lists.get(entry.code);
      if (list) list.push(entry);
      else lists.set(entry.code, [entry]);
    }
    for (const list of lists.values()) Object.freeze(list);
    codeIndex = { entries: lists, plain: new Map() };
  }
  return codeIndex;
}

interface TextIndex {
  readonly weigh: (stem: string) => number;
  readonly patterns: ReadonlyMap<Entry, readonly Pattern[]>;
  readonly byStem: ReadonlyMap<string, ReadonlySet<Entry>>;
  /** Entries whose wording, free of placeholders, is exactly this text. */
  readonly byWording: ReadonlyMap<string, readonly Entry[]>;
  readonly exactResults: Map<Entry, TextResult>;
}

let textIndex: TextIndex | undefined;

function byText(): TextIndex {
  if (textIndex) return textIndex;
  const patterns = new Map<Entry, Pattern[]>();
  const byStem = new Map<string, Set<Entry>>();
  const byWording = new Map<string, Entry[]>();
  const documents = new Map<string, number>();
  let count = 0;
  for (const entry of catalog) {
    const wordings = entry.aliases ? [entry.message, ...entry.aliases] : [entry.message];
    const list = wordings.map(toPattern);
    patterns.set(entry, list);
    for (const pattern of list) {
      count += 1;
      for (const s of pattern.counts.keys()) {
        documents.set(s, (documents.get(s) ?? 0) + 1);
        byStem.set(s, (byStem.get(s) ?? new Set()).add(entry));
      }
    }
    if (!entry.params.length) for (const wording of wordings) byWording.set(wording, [...(byWording.get(wording) ?? []), entry]);
  }
  // Rare words tell entries apart; a word the catalog never uses counts as the rarest.
  const weights = new Map<string, number>();
  for (const [s, seen] of documents) weights.set(s, Math.log(1 + count / seen));
  const unseen = Math.log(1 + 2 * count);
  textIndex = { weigh: (s) => weights.get(s) ?? unseen, patterns, byStem, byWording, exactResults: new Map() };
  return textIndex;
}

const rankOf: Record<TextMatch, number> = { exact: 3, close: 2, different: 1, none: 0 };

interface Scored extends Comparison {
  readonly entry: Entry;
}

/** The best of an entry's wordings against a message. */
function score(entry: Entry, input: Input, index: TextIndex): Scored {
  let best: Comparison | undefined;
  for (const pattern of index.patterns.get(entry)!) {
    const result = compare(input, pattern, index.weigh);
    if (!best || rankOf[result.text] > rankOf[best.text] || (result.text === best.text && result.score > best.score)) {
      best = result;
    }
  }
  return { entry, ...best! };
}

/** Best first: closer wording, then the server's text before a paraphrase, then table order. */
function byRank(a: Scored, b: Scored): number {
  return rankOf[b.text] - rankOf[a.text] || b.score - a.score || Number(a.entry.paraphrase ?? 0) - Number(b.entry.paraphrase ?? 0);
}

// Below this lead, two tolerant matches are a tie: a word's weight should not pick for the caller.
const decisiveLead = 0.02;

function separates(best: Scored, next: Scored | undefined): boolean {
  return !next || rankOf[best.text] > rankOf[next.text] || best.score - next.score >= decisiveLead;
}

/**
 * Every entry of a code, in table order; `[]` when the code is unknown or malformed. A
 * filter applies strictly: one that matches nothing gives `[]`.
 * @example
 * find(8011).map((entry) => entry.key); // ['LOOKUP_INVALID_SOURCE_ACCOUNT', 'LOOKUP_INVALID_SOURCE']
 * find('400', { category: 'warning' })[0]?.key; // 'ADMIN_AUTH_NOT_SUPPORTED'
 */
export function find(code: unknown, filter?: Filter): readonly Entry[] {
  const parsed = parseCode(code);
  const found = parsed === undefined ? undefined : byCode().entries.get(parsed);
  if (!found) return noEntries;
  if (filter === undefined) return found;
  const hints = readHints(filter);
  const kept = found.filter((entry) =>
    filterFields.every((field) => hints[field] === undefined || allows(entry, field, hints[field])),
  );
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
  const found = find(code);
  if (!found.length) return unknown;
  if (hints === undefined) return plainResolution(found);
  const read = readHints(hints);
  const candidates = narrow(found, read);
  if (read.message === undefined) return plainResolution(candidates);

  const index = byText();
  const input = toInput(read.message, index.weigh);
  const ranked = candidates.map((entry) => score(entry, input, index)).sort(byRank);
  const best = ranked[0]!;
  if (best.text !== 'different' && separates(best, ranked[1])) {
    return Object.freeze({ status: 'resolved', entry: best.entry, params: Object.freeze(best.params), text: best.text });
  }
  if (ranked.length === 1) return Object.freeze({ status: 'resolved', entry: best.entry, params: noParams, text: best.text });
  const ordered = Object.freeze(ranked.map((scored) => scored.entry));
  return Object.freeze({ status: 'ambiguous', entry: best.entry, candidates: ordered, text: best.text });
}

function plainResolution(candidates: readonly Entry[]): Resolution {
  const { plain } = byCode();
  const first = candidates[0]!;
  const shared = candidates === byCode().entries.get(first.code);
  const cached = shared ? plain.get(first.code) : undefined;
  if (cached) return cached;
  const ordered = [...candidates].sort((a, b) => Number(a.paraphrase ?? 0) - Number(b.paraphrase ?? 0));
  const resolution: Resolution =
    ordered.length === 1
      ? Object.freeze({ status: 'resolved', entry: first, params: noParams, text: 'none' })
      : Object.freeze({ status: 'ambiguous', entry: ordered[0]!, candidates: Object.freeze(ordered), text: 'none' });
  if (shared) plain.set(first.code, resolution);
  return resolution;
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
  if (typeof message !== 'string') return undefined;
  const index = byText();
  const read = readHints(hints);
  const worded = index.byWording.get(message);
  if (worded) {
    const kept = hints === undefined ? worded : narrowMatches(worded, read);
    if (kept.length === 1) return exactResult(kept[0]!, index);
    if (kept.length > 1) return undefined;
  }

  const input = toInput(message, index.weigh);
  const related = new Set<Entry>();
  for (const s of input.counts.keys()) for (const entry of index.byStem.get(s) ?? []) related.add(entry);
  const alike = catalog
    .filter((entry) => related.has(entry))
    .map((entry) => score(entry, input, index))
    .filter((scored) => scored.text !== 'different');
  const kept = new Set(narrowMatches(alike.map((scored) => scored.entry), read));
  const ranked = alike.filter((scored) => kept.has(scored.entry)).sort(byRank);
  const best = ranked[0];
  if (!best || !separates(best, ranked[1])) return undefined;
  return { entry: best.entry, params: Object.freeze(best.params), score: best.score };
}

/** Among entries whose text fits, keeps what the hints allow, skipping a hint that would leave none. */
function narrowMatches(found: readonly Entry[], hints: Hints): readonly Entry[] {
  const code = hints.code === undefined ? undefined : parseCode(hints.code);
  const withCode = code === undefined ? found : found.filter((entry) => entry.code === code);
  return narrow(withCode.length ? withCode : found, { category: hints.category, api: hints.api });
}

function exactResult(entry: Entry, index: TextIndex): TextResult {
  let result = index.exactResults.get(entry);
  if (!result) index.exactResults.set(entry, (result = Object.freeze({ entry, params: noParams, score: 1 })));
  return result;
}

/**
 * Whether a value is a code of the catalog (a number; use `parseCode` for text).
 * @example
 * isCode(8011); // true
 * isCode(200); // false
 */
export function isCode(value: unknown): value is Code {
  return typeof value === 'number' && byCode().entries.has(value);
}

function hasCategory(value: unknown, category: Category): boolean {
  return typeof value === 'number' && (byCode().entries.get(value)?.some((entry) => entry.category === category) ?? false);
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
