/**
 * The shapes of the catalog's types. Each resource's entries are written out in
 * src/codes/generated/<resource>.ts (generated from its row file, beside the packed data the
 * entries are unpacked from at run time, src/catalog.ts), and each entry point (src/views/)
 * gathers the resources it holds.
 */
import type { Api, Audience, Kind, Origin, Resource } from './resources.js';
import type { Category, Row } from './row.js';

export type { Api, Audience, Category, Kind, Origin, Resource, Row };

/**
 * One status of the Capillary API: a code with one meaning, category and wording, in one
 * resource. `K`, `C` and `O` are the key, code and operation unions of the catalog or view
 * that holds it.
 */
export interface EntryShape<K extends string = string, C extends number = number, O extends string = string> {
  /** Unique SCREAMING_SNAKE name across the whole API; public, never reused. */
  readonly key: K;
  readonly code: C;
  readonly category: Category;
  /** The resource whose table defines it; `'api'` for request-level codes. */
  readonly resource: Resource;
  /** Other resources whose tables list the same code with the same meaning. */
  readonly sharedWith?: readonly Resource[];
  /** The table's wording verbatim, placeholders written `{x}` / `{0}`. */
  readonly message: string;
  /** Placeholder names in order of first appearance. */
  readonly params: readonly string[];
  /** The response surface that sends it. */
  readonly api: Api;
  /** The operations that send this entry, where the table ties it to some. */
  readonly operations?: readonly O[];
  /** Other wordings of the same entry: other publications, real servers. */
  readonly aliases?: readonly string[];
  /** Set when the text is the documentation's paraphrase; the server sends another entry's text. */
  readonly paraphrase?: true;
  /** Errors and warnings: what went wrong (README "Error kinds"). */
  readonly kind?: Kind;
  /** Errors and warnings: whether the same request, unchanged, may succeed later. */
  readonly retryable?: boolean;
  /** Who the wording is fit for: `'user'` (a shopper, a store's staff) or `'developer'` (it names internals). */
  readonly audience: Audience;
  /** Where it comes from: a resource's status table, a single API's page, or only a published sample. */
  readonly origin: Origin;
  /** The address of the page that documents it: its status table, the API page whose table lists it, or the sample's page. */
  readonly docs: string;
}

/**
 * The type of one entry with its literal key, code, category, resource, api, message,
 * placeholder names, operations and audience: what src/codes/generated/ writes out for each entry.
 */
export interface EntryType<
  K extends string,
  C extends number,
  Cat extends Category,
  R extends Resource,
  A extends Api,
  M extends string,
  P extends string,
  O extends string,
  Au extends Audience = 'user',
> extends EntryShape<K, C, O> {
  readonly category: Cat;
  readonly resource: R;
  readonly api: A;
  readonly message: M;
  readonly params: readonly P[];
  readonly audience: Au;
}

/**
 * An error or warning entry: `EntryType` with `kind` and `retryable` always set. It repeats
 * EntryType's fields rather than extending it: one interface per entry, not two, is 2,400 fewer
 * instantiations for the customers consumer fixture.
 */
export interface KindedEntryType<
  K extends string,
  C extends number,
  Cat extends Category,
  R extends Resource,
  A extends Api,
  M extends string,
  P extends string,
  O extends string,
  Au extends Audience = 'user',
> extends EntryShape<K, C, O> {
  readonly category: Cat;
  readonly resource: R;
  readonly api: A;
  readonly message: M;
  readonly params: readonly P[];
  readonly audience: Au;
  readonly kind: Kind;
  readonly retryable: boolean;
}
