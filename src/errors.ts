import type { Catalog } from './catalog.js';
import type { EntryShape, Kind } from './codes/index.js';
import { format, type Messages } from './format.js';
import type { ArgsOf, KeyOrEntry, Keyed, MissingParams } from './key-types.js';
import type { ReadStatus } from './read.js';
import type { ItemReading, ResponseReading } from './response.js';
import { errorBrand, isRetryable, retryAfterMs, sureEntry } from './retry.js';
import { clip, describe, quoted, read, safely } from './safely.js';
import type { LooseParams } from './template.js';
import { userMessage } from './user-message.js';

/**
 * One CapillaryError class for the whole package: every view exports this same constructor
 * (typed per entry point), and `instanceof` holds across them and the root entry's own bundled
 * copy (it reads the brand). Keys are looked
 * up in the catalogs the imported entry points registered, so a view's bundle carries its own
 * data only.
 */

export interface CapillaryErrorOptions {
  /** The error that caused this one, as in `new Error(message, { cause })`. */
  readonly cause?: unknown;
  /** The wording of the error's message, from `defineMessages`. */
  readonly messages?: Messages | undefined;
}

type EntryField<M, K extends PropertyKey, F extends keyof EntryShape> = M[K & keyof M] extends infer E ? (E extends EntryShape ? E[F] : never) : never;

/** A CapillaryError of an entry point, typed by its keys `K` and entries `M`; for a union of keys, a union of errors. */
export type CapillaryErrorOf<K extends string, M> = K extends unknown ? CapillaryErrorFor<K, M> : never;

/** What a failed response adds to an error; `undefined` where not known. */
interface FailureFields {
  /** What went wrong, from the entry. */
  readonly kind: Kind | undefined;
  /** Whether the same request may succeed later (the response's retry advice, else the entry's). */
  readonly retryable: boolean;
  /** How long to wait first, from the response's `Retry-After`. */
  readonly retryAfterMs: number | undefined;
  /** The server's own text for the failure. */
  readonly serverMessage: string | undefined;
  /** Where the failure was in the body, dotted. */
  readonly path: string | undefined;
  /** The response's HTTP status. */
  readonly httpStatus: number | undefined;
  /** Every failure of the response (`[]` for an error built from a key). */
  readonly statuses: readonly ReadStatus[];
  /** The error as RFC 9457 problem details, for a backend's own clients; no server text unless asked. */
  toProblem(options?: ProblemOptions): Problem;
}

/** What `JSON.stringify` writes for a CapillaryError of one key: `Error`'s own `message` is not enumerable, so it is named here. */
export interface CapillaryErrorJSON<K extends string, M> {
  readonly name: 'CapillaryError';
  readonly message: string;
  readonly key: K;
  readonly code: EntryField<M, K, 'code'>;
  readonly category: EntryField<M, K, 'category'>;
  readonly resource: EntryField<M, K, 'resource'>;
  readonly params: Readonly<LooseParams>;
  readonly kind?: Kind;
  readonly retryable: boolean;
  readonly serverMessage?: string;
  readonly path?: string;
  readonly httpStatus?: number;
  /** The entry's documentation page, where it has one. */
  readonly docs?: string;
}

/** A CapillaryError of one key. */
export interface CapillaryErrorFor<K extends string, M> extends Error, FailureFields {
  readonly name: 'CapillaryError';
  readonly key: K;
  readonly code: EntryField<M, K, 'code'>;
  readonly category: EntryField<M, K, 'category'>;
  readonly resource: EntryField<M, K, 'resource'>;
  readonly params: Readonly<LooseParams>;
  readonly entry: M[K & keyof M];
  /** The fields a log or an API response needs, message included. */
  toJSON(): CapillaryErrorJSON<K, M>;
}

/** A CapillaryError for a failure no sure entry explains (an unknown code, an ambiguous one, a body that is no JSON). */
export interface CapillaryErrorWithoutEntry extends Error, FailureFields {
  readonly name: 'CapillaryError';
  readonly key: undefined;
  readonly code: undefined;
  readonly category: 'error';
  readonly resource: undefined;
  readonly params: Readonly<LooseParams>;
  readonly entry: undefined;
  toJSON(): Omit<CapillaryErrorJSON<never, never>, 'key' | 'code' | 'category' | 'resource' | 'docs'> & { readonly category: 'error' };
}

/** Options of `toProblem`; every field may be `undefined` (not given). */
export interface ProblemOptions {
  /** A URI naming this occurrence (e.g. your request's id). */
  readonly instance?: string | undefined;
  /** `'show'` lets the server's own text into `detail`; by default it never leaves (a backend must not pass Capillary's internals on). */
  readonly serverText?: 'show' | 'hide' | undefined;
  /** Translations from `defineMessages`, for `detail`. */
  readonly messages?: Messages | undefined;
  /** `detail` where the failure has no text to show. */
  readonly fallback?: string | undefined;
}

/** RFC 9457 problem details: plain data, `JSON.stringify`-able, served as `application/problem+json`. */
export interface Problem {
  /** The entry's documentation page, else `'about:blank'`. */
  readonly type: string;
  /** The entry's wording, else the HTTP status's reason phrase. */
  readonly title: string;
  readonly status: number;
  /** The text to show a person (`userMessage`), where there is one. */
  readonly detail?: string;
  readonly instance?: string;
  readonly code?: number;
  readonly key?: string;
  readonly kind?: Kind;
  readonly retryable: boolean;
}

/** The HTTP status a kind answers, after google.rpc.Code's mapping. */
const statusOfKind: Readonly<Record<Kind, number>> = {
  'invalid-argument': 400,
  'failed-precondition': 400,
  'not-found': 404,
  'already-exists': 409,
  aborted: 409,
  'permission-denied': 403,
  unauthenticated: 401,
  'resource-exhausted': 429,
  unavailable: 503,
  internal: 500,
  unknown: 500,
};

const reasonPhrases: Readonly<Record<number, string>> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 408: 'Request Timeout', 409: 'Conflict',
  422: 'Unprocessable Content', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** What `CapillaryError.from` reads: a `readResponse` reading, one of its items, or a status. */
export type Failed<E extends EntryShape = EntryShape> = ResponseReading<E> | ItemReading<E> | ReadStatus<E>;

/** The CapillaryError class of an entry point: its keys and placeholders `V`, its entries `E`. */
export interface CapillaryErrorClass<V extends Keyed, E> {
  /**
   * From a key and its params, or from an entry (e.g. a `resolve` result:
   * `new CapillaryError(resolution.entry, resolution.params)`). Throws a TypeError when the key
   * is not a key of the catalog.
   */
  new <const T extends string | EntryShape>(
    keyOrEntry: KeyOrEntry<T, V>,
    ...args: ArgsOf<T, V, CapillaryErrorOptions>
  ): CapillaryErrorOf<T extends string ? T & V['key'] : T extends EntryShape ? T['key'] & V['key'] : never, E>;
  new <const K extends string>(key: MissingParams<K, V>): never;
  readonly prototype: CapillaryErrorOf<V['key'], E> | CapillaryErrorWithoutEntry;
  /**
   * Whether a value is a CapillaryError, also one thrown by another copy of the package (where
   * `instanceof` says no).
   */
  is(value: unknown): value is CapillaryErrorOf<V['key'], E> | CapillaryErrorWithoutEntry;
  /**
   * The error for a failed response, item or status: `entry`, `key` and `code` of its first
   * sure failure (`undefined` where none is sure), every failure as `statuses`, the server's
   * text, path, HTTP status, kind and retry advice; a `message` for a log. It never throws.
   */
  from(failed: Failed): CapillaryErrorOf<V['key'], E> | CapillaryErrorWithoutEntry;
}

/** The catalogs of the entry points imported: a key is an error's key when one of them has it. */
const catalogs: Catalog[] = [];
/** Marks a construction from a failure (`from`), which a caller cannot pass. */
const fromFailure = Symbol('fromFailure');

interface FailureDetails {
  readonly entry: EntryShape | undefined;
  readonly params: Readonly<LooseParams>;
  readonly message: string;
  readonly failure: ReadStatus | undefined;
  readonly statuses: readonly ReadStatus[];
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly httpStatus: number | undefined;
}

/** The registered entry of a key, the very object given where it is one. */
function entryFor(keyOrEntry: unknown): EntryShape | undefined {
  const key = typeof keyOrEntry === 'object' && keyOrEntry !== null ? read(keyOrEntry, 'key') : keyOrEntry;
  if (typeof key !== 'string') return undefined;
  let found: EntryShape | undefined;
  for (const catalog of catalogs) {
    const keyed = catalog.byKey();
    if (!Object.hasOwn(keyed, key)) continue;
    if (keyed[key] === keyOrEntry) return keyed[key];
    found ??= keyed[key];
  }
  return found;
}

/** Failures (and the failure an error names: the first sure one, else the first) of what `from` was given. */
function failuresOf(failed: unknown): { statuses: readonly ReadStatus[]; httpStatus: number | undefined } {
  const failures = read(failed, 'failures');
  if (Array.isArray(failures)) {
    const httpStatus = read(failed, 'httpStatus');
    return { statuses: failures as ReadStatus[], httpStatus: typeof httpStatus === 'number' ? httpStatus : undefined };
  }
  if (read(failed, 'resolution') !== undefined) return { statuses: [failed as ReadStatus], httpStatus: undefined };
  const status = read(failed, 'status');
  return { statuses: read(failed, 'ok') === false && typeof status === 'object' && status !== null ? [status as ReadStatus] : [], httpStatus: undefined };
}

/** One line a log can carry about a failure: code, key or why there is none, path, the server's words. */
function describeFailure(status: ReadStatus | undefined, entry: EntryShape | undefined): string {
  if (!status) return 'no status in the body';
  const code = typeof status.code === 'number' ? String(status.code) : 'no code';
  const resolution = read(status, 'resolution');
  const named = entry ? entry.key : read(resolution, 'status') === 'unknown' ? 'not in the catalog' : read(resolution, 'status') === 'ambiguous' ? 'ambiguous' : 'the text differs from the entry';
  const said = typeof status.message === 'string' ? ` ${quoted(clip(status.message, 200))}` : '';
  return `${code} (${named}) at ${status.path || 'the body'}${said}`;
}

function logMessage(details: Omit<FailureDetails, 'message' | 'params'> & { readonly partly: boolean }): string {
  const { statuses, failure, entry, httpStatus, retryable, retryAfterMs: after } = details;
  const http = httpStatus === undefined ? '' : ` (HTTP ${httpStatus})`;
  const more = statuses.length > 1 ? `; ${statuses.length - 1} more failure${statuses.length > 2 ? 's' : ''}` : '';
  const retry = retryable ? `retryable${after === undefined ? '' : ` after ${after} ms`}` : 'not retryable';
  return `Capillary request ${details.partly ? 'partly ' : ''}failed${http}: ${describeFailure(failure, entry)}${more}; ${retry}`;
}

function detailsFrom(failed: unknown): FailureDetails {
  const { statuses, httpStatus } = safely(() => failuresOf(failed), () => ({ statuses: [], httpStatus: undefined }));
  const sure = statuses.find((status) => sureEntry(read(status, 'resolution')) !== undefined);
  const failure = sure ?? statuses[0];
  const entry = sure && sureEntry<EntryShape>(read(sure, 'resolution'));
  const params = (entry && (read(read(sure, 'resolution'), 'params') as Readonly<LooseParams> | undefined)) ?? Object.freeze({});
  const retryable = isRetryable(failed);
  const details = { entry, failure, statuses, httpStatus, retryable, retryAfterMs: retryAfterMs(failed) };
  return { ...details, params, message: logMessage({ ...details, partly: read(failed, 'outcome') === 'partial' }) };
}

class CapillaryError extends Error {
  override readonly name = 'CapillaryError';
  // Declared, not class fields: the constructor sets each once, and a field would add its own definition.
  declare readonly key: string | undefined;
  declare readonly code: number | undefined;
  declare readonly category: EntryShape['category'];
  declare readonly resource: EntryShape['resource'] | undefined;
  declare readonly params: Readonly<LooseParams>;
  declare readonly entry: EntryShape | undefined;
  declare readonly kind: Kind | undefined;
  declare readonly retryable: boolean;
  declare readonly retryAfterMs: number | undefined;
  declare readonly serverMessage: string | undefined;
  declare readonly path: string | undefined;
  declare readonly httpStatus: number | undefined;
  declare readonly statuses: readonly ReadStatus[];

  constructor(keyOrEntry: unknown, params?: unknown, options?: unknown) {
    let details: FailureDetails;
    if (keyOrEntry === fromFailure) {
      details = params as FailureDetails;
    } else {
      const entry = entryFor(keyOrEntry);
      if (!entry) {
        // What cannot be read counts as not given.
        const key = typeof keyOrEntry === 'object' && keyOrEntry !== null ? read(keyOrEntry, 'key') : keyOrEntry;
        throw new TypeError(`CapillaryError expects a key of the catalog, got ${describe(key)}`);
      }
      const given = Object.freeze(safely(() => ({ ...(params as object) }), () => ({})));
      const message = format(entry as never, given as never, { messages: read(options, 'messages') as Messages | undefined });
      details = { entry, params: given, message, failure: undefined, statuses: [], retryable: entry.retryable === true, retryAfterMs: undefined, httpStatus: undefined };
    }
    // `Object` boxes what is not an object, so `in` never throws for it; a proxy's trap still may.
    const cause = safely(() => ('cause' in Object(options) ? { cause: (options as { cause?: unknown }).cause } : undefined), () => undefined);
    super(details.message, cause);
    const { entry, failure } = details;
    this.key = entry?.key;
    this.code = entry?.code;
    this.category = failure?.category ?? entry?.category ?? 'error';
    this.resource = entry?.resource;
    this.params = details.params;
    this.entry = entry;
    this.kind = entry?.kind;
    this.retryable = details.retryable;
    this.retryAfterMs = details.retryAfterMs;
    this.serverMessage = failure?.message;
    this.path = failure?.path;
    this.httpStatus = details.httpStatus;
    this.statuses = details.statuses;
    Object.defineProperty(this, errorBrand, { value: true });
    Object.defineProperty(this, fromFailure, { value: failure });
  }

  toJSON() {
    const { name, message, key, code, category, resource, params, kind, retryable, serverMessage, path, httpStatus } = this;
    const docs = read(this.entry, 'docs');
    return {
      name,
      message,
      ...(key !== undefined && { key, code, category, resource }),
      ...(key === undefined && { category }),
      params,
      ...(kind !== undefined && { kind }),
      retryable,
      ...(serverMessage !== undefined && { serverMessage }),
      ...(path !== undefined && { path }),
      ...(httpStatus !== undefined && { httpStatus }),
      ...(typeof docs === 'string' && { docs }),
    };
  }

  toProblem(options?: ProblemOptions): Problem {
    const { entry, kind, retryable, httpStatus } = this;
    const status = httpStatus !== undefined && httpStatus >= 400 ? httpStatus : kind ? statusOfKind[kind] : 500;
    const failure = (this as unknown as Record<symbol, ReadStatus | undefined>)[fromFailure];
    const shown = {
      serverText: read(options, 'serverText') === 'show' ? ('show' as const) : ('hide' as const),
      messages: read(options, 'messages') as Messages | undefined,
      fallback: read(options, 'fallback') as string | undefined,
    };
    // An error built from a key has no status read: its entry, as a sure resolution, says the same.
    const said = failure ?? (entry && { status: 'resolved' as const, entry, params: this.params as Readonly<Record<string, string>>, text: 'none' as const });
    const detail = said ? userMessage(said, shown) : typeof shown.fallback === 'string' ? shown.fallback : undefined;
    const docs = read(entry, 'docs');
    const instance = read(options, 'instance');
    return {
      type: typeof docs === 'string' ? docs : 'about:blank',
      title: entry ? entry.message : (reasonPhrases[status] ?? 'Capillary request failed'),
      status,
      ...(detail !== undefined && { detail }),
      ...(typeof instance === 'string' && { instance }),
      ...(entry && { code: entry.code, key: entry.key }),
      ...(kind !== undefined && { kind }),
      retryable,
    };
  }

  static is(value: unknown): boolean {
    return read(value, errorBrand) === true;
  }

  /**
   * `instanceof CapillaryError` reads the brand: the root entry is built as one file for its
   * import time, so it holds its own copy of this class beside the views' shared one, and an
   * app may hold two copies of the package. A subclass keeps the ordinary prototype check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return this === CapillaryError ? CapillaryError.is(value) : Function.prototype[Symbol.hasInstance].call(this, value);
  }

  static from(failed: unknown): CapillaryError {
    return new CapillaryError(fromFailure, detailsFrom(failed));
  }
}

/**
 * Registers an entry point's catalog and gives the package's one CapillaryError class, typed
 * as that entry point's (`CapillaryErrorClass`). Each entry point calls it once, marked pure:
 * a bundle that never uses the class drops the call.
 * @example
 * export const CapillaryError: CapillaryErrorClass<Keyed, Entries> = registered(data);
 */
export function registered<C>(catalog: Catalog): C {
  if (!catalogs.includes(catalog)) catalogs.push(catalog);
  return CapillaryError as C;
}

/**
 * Throws the `CapillaryError` of a reading that is not ok (`CapillaryError.from(reading)`);
 * returns the reading otherwise.
 * @example
 * const reading = assertOk(readResponse(await response.json(), { httpStatus: response.status, headers: response.headers }));
 */
export function assertOk<R extends ResponseReading<EntryShape> | ItemReading<EntryShape>>(reading: R): R {
  if (read(reading, 'ok') !== true) throw CapillaryError.from(reading);
  return reading;
}
