/**
 * What every entry point is made of. Each of src/views/ (the root's `all.ts` and one view per
 * resource, generated from one template by scripts/generate-views.mjs) joins its resources'
 * generated modules into a catalog and types, then makes each export here with them: one line
 * per export there. A function export is documented once here, on the call signature of the
 * type it has: that is what an editor shows on hovering the export or a call of it (a type
 * alias's own doc comment would not reach a `const` of that type). `catalog`, `entries` and
 * the types are documented on their line of each view.
 *
 * Why one factory per export, each called `/* @__PURE__ *\/`: an app's bundler drops the
 * exports the app never calls, and with them whatever only they need (the lookup, the text
 * index, the reader). One object of functions destructured would keep them all.
 */
import type { Catalog } from './catalog.js';
import type { EntryShape } from './codes/index.js';
import type { Category } from './codes/row.js';
import type { FormatOptions, Messages, Part } from './format.js';
import type { ArgsOf, CheckedTranslations, Keyed, KeyOrEntry, MissingParams } from './key-types.js';
import { findIn, hasCode, hasKey, matchIn, resolveIn, type Filter, type Lookup, type MatchHints, type Resolution, type ResolveHints, type TextResult } from './lookup.js';
import { defineMessagesIn, formatIn, formatPartsIn } from './messages.js';
import { readStatusesIn, type ReadHints, type ReadStatus } from './read.js';
import { readResponseIn, type ResponseHints, type ResponseReading } from './response.js';

// What a view builds its catalog and types from.
export { catalogOf, lazyList, lazyRecord } from './catalog.js';
export { lookupOf } from './lookup.js';
export { registered, type CapillaryErrorClass, type CapillaryErrorOf } from './errors.js';
export type { EntryShape } from './codes/index.js';
export type { Messages as MessagesOf } from './format.js';
export type { ArgsOf, PlaceholderArgs } from './key-types.js';
export type { Resolution as ResolutionOf, TextResult as TextResultOf } from './lookup.js';
export type { ReadStatus as ReadStatusOf } from './read.js';
export type { ItemReading as ItemReadingOf, ResponseReading as ResponseReadingOf } from './response.js';

// What every entry point exports as it is: one line in each view re-exports these.
export { isSure, parseCode } from './lookup.js';
export { userMessage, type UserMessageOptions, type UserMessageSubject } from './user-message.js';
export { assertOk } from './errors.js';
export { isRetryable, retryAfterMs } from './retry.js';
export type { Api, Category, Kind, Resource } from './codes/index.js';
export type { CapillaryErrorOptions, CapillaryErrorWithoutEntry, Failed, Problem, ProblemOptions } from './errors.js';
export type { FormatArgs, FormatOptions, Part } from './format.js';
export type { EndpointHint, EndpointLike, Filter, Hint, MatchHints, ResolveHints, TextMatch } from './lookup.js';
export type { ReadHints } from './read.js';
export type { HeadersLike, ResponseHints, RetryAdvice } from './response.js';
export type { LooseParams, NoParams, NoPlaceholders, ParamName, Params, ParamValue } from './template.js';

/** A view's `find`; its call signature holds the docs, so an editor shows them on the export. */
export interface FindFn<E extends EntryShape> {
  /**
   * `find`: every entry of a code, in catalog order; `[]` when the code is unknown or
   * malformed. A filter (`resource`, `category`, `api`, `operation`) applies strictly: one
   * that matches nothing gives `[]`.
   * @example
   * find(618).map((entry) => entry.key); // ['CUSTOMER_MARKED_AS_FRAUD']
   */
  (code: unknown, filter?: Filter): readonly E[];
}

/** A view's `resolve`, documented on its call signature. */
export interface ResolveFn<E extends EntryShape> {
  /**
   * `resolve`: what a code means, using what else the response says. Hints (`resource`,
   * `endpoint`, `category`, `api`, `operation`, `message`) narrow the candidates. Another
   * resource's entry is an answer only where the message names it; a soft hint (`category`,
   * `api`, `operation`) that would leave no candidate is set aside and named in `ignored`
   * (servers put codes in unexpected places). A message is compared tolerantly and yields the
   * placeholder values; a value it changes makes the text `different`. Where nothing separates
   * two entries the answer is `ambiguous`, ranked, never a silent pick.
   * @example
   * resolve(618).status; // 'resolved'
   * resolve('618', { message: 'Not allowed - customer is marked as fraud.' }); // { status: 'resolved', entry: entries.CUSTOMER_MARKED_AS_FRAUD, params: {}, text: 'exact' }
   * resolve(42424242).status; // 'unknown'
   */
  (code: unknown, hints?: ResolveHints): Resolution<E>;
}

/** A view's `match`, documented on its call signature. */
export interface MatchFn<E extends EntryShape> {
  /**
   * `match`: the entry a message means, read tolerantly (case, punctuation, spacing, word
   * order, word forms, filled placeholders), or `undefined` when the text resembles no entry or
   * entries tie and no hint (`resource`, `endpoint`, `code`, `category`, `api`) separates them.
   * @example
   * match('NOT ALLOWED - CUSTOMER IS MARKED AS FRAUD.')?.entry.key; // 'CUSTOMER_MARKED_AS_FRAUD'
   * match('the weather is fine'); // undefined
   */
  (message: unknown, hints?: MatchHints): TextResult<E> | undefined;
}

/** A view's `readStatuses`, documented on its call signature. */
export interface ReadStatusesFn<E extends EntryShape> {
  /**
   * `readStatuses`: every status in a Capillary response, resolved: v1.1 `response.status`,
   * each `item_status` and its warnings; v2 `errors[]`, `warnings[]` and nested status
   * objects. Hints (`resource`, `endpoint`, `api`, `operation`) say what the caller knows. It
   * never throws.
   * @example
   * readStatuses({ errors: [{ code: 618, message: 'Not allowed - customer is marked as fraud.' }] })[0]?.resolution.status; // 'resolved'
   */
  (payload: unknown, hints?: ReadHints): ReadStatus<E>[];
}

/** A view's `readResponse`, documented on its call signature. */
export interface ReadResponseFn<E extends EntryShape> {
  /**
   * `readResponse`: the verdict on a whole response: `outcome` (`success`, `partial`,
   * `failure`), `ok`, the request-level status, the batch's items (each `ok` or not, with its
   * status and warnings), the failures (the items' own first, the request-level summary last),
   * the warnings (which never fail it), every status, and retry advice (a sure entry's
   * `retryable`, else HTTP semantics, with `afterMs` from `Retry-After`). Hints: the read hints,
   * `httpStatus` and `headers`. A body that is no JSON is judged by the HTTP status alone. It
   * never throws.
   * @example
   * const reading = readResponse({ errors: [{ code: 618, message: 'Not allowed - customer is marked as fraud.' }] }, { httpStatus: 400 });
   * reading.outcome; // 'failure'
   * readResponse('<html>Service Unavailable</html>', { httpStatus: 503, headers: { 'Retry-After': '2' } }).retry; // { retryable: true, afterMs: 2000, reason: 'HTTP 503 and no status in the body: a 503 may succeed later' }
   */
  (body: unknown, hints?: ResponseHints): ResponseReading<E>;
}

/** A view's `format` (`Out` = `string`) and `formatParts` (`Out` = `Part[]`), documented on the call signatures. */
export interface FormatFn<V extends Keyed, Out> {
  /**
   * `format`: the message of a key or an entry, or its translation, with params checked
   * against the template: a missing, extra or mistyped param is a compile error. An unknown
   * key formats as itself. Options: `messages` (from `defineMessages`), `missing: 'throw'`,
   * `escape: 'html'`. `formatParts` gives it in pieces: template text as strings, inserted
   * values as `{ param, value }`, so a UI can style them without parsing markup.
   * @example
   * format('CUSTOMER_MARKED_AS_FRAUD'); // 'Not allowed - customer is marked as fraud.'
   * format('DATE_IN_PAST', { x: 'startDate' }); // 'startDate cannot be a past date.'
   * formatParts('DATE_IN_PAST', { x: 'startDate' }); // [{ param: 'x', value: 'startDate' }, ' cannot be a past date.']
   */
  <K extends V['key']>(key: K, ...args: ArgsOf<K, V, FormatOptions>): Out;
  /**
   * `format` or `formatParts` of an entry (a `resolve` result's, say), or of a key known only
   * as a string: params checked as by key, where the types know the entry.
   * @example
   * format(entries.CUSTOMER_MARKED_AS_FRAUD); // 'Not allowed - customer is marked as fraud.'
   */
  <const T extends string | EntryShape>(keyOrEntry: KeyOrEntry<T, V>, ...args: ArgsOf<T, V, FormatOptions>): Out;
  /**
   * What a key given without the params it needs, or a key that is none, must match: the
   * compile error is this sentence naming them.
   * @example
   * format('DATE_IN_PAST'); // compile error: DATE_IN_PAST needs the params {x}
   */
  <const K extends string>(key: MissingParams<K, V>): Out;
}

/** A view's `defineMessages`, documented on its call signature. */
export interface DefineMessagesFn<V extends Keyed> {
  /**
   * `defineMessages`: checks per-locale wording keyed by entry key and returns it for
   * `format`'s `messages` option. A translation must use exactly its entry's placeholders: a
   * compile error where the types can see it, a TypeError naming the key where they cannot
   * (JSON loaded at run time).
   * @example
   * const messages = defineMessages({ CUSTOMER_MARKED_AS_FRAUD: '…' });
   * format('CUSTOMER_MARKED_AS_FRAUD', {}, { messages }); // '…'
   */
  <const T extends { readonly [key: string]: string }>(overrides: CheckedTranslations<T, V>): Messages<V['key']>;
}

/** A view's `isCode`, `isSuccessCode`, `isErrorCode` and `isWarningCode`, documented on the call signature. */
export interface CodeGuard<C extends number> {
  /**
   * `isCode`, `isSuccessCode`, `isErrorCode`, `isWarningCode`: whether a value is a code of
   * the entry point's catalog (of any entry, or of one of that category). A number; use
   * `parseCode` for text.
   * @example
   * isCode(618); // true
   * isErrorCode(618); // true
   * isSuccessCode(618); // false
   */
  (value: unknown): value is C;
}

/** A view's `isKey`, `isSuccessKey`, `isErrorKey` and `isWarningKey`, documented on the call signature. */
export interface KeyGuard<K extends string> {
  /**
   * `isKey`, `isSuccessKey`, `isErrorKey`, `isWarningKey`: whether a value is a key of the
   * entry point's catalog (of any entry, or of one of that category). Inherited names such as
   * `'toString'` are not.
   * @example
   * isKey('CUSTOMER_MARKED_AS_FRAUD'); // true
   * isErrorKey('CUSTOMER_MARKED_AS_FRAUD'); // true
   * isWarningKey('CUSTOMER_MARKED_AS_FRAUD'); // false
   */
  (value: unknown): value is K;
}

/** `find` over a view's lookup. @example export const find: FindFn<Entry> = finder(lookup); */
export function finder<E extends EntryShape>(lookup: Lookup<E>): FindFn<E> {
  return (code, filter) => findIn(lookup, code, filter);
}

/** `resolve` over a view's lookup. @example export const resolve: ResolveFn<Entry> = resolver(lookup); */
export function resolver<E extends EntryShape>(lookup: Lookup<E>): ResolveFn<E> {
  return (code, hints) => resolveIn(lookup, code, hints);
}

/** `match` over a view's lookup. @example export const match: MatchFn<Entry> = matcher(lookup); */
export function matcher<E extends EntryShape>(lookup: Lookup<E>): MatchFn<E> {
  return (message, hints) => matchIn(lookup, message, hints);
}

/** `readStatuses` over a view's lookup. @example export const readStatuses: ReadStatusesFn<Entry> = statusesReader(lookup); */
export function statusesReader<E extends EntryShape>(lookup: Lookup<E>): ReadStatusesFn<E> {
  return (payload, hints) => readStatusesIn(lookup, payload, hints);
}

/** `readResponse` over a view's lookup. @example export const readResponse: ReadResponseFn<Entry> = responseReader(lookup); */
export function responseReader<E extends EntryShape>(lookup: Lookup<E>): ReadResponseFn<E> {
  return (body, hints) => readResponseIn(lookup, body, hints);
}

/** `format` over a view's catalog. @example export const format: FormatFn<Keyed, string> = formatter(data); */
export function formatter<V extends Keyed>(catalog: Catalog): FormatFn<V, string> {
  return ((keyOrEntry: unknown, params?: unknown, options?: unknown) => formatIn(catalog, keyOrEntry, params, options)) as FormatFn<V, string>;
}

/** `formatParts` over a view's catalog. @example export const formatParts: FormatFn<Keyed, Part[]> = partsFormatter(data); */
export function partsFormatter<V extends Keyed>(catalog: Catalog): FormatFn<V, Part[]> {
  return ((keyOrEntry: unknown, params?: unknown, options?: unknown) => formatPartsIn(catalog, keyOrEntry, params, options)) as FormatFn<V, Part[]>;
}

/** `defineMessages` over a view's catalog. @example export const defineMessages: DefineMessagesFn<Keyed> = messagesDefiner(data); */
export function messagesDefiner<V extends Keyed>(catalog: Catalog): DefineMessagesFn<V> {
  return ((overrides: unknown) => defineMessagesIn(catalog, overrides)) as DefineMessagesFn<V>;
}

/** A code guard of a view, for one category or (none) any. @example export const isErrorCode: CodeGuard<ErrorCode> = codeGuard(lookup, 'error'); */
export function codeGuard<C extends number>(lookup: Lookup, category?: Category): CodeGuard<C> {
  return (value): value is C => hasCode(lookup, value, category);
}

/** A key guard of a view, for one category or (none) any. @example export const isErrorKey: KeyGuard<ErrorKey> = keyGuard(lookup, 'error'); */
export function keyGuard<K extends string>(lookup: Lookup, category?: Category): KeyGuard<K> {
  return (value): value is K => hasKey(lookup, value, category);
}
