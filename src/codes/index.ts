import { paramNames, type ParamName, type Params } from '../template.js';
// The rows give the types only: at run time the catalog comes from their packed form.
import type { errors } from './errors.js';
import { codes, rows } from './packed.js';
import type { success } from './success.js';
import type { warnings } from './warnings.js';

type SuccessRow = (typeof success)[number];
type ErrorRow = (typeof errors)[number];
type WarningRow = (typeof warnings)[number];
type Row = SuccessRow | ErrorRow | WarningRow;

/** Where a status sits in a response: the success flag, an error, or a warning. */
export type Category = 'success' | 'error' | 'warning';
/** The response surface that sends a code: v1.1 `item_status`, or v2 `errors[]`/`warnings[]`. */
export type Api = 'v1.1' | 'v2';

/** Every entry key, e.g. `'CUSTOMER_NOT_FOUND_FOR_ORG'`. Keys are public API and never reused. */
export type Key = Row[1];
/** Every code in the catalog, as a union of number literals. */
export type Code = Row[0];
export type SuccessCode = SuccessRow[0];
export type ErrorCode = ErrorRow[0];
export type WarningCode = WarningRow[0];
type OperationsOf<R> = R extends readonly [unknown, unknown, unknown, unknown, { readonly operations: readonly (infer O)[] }]
  ? O
  : never;
/** The operations the table ties success messages to, e.g. `'register'` or `'tickets.add'`. */
export type Operation = OperationsOf<Row>;

/** One status of the customers API: a code with one meaning, category and wording. */
export interface Entry {
  /** Unique SCREAMING_SNAKE name; public API, never reused. */
  readonly key: Key;
  readonly code: Code;
  readonly category: Category;
  /** The table's wording verbatim, placeholders written `{x}` / `{0}`. */
  readonly message: string;
  /** Placeholder names in order of first appearance. */
  readonly params: readonly string[];
  readonly api: Api;
  /** The operations that send this entry, where the table ties it to some. */
  readonly operations?: readonly Operation[];
  /** Other wordings of the same entry found in the table. */
  readonly aliases?: readonly string[];
  /** A caveat worth reading before relying on this entry. */
  readonly note?: string;
  /** Set when the text is the documentation's paraphrase; the server sends another entry's text. */
  readonly paraphrase?: true;
}

type EntryFromRow<R extends Row, C extends Category> = Entry & {
  readonly key: R[1];
  readonly code: R[0];
  readonly category: C;
  readonly api: R[2];
  readonly message: R[3];
  readonly params: readonly ParamName<R[3]>[];
};

// Mapped remaps, not `Extract` over the row union: far fewer instantiations per lookup.
type EntryMap = { readonly [R in SuccessRow as R[1]]: EntryFromRow<R, 'success'> } & {
  readonly [R in ErrorRow as R[1]]: EntryFromRow<R, 'error'>;
} & { readonly [R in WarningRow as R[1]]: EntryFromRow<R, 'warning'> };
type TemplateMap = { readonly [R in Row as R[1]]: R[3] };

/** The entry of a key, with its literal code, category and message types. */
export type EntryOf<K extends Key> = EntryMap[K];
/** The message template of a key, as a string literal type. */
export type TemplateOf<K extends Key> = TemplateMap[K];
/** The params `format` needs for a key. */
export type ParamsOf<K extends Key> = Params<TemplateOf<K>>;

/** A key from its packed spelling: capital letters pick the message's words, `A` the next one (see scripts/pack-catalog.mjs). */
function keyOf(spelling: string, message: string): Key {
  const said = message.toLowerCase().match(/[a-z0-9]+/g)!;
  let taken = 0;
  return spelling
    .match(/[A-Z]|[a-z0-9]+/g)!
    .map((word) => {
      if (word < 'A' || word > 'Z') return word;
      const at = (taken + word.charCodeAt(0) - 65) % said.length;
      taken = at + 1;
      return said[at];
    })
    .join('_')
    .toUpperCase() as Key;
}

/**
 * The entries from src/codes/packed.ts, which scripts/pack-catalog.mjs writes from the rows.
 * Why not the rows themselves: size. In an app's bundle (minified, gzip -9) the catalog built
 * from the rows' array literals takes 6.6 KB, built from this text 5.1 KB.
 * test/packed.test.ts holds the result to the entries the rows describe.
 */
function unpack(): readonly Entry[] {
  const deltas = codes.split(',');
  let kind: readonly string[] = [];
  let code = 0;
  let entryCount = 0;
  return Object.freeze(
    rows.split('\n').flatMap((row) => {
      const [spelling, message, operations, aliases, note, paraphrase] = row.split('|') as [string, ...(string | undefined)[]];
      // A line without fields starts a run of entries: `category api`.
      if (message === undefined) {
        kind = spelling.split(' ');
        return [];
      }
      const [category, api] = kind as [Category, Api];
      code += parseInt(deltas[entryCount++]!, 36);
      const entry = {
        key: keyOf(spelling, message),
        code: code as Code,
        category,
        message,
        params: Object.freeze(paramNames(message)),
        api,
      } as { -readonly [P in keyof Entry]: Entry[P] };
      if (operations) entry.operations = Object.freeze(operations.split(' ') as Operation[]);
      if (aliases) entry.aliases = Object.freeze(aliases.split('\t'));
      if (note) entry.note = note;
      if (paraphrase) entry.paraphrase = true;
      return [Object.freeze(entry)];
    }),
  );
}

function indexByKey(list: readonly Entry[]): EntryMap {
  const byKey: Record<string, Entry> = Object.create(null);
  for (const entry of list) byKey[entry.key] = entry;
  return Object.freeze(byKey) as unknown as EntryMap;
}

/**
 * Every entry of the customers API, in the order of the published table; deeply frozen.
 * @example
 * catalog.filter((entry) => entry.code === 8011).map((entry) => entry.key);
 * // ['LOOKUP_INVALID_SOURCE_ACCOUNT', 'LOOKUP_INVALID_SOURCE']
 */
export const catalog: readonly Entry[] = /* @__PURE__ */ unpack();

/**
 * Every entry by key, each with literal types (a prototype-free, frozen object).
 * @example
 * entries.CUSTOMER_NOT_FOUND_FOR_ORG.code; // 816, typed as the literal 816
 */
export const entries: EntryMap = /* @__PURE__ */ indexByKey(catalog);
