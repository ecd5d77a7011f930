import { catalog, match, type Api, type Category, type Entry, type Resource } from 'capillary-codes';
import { belongsTo } from './narrow.js';
import { splitTemplate } from './template.js';
import { toInput, toPattern } from './text.js';

/**
 * Ranked text search over the catalog, for people typing a few words ("invalid source")
 * rather than servers sending a whole message. `match` answers one best entry or nothing;
 * a search lists every entry that says what the words say. Its top answer is `match`'s
 * wherever `match` has one, so the CLI and the library agree on the best reading.
 */

/**
 * Narrows a search strictly: only entries of this resource (its own, the ones shared with it
 * and the request-level ones, as its view holds them), category or surface.
 * @example
 * search('invalid', { resource: 'transactions', category: 'warning', api: 'v2' });
 */
export interface SearchFilter {
  readonly resource?: Resource;
  readonly category?: Category;
  readonly api?: Api;
}

/**
 * One entry found by `search`.
 * @example
 * const [hit] = search('Card is BLOCKED');
 * hit?.entry.key; // 'CARD_ACTIONS_NOT_ALLOWED', hit.params: { 0: 'BLOCKED' }
 */
export interface SearchHit {
  readonly entry: Entry;
  /** From 0 to 1: how much of the query the entry covers, then how little else it says. */
  readonly score: number;
  /** Whether `match` picks this entry for the query: the reading the library would use. */
  readonly best: boolean;
  /**
   * Placeholder values read from the query: `match`'s for the best hit; for the others, the
   * words that stand where a placeholder of the wording stands ("Card is BLOCKED": `{ 0: 'BLOCKED' }`).
   */
  readonly params: Readonly<Record<string, string>>;
  /** The entry's wording that says the query best: its message, or one of its aliases. */
  readonly wording: string;
}

/** A placeholder with the stems of the template words beside it (`undefined` at an end of the template or next to another placeholder). */
interface Slot {
  readonly name: string;
  readonly before: string | undefined;
  readonly after: string | undefined;
}

interface Wording {
  readonly text: string;
  readonly stems: readonly string[];
  readonly slots: readonly Slot[];
}

interface Document {
  readonly entry: Entry;
  readonly wordings: readonly Wording[];
}

interface Index {
  readonly documents: readonly Document[];
  readonly weigh: (stem: string) => number;
}

interface Token {
  readonly stem: string;
  readonly start: number;
  readonly end: number;
}

// The core's stems, so a search and `match` read word forms alike. "Customer not found" and
// "No customer found" say the same to someone searching.
const searchStem = (s: string) => (s === 'not' ? 'no' : s);
const noWeight = () => 0;
const noParams: Readonly<Record<string, string>> = Object.freeze({});

function tokens(text: string): { readonly text: string; readonly tokens: readonly Token[] } {
  const input = toInput(text, noWeight);
  return { text: input.text, tokens: input.tokens.map((token) => ({ ...token, stem: searchStem(token.stem) })) };
}

function stems(text: string): string[] {
  return [...toPattern(text).counts.keys()].map(searchStem);
}

function wordingOf(template: string): Wording {
  const parts = splitTemplate(template);
  const literals = parts.map((part, i) => (i % 2 ? [] : tokens(part).tokens.map((token) => token.stem)));
  const slots: Slot[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    slots.push({ name: parts[i]!, before: literals[i - 1]!.at(-1), after: literals[i + 1]![0] });
  }
  return { text: template, stems: stems(template), slots };
}

let index: Index | undefined;

function build(): Index {
  const documents = catalog.map((entry) => ({
    entry,
    wordings: [entry.message, ...(entry.aliases ?? [])].map(wordingOf),
  }));
  const seen = new Map<string, number>();
  let count = 0;
  for (const document of documents) {
    for (const wording of document.wordings) {
      count += 1;
      for (const s of wording.stems) seen.set(s, (seen.get(s) ?? 0) + 1);
    }
  }
  // Rare words tell entries apart: "source" says more than "customer".
  const weigh = (s: string) => Math.log(1 + count / (seen.get(s) ?? 0.5));
  return { documents, weigh };
}

// A query word finds an entry word with the same stem, or one it begins (a word being typed).
function finds(queryStem: string, wordStem: string): boolean {
  return queryStem === wordStem || (queryStem.length >= 3 && wordStem.startsWith(queryStem));
}

/**
 * The query's words that stand where a placeholder of the wording stands, as that
 * placeholder's value: a run of words the wording lacks, right after the template word
 * before the placeholder or right before the one after it ("Card is BLOCKED" against
 * "Card is {0}, not allowed ..."). A run beside no such word is a difference, not a value;
 * and a query word places one value at most, so "is" does not make both words of "Card is
 * BLOCKED" the values of "{0} is ... {1}".
 */
function readSlots(query: ReturnType<typeof tokens>, wording: Wording): { params: Record<string, string>; stems: Set<string> } | undefined {
  if (!wording.slots.length) return undefined;
  const known = (s: string) => wording.stems.some((w) => finds(s, w));
  const { tokens: words } = query;
  const params: Record<string, string> = {};
  const absorbed = new Set<string>();
  const anchors = new Set<number>();
  let from = 0;
  for (const slot of wording.slots) {
    for (let i = from; i < words.length; i++) {
      if (known(words[i]!.stem)) continue;
      let j = i;
      while (j + 1 < words.length && !known(words[j + 1]!.stem)) j++;
      const anchor =
        i > 0 && !anchors.has(i - 1) && words[i - 1]!.stem === slot.before ? i - 1 : j + 1 < words.length && !anchors.has(j + 1) && words[j + 1]!.stem === slot.after ? j + 1 : -1;
      if (anchor >= 0) {
        anchors.add(anchor);
        if (!Object.hasOwn(params, slot.name)) params[slot.name] = query.text.slice(words[i]!.start, words[j]!.end);
        for (let k = i; k <= j; k++) absorbed.add(words[k]!.stem);
        from = j + 1;
        break;
      }
      i = j;
    }
  }
  return absorbed.size ? { params, stems: absorbed } : undefined;
}

function scoreWording(query: readonly string[], wording: Wording, weigh: (s: string) => number, absorbed?: ReadonlySet<string>): number {
  let queryWeight = 0;
  let covered = 0;
  let literal = 0;
  let valued = 0;
  const used = new Set<string>();
  for (const q of query) {
    queryWeight += weigh(q);
    const found = wording.stems.find((w) => finds(q, w));
    if (found !== undefined) {
      covered += weigh(q);
      literal += weigh(q);
      used.add(found);
    } else if (absorbed?.has(q)) {
      valued += weigh(q);
    }
  }
  if (!queryWeight || !literal) return 0;
  // A value's words say nothing of the entry, only that something stands at its placeholder:
  // they count up to what the template's own words cover, so a value cannot carry a reading.
  covered += Math.min(valued, literal);
  let wordingWeight = 0;
  let usedWeight = 0;
  for (const w of wording.stems) {
    wordingWeight += weigh(w);
    if (used.has(w)) usedWeight += weigh(w);
  }
  const coverage = covered / queryWeight;
  const precision = wordingWeight ? usedWeight / wordingWeight : 0;
  return coverage * (0.7 + 0.3 * precision);
}

/** The longest query whose words are read as placeholder values: the core's bound on a message. */
const maxSlotQuery = 4096;

/** Below this an entry shares too little of the query to be worth listing. */
const minimumScore = 0.55;

/**
 * Entries whose wording says what the query says, best first. Case, punctuation, word order
 * and word forms do not matter; a word being typed matches the words it begins; words where
 * a placeholder stands are its value ("Card is BLOCKED" finds "Card is {0}, ..."). The entry
 * `match` would pick comes first; `[]` when nothing resembles the query. The filter is strict.
 * @example
 * search('invalid source')[0]; // { entry: entries.INVALID_SOURCE, best: true, ... }: match()'s pick, then 14 more
 * search('Card is BLOCKED')[0]; // { entry: entries.CARD_ACTIONS_NOT_ALLOWED, params: { 0: 'BLOCKED' }, best: false, ... }
 */
export function search(query: string, filter: SearchFilter = {}): SearchHit[] {
  index ??= build();
  const { documents, weigh } = index;
  const queryStems = [...new Set(stems(query))];
  if (!queryStems.length) return [];
  // A query this long is no filled wording (the core compares none longer): its words are not read as values.
  const read = query.length <= maxSlotQuery ? tokens(query) : { text: '', tokens: [] };
  const allowed = (entry: Entry) =>
    (filter.resource === undefined || belongsTo(entry, filter.resource)) &&
    (filter.category === undefined || entry.category === filter.category) &&
    (filter.api === undefined || entry.api === filter.api);

  const picked = match(query, filter);
  const pick = picked && allowed(picked.entry) ? picked : undefined;
  const hits: SearchHit[] = [];
  for (const { entry, wordings } of documents) {
    if (!allowed(entry)) continue;
    let score = 0;
    let params = noParams;
    let said = entry.message;
    for (const wording of wordings) {
      const slots = readSlots(read, wording);
      const scored = scoreWording(queryStems, wording, weigh, slots?.stems);
      if (scored > score) [score, params, said] = [scored, slots ? Object.freeze(slots.params) : noParams, wording.text];
    }
    const best = entry === pick?.entry;
    if (score >= minimumScore || best) {
      hits.push({ entry, score: Math.round(score * 1000) / 1000, best, params: best ? pick!.params : params, wording: said });
    }
  }
  // Stable: equal scores keep table order.
  return hits.sort((a, b) => Number(b.best) - Number(a.best) || b.score - a.score);
}

