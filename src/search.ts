import { catalog, match, type Api, type Category, type Entry } from 'capillary-codes';
import { toPattern } from './text.js';

/**
 * Ranked text search over the catalog, for people typing a few words ("invalid source")
 * rather than servers sending a whole message. `match` answers one best entry or nothing;
 * a search lists every entry that says what the words say. Its top answer is `match`'s
 * wherever `match` has one, so the CLI and the library agree on the best reading.
 */

/**
 * Narrows a search strictly: only entries of this category or surface.
 * @example
 * search('invalid', { category: 'warning', api: 'v2' });
 */
export interface SearchFilter {
  readonly category?: Category;
  readonly api?: Api;
}

/**
 * One entry found by `search`.
 * @example
 * const [hit] = search('Merging with userId 42');
 * hit?.entry.key; // 'SAME_CUSTOMER_MERGING', hit.best: true, hit.params: { 0: '42' }
 */
export interface SearchHit {
  readonly entry: Entry;
  /** From 0 to 1: how much of the query the entry covers, then how little else it says. */
  readonly score: number;
  /** Whether `match` picks this entry for the query: the reading the library would use. */
  readonly best: boolean;
  /** Placeholder values `match` read from the query, for the best hit. */
  readonly params: Readonly<Record<string, string>>;
}

interface Document {
  readonly entry: Entry;
  readonly wordings: readonly (readonly string[])[];
}

interface Index {
  readonly documents: readonly Document[];
  readonly weigh: (stem: string) => number;
}

// The core's stems, so a search and `match` read word forms alike. "Customer not found" and
// "No customer found" say the same to someone searching.
function stems(text: string): string[] {
  return [...toPattern(text).counts.keys()].map((s) => (s === 'not' ? 'no' : s));
}

let index: Index | undefined;

function build(): Index {
  const documents = catalog.map((entry) => ({
    entry,
    wordings: [entry.message, ...(entry.aliases ?? [])].map(stems),
  }));
  const seen = new Map<string, number>();
  let count = 0;
  for (const document of documents) {
    for (const wording of document.wordings) {
      count += 1;
      for (const s of wording) seen.set(s, (seen.get(s) ?? 0) + 1);
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

function scoreWording(query: readonly string[], wording: readonly string[], weigh: (s: string) => number): number {
  let queryWeight = 0;
  let covered = 0;
  const used = new Set<string>();
  for (const q of query) {
    queryWeight += weigh(q);
    const found = wording.find((w) => finds(q, w));
    if (found !== undefined) {
      covered += weigh(q);
      used.add(found);
    }
  }
  if (!queryWeight || !covered) return 0;
  let wordingWeight = 0;
  let usedWeight = 0;
  for (const w of wording) {
    wordingWeight += weigh(w);
    if (used.has(w)) usedWeight += weigh(w);
  }
  const coverage = covered / queryWeight;
  const precision = wordingWeight ? usedWeight / wordingWeight : 0;
  return coverage * (0.7 + 0.3 * precision);
}

/** Below this an entry shares too little of the query to be worth listing. */
const minimumScore = 0.55;

/**
 * Entries whose wording says what the query says, best first. Case, punctuation, word order
 * and word forms do not matter; a word being typed matches the words it begins. The entry
 * `match` would pick comes first; `[]` when nothing resembles the query.
 * @example
 * search('invalid source').map((hit) => hit.entry.code); // [8003, 8012, 8011, 8127, 8011, ...]
 * search('retrieved', { category: 'success' }).length; // 7
 */
export function search(query: string, filter: SearchFilter = {}): SearchHit[] {
  index ??= build();
  const { documents, weigh } = index;
  const queryStems = [...new Set(stems(query))];
  if (!queryStems.length) return [];
  const allowed = (entry: Entry) =>
    (filter.category === undefined || entry.category === filter.category) && (filter.api === undefined || entry.api === filter.api);

  const picked = match(query, filter);
  const pick = picked && allowed(picked.entry) ? picked : undefined;
  const hits: SearchHit[] = [];
  documents.forEach(({ entry, wordings }) => {
    if (!allowed(entry)) return;
    const score = Math.max(...wordings.map((wording) => scoreWording(queryStems, wording, weigh)));
    const best = entry === pick?.entry;
    if (score >= minimumScore || best) {
      hits.push({ entry, score: Math.round(score * 1000) / 1000, best, params: best ? pick!.params : noParams });
    }
  });
  // Stable: equal scores keep table order.
  return hits.sort((a, b) => Number(b.best) - Number(a.best) || b.score - a.score);
}

const noParams: Readonly<Record<string, string>> = Object.freeze({});
