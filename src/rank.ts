import type { EntryShape } from './codes/index.js';
import type { Lookup, TextResult } from './lookup.js';
import { closeEnough, compare, missingWords, respeller, toInput, toPattern, type Comparison, type Input, type Pattern, type Respell, type Weigh } from './text.js';

/**
 * The text side of the lookups: the index of a catalog's wordings, built on first use, and the
 * ranking of candidates by how their wordings fit a server's message (`resolve` with a message
 * and `match` rank with it); the CLI's search reads typed words on the same index (src/search.ts).
 */

type Entry = EntryShape;

/** Longer messages are compared with no wording: a server's message is a sentence, not a file. */
export const maxMessageLength = 4096;

/** The params of a wording without placeholders, shared. */
export const noParams: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({});

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

/** A stem's weight: how rare the wordings that have it are among all of them (search weighs with it too). */
export const rarity = (wordings: number, having: number): number => Math.log(1 + wordings / having);

/** A lookup's text index, built on its first use. */
export function byText(lookup: Lookup<Entry>): TextIndex {
  return (lookup.text ??= textIndexOf(lookup.catalog.list()));
}

/**
 * The text index of some entries: their wordings' stems, each stem's weight (rare words tell
 * entries apart), and which wordings hold each stem. `match`, `resolve` and the CLI's search
 * all rank on it.
 */
export function textIndexOf(entries: readonly Entry[]): TextIndex {
  const patterns = new Map<Entry, Pattern[]>();
  const byWording = new Map<string, TextResult | null>();
  const documents = new Map<string, number>();
  const listed: { entry: Entry; pattern: Pattern }[] = [];
  const texts: string[] = [];
  for (const entry of entries) {
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
  for (const [s, seen] of documents) weights.set(s, rarity(listed.length, seen));
  const unseen = rarity(listed.length, 0.5);
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
  return { weigh, respell, patterns, wordings, postings, byWording, overlap: new Float64Array(wordings.length) };
}

export const rankOf: Record<Comparison['text'], number> = { exact: 3, close: 2, different: 1 };

export interface Scored extends Comparison {
  readonly entry: Entry;
  /** The stems of the wording that compared best. */
  readonly stems: ReadonlyMap<string, number>;
}

/** The best of an entry's wordings against a message. */
export function score(entry: Entry, input: Input, index: TextIndex): Scored {
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
export const tieBreak = (resource: unknown) => (a: Entry, b: Entry) => (typeof resource === 'string' ? Number(a.resource === 'api') - Number(b.resource === 'api') : 0);

/** Best first: closer wording, then the tie-break. */
export const byRank = (resource: unknown) => {
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
 * does not win over a weaker one on missing words alone, nor where the one word it leaves out
 * tells more than the message says (`leftOutWeighsMore`).
 */
export function separates(ranked: readonly Scored[], input: Input, weigh: Weigh): boolean {
  const [best, next] = ranked as [Scored, Scored | undefined];
  if (!next || (best.text === 'exact' && next.text !== 'exact')) return true;
  const lacks = missingWords(input, best.stems);
  if (lacks === 1 && leftOutWeighsMore(best, next, input, weigh)) return false;
  // Every word of the message is the best's, and no other fitting wording has them all:
  // "Customer note updated successfully" is "Customer notes added/updated successfully.", not
  // "Customer updated successfully.".
  if (lacks <= 1 && says(best, input) && !ranked.some((other) => other !== best && other.text !== 'different' && says(other, input))) return true;
  if (best.score - next.score < decisiveLead) return false;
  if (lacks <= 1 && lacks < missingWords(input, next.stems)) return true;
  for (const s of input.counts.keys()) if (best.stems.has(s) && !next.stems.has(s)) return true;
  return false;
}

/**
 * Whether the one word of the best wording that the message leaves out sets it apart from the
 * runner-up more than the message's own words do: "Customer successfully added" says "added"
 * of "Customer note added successfully" but not "note", the rarer word and the one that says
 * what was added. A message that leaves out what its best reading is about says something else.
 */
function leftOutWeighsMore(best: Scored, next: Scored, input: Input, weigh: Weigh): boolean {
  let said = 0;
  let leftOut = 0;
  for (const s of input.counts.keys()) if (best.stems.has(s) && !next.stems.has(s)) said += weigh(s);
  for (const s of best.stems.keys()) if (!input.counts.has(s) && !next.stems.has(s)) leftOut += weigh(s);
  return leftOut > said;
}

/** Whether a wording has every word of the message. */
function says(scored: Scored, input: Input): boolean {
  for (const s of input.counts.keys()) if (!scored.stems.has(s)) return false;
  return true;
}

/**
 * Servers append another status's text to a message: "Customer registration successful,
 * Provided Custom Field is invalid" is 1000's register wording, then 1017's. Where the whole
 * message fits no candidate, its first clauses (cut at a comma) may: they decide, provided the
 * rest is itself a wording of the catalog, so that no arbitrary tail is read away.
 */
export function firstClauses(candidates: readonly Entry[], text: string, index: TextIndex, resource: unknown): Scored | undefined {
  const cuts = [...text.matchAll(/,\s*/g)];
  for (const cut of cuts) {
    const head = toInput(text.slice(0, cut.index), index.weigh, index.respell);
    const rest = toInput(text.slice(cut.index + cut[0].length), index.weigh, index.respell);
    if (!head.tokens.length || !isWording(rest, index)) continue;
    const ranked = candidates.map((entry) => score(entry, head, index)).sort(byRank(resource));
    const best = ranked[0]!;
    if (best.text !== 'different' && separates(ranked, head, index.weigh)) return best;
  }
  return undefined;
}

/** Whether a text is (close to) some wording of the catalog. */
function isWording(input: Input, index: TextIndex): boolean {
  return input.tokens.length > 0 && alike(input, index).some((entry) => score(entry, input, index).text !== 'different');
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
export function alike(input: Input, index: TextIndex): Entry[] {
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
