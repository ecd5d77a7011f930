import { catalog, type Entry, type Resource } from 'capillary-codes';
import { belongsTo } from './narrow.js';

/**
 * How an entry relates to the entries it could be mistaken for: the duplicates of the
 * published tables, explained. A support engineer holding a code from a log needs to know
 * that the code has other meanings, in the same resource or in others, or that the text
 * belongs to other codes too.
 */

/**
 * The entries of a resource, in the order its `capillary-codes/<resource>` view lists them:
 * the request-level ones, then its own, then those shared with it.
 * @example
 * resourceEntries('badges').map((entry) => entry.resource); // ['api', 'api', ..., 'badges', ...]
 */
export function resourceEntries(resource: Resource, list: readonly Entry[] = catalog): Entry[] {
  const held = list.filter((entry) => belongsTo(entry, resource));
  const rank = (entry: Entry) => (entry.resource === 'api' ? 0 : entry.resource === resource ? 1 : 2);
  // Stable: within each group, catalog order.
  return held.sort((a, b) => rank(a) - rank(b));
}

/** Whether someone calling one resource can receive both: they share a resource, or one is request-level. */
function meet(a: Entry, b: Entry): boolean {
  return a.resource === 'api' || [a.resource, ...(a.sharedWith ?? [])].some((resource) => belongsTo(b, resource));
}

/**
 * One way an entry can be mistaken for another.
 * @example
 * const relation: Relation = { kind: 'same-text', other: entries.RECOMMENDATIONS_FETCHED_1061, wording: 'Customer recommendations fetched successfully.' };
 */
export type Relation =
  /** Same code in resources this entry is not sent by: the resource called tells them apart. */
  | { readonly kind: 'other-resource'; readonly other: Entry }
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
 * categories of the code, then other texts of the code, then other codes of the text, then
 * the code in other resources. Two entries of a code relate by category, paraphrase or text
 * only where one request can receive both (a resource they share, or a request-level one);
 * otherwise the resource tells them apart.
 * @example
 * relations(entries.LOOKUP_INVALID_SOURCE_ACCOUNT); // [{ kind: 'paraphrase-of', other: entries.LOOKUP_INVALID_SOURCE }]
 * relations(entries.CUSTOMER_NOT_FOUND_FOR_ORG); // [{ kind: 'other-resource', other: entries.BADGE_EVENT_DATE_OUTSIDE_DURATION }]
 */
export function relations(entry: Entry, list: readonly Entry[] = catalog): Relation[] {
  const paraphrases: Relation[] = [];
  const categories: Relation[] = [];
  const texts: Relation[] = [];
  const codes: Relation[] = [];
  const elsewhere: Relation[] = [];
  const wordings = wordingsOf(entry);
  for (const other of list) {
    if (other === entry) continue;
    if (other.code === entry.code && !meet(entry, other)) {
      elsewhere.push({ kind: 'other-resource', other });
    } else if (other.code === entry.code && other.category !== entry.category) {
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
  return [...paraphrases, ...categories, ...texts, ...codes, ...elsewhere];
}

const article = (category: string) => (category === 'error' ? 'an error' : `a ${category}`);

/**
 * What `explain` says.
 * @example
 * explain(entries.CUSTOMER_RETRIEVED, { siblings: false }); // its 1000 siblings left unsaid
 */
export interface ExplainOptions {
  /** The entries to relate to; the whole catalog by default. */
  readonly list?: readonly Entry[];
  /** Whether to sum up the other entries of the code, in its resources and in others (a listing of the code shows them anyway). */
  readonly siblings?: boolean;
}

/** Beyond this many, entries are counted rather than named. */
const named = 3;

function otherCategory(entry: Entry, others: readonly { other: Entry; sameText: boolean }[]): string[] {
  if (others.length < named) {
    return others.map(({ other, sameText }) =>
      sameText
        ? `${entry.code} is also ${article(other.category)} with the same text (${other.key}): the list it arrives in, errors or warnings, tells them apart.`
        : `${entry.code} is also ${article(other.category)}: ${other.key} ("${other.message}", ${other.api}).`,
    );
  }
  const keys = others.map(({ other }) => other.key).join(', ');
  return [`${entry.code} is also ${article(others[0]!.other.category)}, in ${others.length} entries: ${keys}.`];
}

function otherResources(entry: Entry, others: readonly Entry[]): string {
  if (others.length === 1) {
    const [other] = others as [Entry];
    return `${entry.code} means something else in ${other.resource}: ${other.key} ("${other.message}"); the resource called tells them apart.`;
  }
  if (others.length <= named) {
    return `${entry.code} means something else in other resources: ${others.map((other) => `${other.key} (${other.resource})`).join(', ')}; the resource called tells them apart.`;
  }
  const counts = new Map<Resource, number>();
  for (const other of others) counts.set(other.resource, (counts.get(other.resource) ?? 0) + 1);
  const where = [...counts].map(([resource, count]) => `${resource} ${count}`).join(', ');
  return `${entry.code} has ${others.length} entries in other resources (${where}); the resource called tells them apart.`;
}

/**
 * Relations said in sentences, one per line: sibling texts of a code, and its entries in
 * other resources, are summed up in one sentence each rather than listed.
 * @example
 * explain(entries.RECOMMENDATIONS_FETCHED);
 * // ['Same text as 1061 RECOMMENDATIONS_FETCHED_1061: only the code tells them apart.']
 * explain(entries.CUSTOMER_NOT_FOUND_FOR_ORG);
 * // ['816 means something else in badges: BADGE_EVENT_DATE_OUTSIDE_DURATION ("Event date is not in duration of badge meta. ..."); the resource called tells them apart.']
 */
export function explain(entry: Entry, { list = catalog, siblings: sumUp = true }: ExplainOptions = {}): string[] {
  const paraphrases: string[] = [];
  const texts: string[] = [];
  const siblings: Entry[] = [];
  const elsewhere: Entry[] = [];
  // By category, in the order relations() gives them: each category is said in one go.
  const categories = new Map<string, { other: Entry; sameText: boolean }[]>();
  for (const relation of relations(entry, list)) {
    const { other } = relation;
    switch (relation.kind) {
      case 'paraphrase-of':
        paraphrases.push(`The documentation's paraphrase of ${other.key}; the server sends "${other.message}".`);
        break;
      case 'paraphrased-by':
        paraphrases.push(`The text the server sends; ${other.key} ("${other.message}") is the documentation's paraphrase of it.`);
        break;
      case 'other-category':
        categories.set(other.category, [...(categories.get(other.category) ?? []), relation]);
        break;
      case 'same-code':
        siblings.push(other);
        break;
      case 'same-text':
        texts.push(
          relation.wording === entry.message
            ? `Same text as ${other.code} ${other.key}${other.message === relation.wording ? '' : ' (an alias of it)'}: only the code tells them apart.`
            : `Its alias "${relation.wording}" is the text of ${other.code} ${other.key}.`,
        );
        break;
      case 'other-resource':
        elsewhere.push(other);
        break;
    }
  }
  const lines = [...paraphrases, ...[...categories.values()].flatMap((others) => otherCategory(entry, others)), ...texts];
  if (sumUp && siblings.length) {
    const tell = entry.operations?.length ? `; the operation tells them apart (this one: ${entry.operations.join(', ')})` : '';
    lines.unshift(`One of ${siblings.length + 1} ${entry.category} texts of ${entry.code}${tell}.`);
  }
  if (sumUp && elsewhere.length) lines.push(otherResources(entry, elsewhere));
  return lines;
}
