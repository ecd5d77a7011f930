import { catalog, type Entry } from 'capillary-codes';

/**
 * How an entry relates to the entries it could be mistaken for: the duplicates of the
 * published table, explained. A support engineer holding a code from a log needs to know
 * that the code has other meanings, or that the text belongs to other codes too.
 */

/**
 * One way an entry can be mistaken for another.
 * @example
 * const relation: Relation = { kind: 'same-text', other: entries.RECOMMENDATIONS_FETCHED_1061, wording: 'Customer recommendations fetched successfully.' };
 */
export type Relation =
  /** Same code and category, another text: the operation (or the text) tells them apart. */
  | { readonly kind: 'same-code'; readonly other: Entry }
  /** Same code in another category, with the same text or another. */
  | { readonly kind: 'other-category'; readonly other: Entry; readonly sameText: boolean }
  /** This entry is the documentation's paraphrase; `other` is the text the server sends. */
  | { readonly kind: 'paraphrase-of'; readonly other: Entry }
  /** This entry is the text the server sends; `other` is the documentation's paraphrase. */
  | { readonly kind: 'paraphrased-by'; readonly other: Entry }
  /** Another code with a wording of this entry; `wording` is the shared text. */
  | { readonly kind: 'same-text'; readonly other: Entry; readonly wording: string };

function wordingsOf(entry: Entry): readonly string[] {
  return [entry.message, ...(entry.aliases ?? [])];
}

/**
 * Every entry this one could be mistaken for, most telling first: paraphrases, then other
 * categories of the code, then other texts of the code, then other codes of the text.
 * @example
 * relations(entries.LOOKUP_INVALID_SOURCE_ACCOUNT); // [{ kind: 'paraphrase-of', other: entries.LOOKUP_INVALID_SOURCE }]
 * relations(entries.RECOMMENDATIONS_FETCHED)[0]?.kind; // 'same-text' (1061 has the same text)
 */
export function relations(entry: Entry, list: readonly Entry[] = catalog): Relation[] {
  const paraphrases: Relation[] = [];
  const categories: Relation[] = [];
  const texts: Relation[] = [];
  const codes: Relation[] = [];
  const wordings = wordingsOf(entry);
  for (const other of list) {
    if (other === entry) continue;
    if (other.code === entry.code && other.category !== entry.category) {
      categories.push({ kind: 'other-category', other, sameText: other.message === entry.message });
    } else if (other.code === entry.code) {
      if (entry.paraphrase && !other.paraphrase) paraphrases.push({ kind: 'paraphrase-of', other });
      else if (other.paraphrase && !entry.paraphrase) paraphrases.push({ kind: 'paraphrased-by', other });
      else texts.push({ kind: 'same-code', other });
    } else {
      const shared = wordingsOf(other).find((wording) => wordings.includes(wording));
      if (shared !== undefined) codes.push({ kind: 'same-text', other, wording: shared });
    }
  }
  return [...paraphrases, ...categories, ...texts, ...codes];
}

const article = (category: string) => (category === 'error' ? 'an error' : `a ${category}`);

/**
 * What `explain` says.
 * @example
 * explain(entries.CUSTOMER_RETRIEVED, { siblings: false }); // [] (its 1000 siblings left unsaid)
 */
export interface ExplainOptions {
  /** The entries to relate to; the whole catalog by default. */
  readonly list?: readonly Entry[];
  /** Whether to sum up the other texts of the code (a listing of the code shows them anyway). */
  readonly siblings?: boolean;
}

/**
 * Relations said in sentences, one per line: sibling texts of a code are summed up in
 * one sentence rather than listed.
 * @example
 * explain(entries.RECOMMENDATIONS_FETCHED);
 * // ['Same text as 1061 RECOMMENDATIONS_FETCHED_1061: only the code tells them apart.']
 */
export function explain(entry: Entry, { list = catalog, siblings: sumUp = true }: ExplainOptions = {}): string[] {
  const lines: string[] = [];
  const siblings: Entry[] = [];
  for (const relation of relations(entry, list)) {
    const { other } = relation;
    switch (relation.kind) {
      case 'paraphrase-of':
        lines.push(`The documentation's paraphrase of ${other.key}; the server sends "${other.message}".`);
        break;
      case 'paraphrased-by':
        lines.push(`The text the server sends; ${other.key} ("${other.message}") is the documentation's paraphrase of it.`);
        break;
      case 'other-category':
        lines.push(
          relation.sameText
            ? `${entry.code} is also ${article(other.category)} with the same text (${other.key}): the list it arrives in, errors or warnings, tells them apart.`
            : `${entry.code} is also ${article(other.category)}: ${other.key} ("${other.message}", ${other.api}).`,
        );
        break;
      case 'same-code':
        siblings.push(other);
        break;
      case 'same-text':
        lines.push(
          relation.wording === entry.message
            ? `Same text as ${other.code} ${other.key}${other.message === relation.wording ? '' : ' (an alias of it)'}: only the code tells them apart.`
            : `Its alias "${relation.wording}" is the text of ${other.code} ${other.key}.`,
        );
        break;
    }
  }
  if (siblings.length && sumUp) {
    const tell = entry.operations?.length ? `; the operation tells them apart (this one: ${entry.operations.join(', ')})` : '';
    lines.splice(0, 0, `One of ${siblings.length + 1} ${entry.category} texts of ${entry.code}${tell}.`);
  }
  return lines;
}
