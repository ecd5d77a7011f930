import { splitTemplate } from './template.js';

/**
 * Tolerant comparison of a message as a server sent it with a catalog template. Servers
 * reword: case, word order, spacing, punctuation, word forms ("registration" for
 * "registered"), a dropped word, a placeholder left unfilled. Words are compared as stems,
 * weighted by how rare they are in the catalog, so "add" against "update" weighs more
 * than "customer" against "customer". Every step is one pass over the text: no
 * backtracking, whatever the input.
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
}

/** A template ready to compare. */
export interface Pattern {
  readonly parts: readonly string[];
  readonly counts: ReadonlyMap<string, number>;
  /** Each placeholder with the number of words before it. */
  readonly slots: readonly { readonly name: string; readonly before: number }[];
}

export interface Comparison {
  readonly text: Exclude<TextMatch, 'none'>;
  readonly score: number;
  readonly params: Readonly<Record<string, string>>;
}

export type Weigh = (stem: string) => number;

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
      lower = lower.slice(0, -suffix.length);
      break;
    }
  }
  return lower.slice(0, 6);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const found of text.matchAll(wordPattern)) {
    const word = found[0];
    if (word.charCodeAt(0) !== 123) {
      tokens.push({ stem: stem(word), start: found.index, end: found.index + word.length });
    }
  }
  return tokens;
}

function countStems(stems: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

export function toPattern(template: string): Pattern {
  const parts = splitTemplate(template);
  const stems: string[] = [];
  const slots: { name: string; before: number }[] = [];
  parts.forEach((part, i) => {
    if (i % 2) slots.push({ name: part, before: stems.length });
    else for (const token of tokenize(part)) stems.push(token.stem);
  });
  return { parts, counts: countStems(stems), slots };
}

export function toInput(message: string, weigh: Weigh): Input {
  const text = message.trim();
  const tokens = tokenize(text);
  const counts = countStems(tokens.map((token) => token.stem));
  let weight = 0;
  for (const [s, count] of counts) weight += count * weigh(s);
  return { text, tokens, counts, weight };
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

/** Stretches of the input's words that the template does not have, in input order. */
function unmatchedRuns(input: Input, matches: Map<string, number>, weigh: Weigh): Run[] {
  const runs: Run[] = [];
  let matched = 0;
  let run: Run | undefined;
  input.tokens.forEach((token, i) => {
    const left = matches.get(token.stem);
    if (left) {
      matches.set(token.stem, left - 1);
      matched += 1;
      run = undefined;
    } else {
      if (!run) runs.push((run = { first: i, last: i, weight: 0, before: matched }));
      run.last = i;
      run.weight += weigh(token.stem);
    }
  });
  return runs;
}

/**
 * How closely `input` says what `pattern` says, from 0 to 1 (a weighted Dice coefficient
 * of their stems), with the placeholder values it carries. Words the template lacks that
 * stand where a placeholder stands are taken as that placeholder's value, not as a
 * difference.
 */
export function compare(input: Input, pattern: Pattern, weigh: Weigh): Comparison {
  const exact = exactParams(input.text, pattern.parts);
  if (exact) return { text: 'exact', score: 1, params: exact };

  const matches = new Map<string, number>();
  let matched = 0;
  let expected = 0;
  for (const [s, count] of pattern.counts) {
    const weight = weigh(s);
    const shared = Math.min(count, input.counts.get(s) ?? 0);
    expected += count * weight;
    if (shared) {
      matches.set(s, shared);
      matched += shared * weight;
    }
  }
  let unmatched = input.weight - matched;
  const params: Record<string, string> = {};
  if (pattern.slots.length && matched > 0) {
    const runs = unmatchedRuns(input, matches, weigh);
    let next = 0;
    for (const slot of pattern.slots) {
      let best = -1;
      for (let r = next; r < runs.length; r++) {
        if (best < 0 || Math.abs(runs[r]!.before - slot.before) < Math.abs(runs[best]!.before - slot.before)) best = r;
      }
      if (best < 0) break;
      const run = runs[best]!;
      if (!Object.hasOwn(params, slot.name)) {
        params[slot.name] = input.text.slice(input.tokens[run.first]!.start, input.tokens[run.last]!.end);
      }
      unmatched -= run.weight;
      next = best + 1;
    }
  }
  const total = expected + matched + unmatched;
  // Every word matched, in another order, scores 1; rounding in the sums must not push it past 1.
  const score = total > 0 ? Math.min(1, (2 * matched) / total) : 0;
  return { text: score >= closeEnough ? 'close' : 'different', score, params };
}
