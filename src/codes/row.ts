import type { Api, Kind, Origin, Resource } from './resources.js';

/**
 * The shape of a row in a resource's row file (src/codes/<resource>.ts): the source of truth
 * for the data and for the types. docs/DATA.md says how rows are written from the tables.
 */

/** Where a status sits in a response: the success flag, an error, or a warning. */
export type Category = 'success' | 'error' | 'warning';

/** What a row says beyond its code, key, category, api and message. */
export interface Details {
  /** The operations that send this entry, where the table ties it to some (e.g. `['register']`). */
  readonly operations?: readonly string[];
  /** Other wordings of the same meaning: other publications, real servers. */
  readonly aliases?: readonly string[];
  /** A caveat a user should see; a documentation remark that came with the row. */
  readonly note?: string;
  /** The documentation's paraphrase; the server sends another entry's text. */
  readonly paraphrase?: true;
  /** Other resources whose tables list the same code with the same meaning. */
  readonly sharedWith?: readonly Resource[];
  /** Errors and warnings: what went wrong. Required for them, absent on successes. */
  readonly kind?: Kind;
  /** Errors and warnings: the same request may succeed later, unchanged. Absent means false. */
  readonly retryable?: true;
  /** The wording names internals, unfit for a shopper (docs/DATA.md "Audience"). Absent means `'user'`. */
  readonly audience?: 'developer';
  /** Where the entry comes from where not a status table (docs/DATA.md "Docs and origin"). Absent means `'table'`. */
  readonly origin?: Exclude<Origin, 'table'>;
  /** The page that documents the entry, where not its resource's (src/codes/docs-pages.ts). */
  readonly docs?: string;
}

/** `[code, key, category, api, message, details?]`. */
export type Row = readonly [code: number, key: string, category: Category, api: Api, message: string, details?: Details];
