import { splitTemplate } from './template.js';

/**
 * Tolerant comparison of a message as a server sent it with a catalog template. Servers
 * and people reword: case, word order, spacing, punctuation, word forms ("registration" for
 * "registered"), a dropped word, a one-letter slip ("Custmer"), a placeholder left unfilled
 * or filled with several words. Words are compared as stems, weighted by how rare they are in
 * the catalog, so "add" against "update" weighs more than "customer" against "customer".
 * Values are not reworded: a number, an identifier or a quoted name of the wording must stand
 * in the message as it is, or the message says something else.
 * Every step is linear in the text (the alignment that places params multiplies it by the
 * template's word count, which the catalog bounds): no backtracking, whatever the input.
 */

/** How a message compared with an entry's wording. */
export type TextMatch = 'exact' | 'close' | 'different' | 'none';

/** A score from 0 to 1 at or above which two texts count as the same wording. */
export const closeEnough = 0.8;

interface Token {
  readonly stem: string;
  readonly start: number;
  readonly end: number;
}

/** A message ready to compare: read once, compared with many templates. */
export interface Input {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly counts: ReadonlyMap<string, number>;
  readonly weight: number;
  /** Every word as written, lower case, with its count: what a wording's values are checked against. */
  readonly words: ReadonlyMap<string, number>;
}

/** A template ready to compare. */
export interface Pattern {
  readonly parts: readonly string[];
  readonly counts: ReadonlyMap<string, number>;
  /** The template's words in order, placeholders left out. */
  readonly stems: readonly string[];
  /** Each placeholder with the number of words before it. */
  readonly slots: readonly { readonly name: string; readonly before: number }[];
  /** The concrete values of the literal text, lower case, with their counts: a message must say each as it is. */
  readonly values: ReadonlyMap<string, number>;
}

export interface Comparison {
  readonly text: Exclude<TextMatch, 'none'>;
  readonly score: number;
  readonly params: Readonly<Record<string, string>>;
}

export type Weigh = (stem: string) => number;

/** The stem a word of a message is read as: its own, or a catalog word's it misspells. */
export type Respell = (word: string, stem: string) => string;

// A `{name}` the server left unfilled is skipped; the bound keeps a run of `{` linear.
const wordPattern = /\{[^{}]{0,64}\}|[\p{L}\p{N}]+/gu;
const suffixes = ['ations', 'ation', 'ings', 'ing', 'ied', 'ies', 'ed', 'es', 'ly', 's', 'e'];

/** A word's stem: lower case, one common suffix off, at most six letters. */
function stem(word: string): string {
  let lower = word.toLowerCase();
  if (lower.charCodeAt(0) <= 57) return lower;
  for (const suffix of suffixes) {
    // "pass" and "passed" meet at "pass": a double s is not a plural.
    if (suffix === 's' && lower.endsWith('ss')) break;
    if (lower.length - suffix.length >= 3 && lower.endsWith(suffix)) {
      // "note", "notes" and "noted" are no "not": a negation read into a noun turns what a
      // message says around ("Customer successfully added" read as a note added).
      if (lower.slice(0, -suffix.length) === 'not') return 'note';
      lower = lower.slice(0, -suffix.length);
      break;
    }
  }
  return lower.slice(0, 6);
}

function tokenize(text: string, respell?: Respell): Token[] {
  const tokens: Token[] = [];
  for (const found of text.matchAll(wordPattern)) {
    const word = found[0];
    if (word.charCodeAt(0) !== 123) {
      const own = stem(word);
      tokens.push({ stem: respell ? respell(word, own) : own, start: found.index, end: found.index + word.length });
    }
  }
  return tokens;
}

/** A word and each spelling of it with one letter left out. */
function deletions(word: string): string[] {
  const variants = [word];
  for (let i = 0; i < word.length; i++) variants.push(word.slice(0, i) + word.slice(i + 1));
  return variants;
}

/** Slips are read in words this long or longer: in a shorter one, one letter makes another word. */
const slipLength = 5;

/**
 * Reads a word the catalog does not use as the catalog word it misspells by one letter (one
 * left out, added, changed, or two swapped), where exactly one catalog word is that close.
 * Two words are one slip apart when leaving out at most one letter of each makes them equal
 * (the symmetric-delete scheme): the catalog's words and their deletions are indexed once,
 * a message's word looks up its own deletions. A word the catalog knows is never respelled.
 */
export function respeller(wordings: readonly string[], known: (stem: string) => boolean): Respell {
  let near: Map<string, string | null> | undefined;
  return (word, own) => {
    if (word.length < slipLength || known(own) || word.charCodeAt(0) <= 57) return own;
    if (!near) {
      near = new Map();
      for (const wording of wordings) {
        for (const [catalogWord] of splitTemplate(wording).filter((_, i) => i % 2 === 0).join(' ').matchAll(wordPattern)) {
          if (catalogWord.length < slipLength - 1 || catalogWord.charCodeAt(0) <= 57) continue;
          const lower = catalogWord.toLowerCase();
          const target = stem(lower);
          for (const variant of deletions(lower)) near.set(variant, near.has(variant) && near.get(variant) !== target ? null : target);
        }
      }
    }
    let found: string | undefined;
    for (const variant of deletions(word.toLowerCase())) {
      const target = near.get(variant);
      if (target === null || (target !== undefined && found !== undefined && target !== found)) return own;
      found ??= target;
    }
    return found ?? own;
  };
}

/** Each string with the number of times it occurs. */
function countStems(stems: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

// A quoted stretch: quotes with no letter or digit outside them, so that "customer's" is none.
const quoted = /(?<![\p{L}\p{N}])['"`\u2018\u201c]([^'"`\u2019\u201d]{1,64})['"`\u2019\u201d](?![\p{L}\p{N}])/gu;
const upperCase = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/**
 * The words of a wording's literal text that name a concrete value rather than say something:
 * numbers ("limit is 15"), upper-case identifiers ("DAYS", "CUSTOMER") where the wording is not
 * shouted in capitals throughout, camelCase names ("pointsToBeTransferred"), and what is quoted
 * ("'yyyy-MM-dd'"). Another value in their place is another statement, however alike the rest.
 */
function valuesOf(literals: readonly string[]): Map<string, number> {
  const text = literals.join(' ');
  const shouted = !/\p{Ll}/u.test(text);
  const values = new Set<string>();
  const inQuotes = new Set<number>();
  for (const found of text.matchAll(quoted)) for (const word of found[1]!.matchAll(wordPattern)) inQuotes.add(found.index + 1 + word.index);
  const words = [...text.matchAll(wordPattern)];
  for (const found of words) {
    const word = found[0];
    if (inQuotes.has(found.index) || /\p{N}/u.test(word) || (!shouted && upperCase.test(word)) || /\p{Ll}\p{Lu}/u.test(word)) values.add(word.toLowerCase());
  }
  // Counted with every use of the word, in any case: in "is not mapped to NOT_ISSUED" the
  // message must say "not" twice, so that the ordinary "not" does not stand for the value.
  return countStems(words.map(([word]) => word.toLowerCase()).filter((word) => values.has(word)));
}

export function toPattern(template: string): Pattern {
  const parts = splitTemplate(template);
  const stems: string[] = [];
  const slots: { name: string; before: number }[] = [];
  parts.forEach((part, i) => {
    if (i % 2) slots.push({ name: part, before: stems.length });
    else for (const token of tokenize(part)) stems.push(token.stem);
  });
  return { parts, counts: countStems(stems), stems, slots, values: valuesOf(parts.filter((_, i) => i % 2 === 0)) };
}

export function toInput(message: string, weigh: Weigh, respell?: Respell): Input {
  const text = message.trim();
  const tokens = tokenize(text, respell);
  const counts = countStems(tokens.map((token) => token.stem));
  let weight = 0;
  for (const [s, count] of counts) weight += count * weigh(s);
  const words = countStems(tokens.map((token) => text.slice(token.start, token.end).toLowerCase()));
  return { text, tokens, counts, weight, words };
}

/**
 * The params of a template whose literal text stands in `text` unchanged. Each value is
 * the shortest non-empty stretch before the next literal; a value that is the placeholder
 * itself (`{0}` left unfilled) is no value.
 */
function exactParams(text: string, parts: readonly string[]): Record<string, string> | undefined {
  const head = parts[0]!;
  if (parts.length === 1) return text === head ? {} : undefined;
  if (!text.startsWith(head) || !text.endsWith(parts[parts.length - 1]!)) return undefined;
  const params: Record<string, string> = {};
  let cursor = head.length;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const literal = parts[i + 1]!;
    const end = i + 2 < parts.length ? text.indexOf(literal, cursor + 1) : text.length - literal.length;
    if (end <= cursor) return undefined;
    const value = text.slice(cursor, end);
    if (value !== `{${name}}` && !Object.hasOwn(params, name)) params[name] = value;
    cursor = end + literal.length;
  }
  return params;
}

interface Run {
  first: number;
  last: number;
  weight: number;
  before: number;
}

// Reused between calls: an alignment's table is the message's words times the template's.
let table = new Uint16Array(0);

/** `align`'s mark for an input word that matches a template word out of order. */
const unordered = -2;

/**
 * Which of the input's words stand for the template's words: the longest common subsequence
 * of the two word sequences (so that in "start date cannot be a past date" the template's
 * "date" is the last one, not the first), then, for the template's words still unmatched,
 * the first unmatched input word with that stem (word order is free). `aligned[i]` is the
 * position in the template of input word `i`, `unordered` for a word matched out of order,
 * or -1 for a word the template lacks.
 */
function align(input: Input, pattern: Pattern): Int32Array {
  const a = input.tokens;
  const b = pattern.stems;
  const width = b.length + 1;
  if (table.length < (a.length + 1) * width) table = new Uint16Array((a.length + 1) * width * 2);
  // table[i * width + j]: the length of the longest common subsequence of a[i..] and b[j..].
  for (let i = a.length; i >= 0; i--) {
    for (let j = b.length; j >= 0; j--) {
      const at = i * width + j;
      table[at] = i === a.length || j === b.length ? 0 : a[i]!.stem === b[j] ? table[at + width + 1]! + 1 : Math.max(table[at + width]!, table[at + 1]!);
    }
  }
  const aligned = new Int32Array(a.length).fill(-1);
  const left = new Map<string, number>();
  const skip = (stem: string) => left.set(stem, (left.get(stem) ?? 0) + 1);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]!.stem === b[j]) aligned[i++] = j++;
    // On a tie, pass over the input's word: the template's stays to be matched.
    else if (table[i * width + j + 1]! > table[(i + 1) * width + j]!) skip(b[j++]!);
    else i++;
  }
  while (j < b.length) skip(b[j++]!);
  for (let k = 0; k < a.length; k++) {
    const count = aligned[k] === -1 ? left.get(a[k]!.stem) : undefined;
    if (count) {
      left.set(a[k]!.stem, count - 1);
      aligned[k] = unordered;
    }
  }
  return aligned;
}

/** Stretches of the input's words that the template does not have, each with the number of template words before it. */
function unmatchedRuns(input: Input, pattern: Pattern, weigh: Weigh): Run[] {
  const aligned = align(input, pattern);
  const runs: Run[] = [];
  let before = 0;
  let run: Run | undefined;
  input.tokens.forEach((token, i) => {
    const at = aligned[i]!;
    if (at !== -1) {
      if (at >= 0) before = at + 1;
      run = undefined;
    } else {
      if (!run) runs.push((run = { first: i, last: i, weight: 0, before }));
      run.last = i;
      run.weight += weigh(token.stem);
    }
  });
  return runs;
}

/** A wording this long may lose one word and still say what it says. */
const droppable = 3;

/**
 * How closely `input` says what `pattern` says, from 0 to 1 (a weighted Dice coefficient
 * of their stems), with the placeholder values it carries. Words the template lacks that
 * stand where a placeholder stands (after as many of the template's words as it) are taken
 * as that placeholder's value, not as a difference; words elsewhere are a difference. One
 * word of a wording of three or more left out, with no other word said in its place, counts
 * half: "Customer updated" says what "Customer updated successfully." says.
 */
export function compare(input: Input, pattern: Pattern, weigh: Weigh): Comparison {
  const exact = exactParams(input.text, pattern.parts);
  if (exact) return { text: 'exact', score: 1, params: exact };

  let matched = 0;
  let expected = 0;
  let missing = 0;
  let missingWeight = 0;
  for (const [s, count] of pattern.counts) {
    const weight = weigh(s);
    const shared = Math.min(count, input.counts.get(s) ?? 0);
    expected += count * weight;
    matched += shared * weight;
    missing += count - shared;
    missingWeight += (count - shared) * weight;
  }
  let unmatched = input.weight - matched;
  const params: Record<string, string> = {};
  if (pattern.slots.length && matched > 0) {
    const runs = unmatchedRuns(input, pattern, weigh);
    let next = 0;
    for (const slot of pattern.slots) {
      while (next < runs.length && runs[next]!.before < slot.before) next++;
      const run = runs[next];
      if (!run || run.before !== slot.before) continue;
      if (!Object.hasOwn(params, slot.name)) {
        params[slot.name] = input.text.slice(input.tokens[run.first]!.start, input.tokens[run.last]!.end);
      }
      unmatched -= run.weight;
      next++;
    }
  }
  // A word left out, not one said instead ("Add failed" is no "Update failed" without "Update").
  if (missing === 1 && pattern.stems.length >= droppable && unmatched < 1e-9) expected -= missingWeight / 2;
  const total = expected + matched + unmatched;
  // Every word matched, in another order, scores 1; rounding in the sums must not push it past 1.
  const score = total > 0 ? Math.min(1, (2 * matched) / total) : 0;
  // Close says the same thing: a message that drops or changes a value of the wording ("limit
  // is 3" for "limit is 15") says something else, and reading it as the wording would show a
  // person the catalog's value instead of the server's.
  let sameValues = true;
  for (const [value, count] of pattern.values) if ((input.words.get(value) ?? 0) < count) sameValues = false;
  return { text: score >= closeEnough && sameValues ? 'close' : 'different', score, params };
}

/** How many of a wording's words a message lacks. */
export function missingWords(input: Input, counts: ReadonlyMap<string, number>): number {
  let missing = 0;
  for (const [s, count] of counts) missing += Math.max(0, count - (input.counts.get(s) ?? 0));
  return missing;
}
