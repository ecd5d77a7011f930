import { catalog, match, type Api, type Category, type Entry, type Resource } from 'capillary-codes';
import { belongsTo } from './narrow.js';
import { maxMessageLength, noParams, rarity, textIndexOf, type TextIndex } from './rank.js';
import { toInput, type Pattern, type Weigh } from './text.js';

/**
 * Ranked text search over the catalog, for people typing a few words ("invalid source")
 * rather than servers sending a whole message. `match` answers one best entry or nothing;
 * a search lists every entry that says what the words say. It ranks on lookup's text index
 * (src/rank.ts: the same stems, weights and wordings as `match`), and its top answer is
 * `match`'s wherever `match` has one, so the CLI and the library agree on the best reading.
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

/** A placeholder with the (searched) stems of the template words beside it (`undefined` at an end of the template or next to another placeholder). */
interface Slot {
  readonly name: string;
  readonly before: string | undefined;
  readonly after: string | undefined;
}

/** The stem a searched word is read as: its own, but "not" is "no" ("Customer not found" and "No customer found" say the same to someone searching). */
const searchedStem = (s: string): string => (s === 'not' ? 'no' : s);

/** A wording's stems as a search reads them (`searchedStem`): one "no" for its "no", another for its "not". */
const searchedStems = (pattern: Pattern): string[] => [...pattern.counts.keys()].map(searchedStem);

/**
 * The index's weights for searched stems: a search reads "no" and "not" as one word, so "no"
 * is as rare as the wordings that say "no" and those that say "not" together make it.
 */
function searchedWeigh(index: TextIndex): Weigh {
  const saying = (s: string) => (index.postings.get(s)?.length ?? 0) / 2;
  const either = saying('no') + saying('not');
  const no = either ? rarity(index.wordings.length, either) : index.weigh('no');
  return (s) => (s === 'no' ? no : index.weigh(s));
}

/** Whether a searched word finds a wording's word (both `searchedStem`s): the same stem, or one it begins (a word being typed). */
function findsWord(queryStem: string, wordStem: string): boolean {
  return queryStem === wordStem || (queryStem.length >= 3 && wordStem.startsWith(queryStem));
}

/**
 * How well a wording says a few searched words, from 0 to 1: the weight of the words it has
 * (`findsWord`) over the weight of all of them, then, for three tenths, how little else it
 * says. Words read as a placeholder's value (`valued`) say nothing of the entry, only that
 * something stands at its placeholder: they count up to what the wording's own words cover,
 * so that a value cannot carry a reading. `query` holds each searched stem once, `wording` is
 * `searchedStems`', `weigh` is `searchedWeigh`'s.
 */
function coverage(query: readonly string[], wording: readonly string[], weigh: Weigh, valued?: ReadonlySet<string>): number {
  let queryWeight = 0;
  let literal = 0;
  let values = 0;
  const used = new Set<string>();
  for (const q of query) {
    queryWeight += weigh(q);
    const found = wording.find((w) => findsWord(q, w));
    if (found !== undefined) {
      literal += weigh(q);
      used.add(found);
    } else if (valued?.has(q)) {
      values += weigh(q);
    }
  }
  if (!queryWeight || !literal) return 0;
  let wordingWeight = 0;
  let usedWeight = 0;
  for (const w of wording) {
    wordingWeight += weigh(w);
    if (used.has(w)) usedWeight += weigh(w);
  }
  const covered = (literal + Math.min(values, literal)) / queryWeight;
  const precision = wordingWeight ? usedWeight / wordingWeight : 0;
  return covered * (0.7 + 0.3 * precision);
}

/** The placeholders of a wording, each with the template words beside it. */
function slotsOf(pattern: Pattern): Slot[] {
  const { slots, stems } = pattern;
  return slots.map(({ name, before }, i) => ({
    name,
    before: before > (i > 0 ? slots[i - 1]!.before : 0) ? searchedStem(stems[before - 1]!) : undefined,
    after: before < (i + 1 < slots.length ? slots[i + 1]!.before : stems.length) ? searchedStem(stems[before]!) : undefined,
  }));
}

/** A wording as a search reads it: its text, its searched stems, its placeholders. */
interface Wording {
  readonly text: string;
  readonly stems: readonly string[];
  readonly slots: readonly Slot[];
}

/** The text index read for searching: searched weights, and each entry's wordings. */
interface Searchable {
  readonly weigh: Weigh;
  readonly documents: readonly { readonly entry: Entry; readonly wordings: readonly Wording[] }[];
}

function searchableOf(index: TextIndex): Searchable {
  const documents = catalog.map((entry) => {
    const patterns = index.patterns.get(entry)!;
    const texts = [entry.message, ...(entry.aliases ?? [])];
    return { entry, wordings: patterns.map((pattern, i) => ({ text: texts[i]!, stems: searchedStems(pattern), slots: slotsOf(pattern) })) };
  });
  return { weigh: searchedWeigh(index), documents };
}

let searchable: Searchable | undefined;

/** A query's text and its words, each with its searched stem. */
interface Searched {
  readonly text: string;
  readonly words: readonly { readonly stem: string; readonly start: number; readonly end: number }[];
}

/**
 * The query's words that stand where a placeholder of the wording stands, as that
 * placeholder's value: a run of words the wording lacks, right after the template word
 * before the placeholder or right before the one after it ("Card is BLOCKED" against
 * "Card is {0}, not allowed ..."). A run beside no such word is a difference, not a value;
 * and a query word places one value at most, so "is" does not make both words of "Card is
 * BLOCKED" the values of "{0} is ... {1}".
 */
function readSlots(query: Searched, wording: Wording): { params: Record<string, string>; stems: Set<string> } | undefined {
  if (!wording.slots.length) return undefined;
  const known = (s: string) => wording.stems.some((w) => findsWord(s, w));
  const { words } = query;
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
  searchable ??= searchableOf(textIndexOf(catalog));
  const { documents, weigh } = searchable;
  const input = toInput(query, weigh);
  const words = input.tokens.map((token) => ({ ...token, stem: searchedStem(token.stem) }));
  const queryStems = [...new Set(words.map((word) => word.stem))];
  if (!queryStems.length) return [];
  // A query this long is no filled wording (the core compares none longer): its words are not read as values.
  const read = query.length <= maxMessageLength ? { text: input.text, words } : undefined;
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
      const slots = read && readSlots(read, wording);
      const scored = coverage(queryStems, wording.stems, weigh, slots ? slots.stems : undefined);
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
