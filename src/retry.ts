import type { EntryShape } from './codes/index.js';
import { isSure, type Resolution } from './lookup.js';
import { read, safely } from './safely.js';

/**
 * Retries: whether the same request may succeed later, and when. A sure entry decides by its
 * `retryable`; where none explains a failure, HTTP semantics do (RFC 9110, RFC 6585). The
 * `Retry-After` header gives the delay.
 */

/** The brand every CapillaryError carries (src/errors.ts): `Symbol.for`, so every copy and view shares it. */
export const errorBrand: unique symbol = /* @__PURE__ */ Symbol.for('capillary-codes.CapillaryError') as never;

/**
 * The entry of a sure resolution (resolved, text `exact`, `close` or `none`: DESIGN.md 0.3
 * "Sure"), else `undefined`. Only a sure entry's `kind`, `retryable` and wording decide anything.
 * @example
 * sureEntry(resolve(618)); // entries.CUSTOMER_MARKED_AS_FRAUD
 * sureEntry(resolve(1300)); // undefined: ambiguous
 */
export function sureEntry<E extends EntryShape>(resolution: Resolution<E> | unknown): E | undefined {
  if (!isSure(resolution)) return undefined;
  const entry = read(resolution, 'entry');
  return typeof entry === 'object' && entry !== null ? (entry as E) : undefined;
}

/** What a retry decision says: may the same request succeed later, and why (one sentence for a log). */
export interface RetryAdvice {
  readonly retryable: boolean;
  /** How long to wait first, from the response's `Retry-After` header; only on retryable advice. */
  readonly afterMs?: number;
  readonly reason: string;
}

/** HTTP statuses that say the same request may succeed later: timeout, rate limit, gateway and availability failures. */
const retryableHttp: ReadonlySet<number> = /* @__PURE__ */ new Set([408, 429, 502, 503, 504]);

/** A valid HTTP status (an integer from 100 to 599), else `undefined`. */
export function httpStatusOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599 ? value : undefined;
}

/**
 * Retry advice where no sure entry explains a failure: HTTP semantics. 408, 429, 502, 503 and
 * 504 are retryable; other 4xx are not; a 500 is as the request-level entry says (where it is
 * sure); anything else is not known to be temporary.
 * @example
 * httpAdvice(503, 'no status in the body', undefined); // { retryable: true, reason: 'HTTP 503 and no status in the body: a 503 may succeed later' }
 */
export function httpAdvice(httpStatus: number | undefined, what: string, requestEntry: EntryShape | undefined, source = `HTTP ${httpStatus}`): RetryAdvice {
  if (httpStatus === undefined) return { retryable: false, reason: `${capitalized(what)} and no HTTP status: nothing says the failure is temporary` };
  if (retryableHttp.has(httpStatus)) return { retryable: true, reason: `${source} and ${what}: a ${httpStatus} may succeed later` };
  if (httpStatus === 500 && requestEntry) {
    const retryable = requestEntry.retryable === true;
    return { retryable, reason: `${source} and ${what}: the request-level ${requestEntry.key} is ${retryable ? '' : 'not '}retryable` };
  }
  if (httpStatus >= 400 && httpStatus < 500) return { retryable: false, reason: `${source} and ${what}: a ${httpStatus} fails again unchanged` };
  return { retryable: false, reason: `${source} and ${what}: nothing says the failure is temporary` };
}

/**
 * Retry advice from a sure entry.
 * @example
 * entryAdvice(entries.CUSTOMER_MARKED_AS_FRAUD); // { retryable: false, reason: 'CUSTOMER_MARKED_AS_FRAUD is not retryable (permission-denied)' }
 */
export function entryAdvice(entry: EntryShape): RetryAdvice {
  const retryable = entry.retryable === true;
  return { retryable, reason: `${entry.key} is ${retryable ? '' : 'not '}retryable${entry.kind ? ` (${entry.kind})` : ''}` };
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Header values the library reads, whatever shape the headers come in. */
export type HeaderValue = string | number | readonly string[] | null | undefined;

/**
 * Response headers as callers hold them: fetch's `Headers` (or anything with a
 * case-insensitive `get`), a `Map`, or a plain object such as Node's `IncomingHttpHeaders`.
 * Names are matched in any case.
 */
export type HeadersLike =
  | { get(name: string): string | null | undefined }
  | ReadonlyMap<string, HeaderValue>
  | { readonly [name: string]: HeaderValue };

/** Headers are read up to this many names: a bound for a proxy or a hostile object. */
const maxHeaderNames = 1024;

/** A header's first value as text, whatever the headers' shape; `undefined` where absent or unreadable. */
export function headerOf(headers: unknown, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  const lower = name.toLowerCase();
  return safely(() => {
    if (headers instanceof Map) {
      let seen = 0;
      for (const [key, value] of headers) {
        if (++seen > maxHeaderNames) break;
        if (typeof key === 'string' && key.toLowerCase() === lower) return textOf(value);
      }
      return undefined;
    }
    const get = (headers as { get?: unknown }).get;
    if (typeof get === 'function') return textOf(get.call(headers, lower));
    let seen = 0;
    for (const key in headers) {
      if (++seen > maxHeaderNames) break;
      if (key.toLowerCase() === lower) return textOf((headers as Record<string, unknown>)[key]);
    }
    return undefined;
  }, () => undefined);
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
}

/** Delays beyond this (a day) are no retry advice but a broken header. */
const maxDelayMs = 86_400_000;

/**
 * The delay a `Retry-After` value asks for, in milliseconds: delay-seconds or an HTTP date
 * (RFC 9110 section 10.2.3); a date in the past is 0. `undefined` for anything else, or a
 * delay of more than a day.
 * @example
 * retryAfterHeaderMs('120'); // 120000
 * retryAfterHeaderMs('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:00 GMT')); // 60000
 */
export function retryAfterHeaderMs(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined || value.length > 64) return undefined;
  const text = value.trim();
  if (/^[0-9]+$/.test(text)) {
    const ms = Number(text) * 1000;
    return ms <= maxDelayMs ? ms : undefined;
  }
  // An HTTP date names its weekday and its zone: bare numbers or words are no date.
  if (!/^[A-Za-z]{3},? .*\d{2}:\d{2}:\d{2} (?:GMT|UTC)$/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  const ms = Math.max(0, at - now);
  return ms <= maxDelayMs ? ms : undefined;
}

/** What `isRetryable` and `retryAfterMs` read from a value: its advice, where it is one of the library's answers. */
function adviceOf(value: unknown): { retryable: boolean; afterMs: number | undefined } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  // A CapillaryError: its own fields.
  if (read(value, errorBrand) === true) {
    const afterMs = read(value, 'retryAfterMs');
    return { retryable: read(value, 'retryable') === true, afterMs: typeof afterMs === 'number' ? afterMs : undefined };
  }
  // A ResponseReading or an ItemReading: its retry advice.
  const retry = read(value, 'retry');
  const retryable = read(retry, 'retryable');
  if (typeof retryable === 'boolean') {
    const afterMs = read(retry, 'afterMs');
    return { retryable, afterMs: typeof afterMs === 'number' ? afterMs : undefined };
  }
  // A ReadStatus: a failure its sure entry says is retryable.
  const resolution = read(value, 'resolution');
  if (resolution !== undefined) {
    if (read(value, 'category') === 'success') return { retryable: false, afterMs: undefined };
    return { retryable: sureEntry(resolution)?.retryable === true, afterMs: undefined };
  }
  // A Resolution: its entry, where sure.
  const status = read(value, 'status');
  if (status === 'resolved' || status === 'ambiguous' || status === 'unknown') return { retryable: sureEntry(value)?.retryable === true, afterMs: undefined };
  // An entry.
  if (typeof read(value, 'key') === 'string' && typeof read(value, 'code') === 'number' && typeof read(value, 'category') === 'string') {
    return { retryable: read(value, 'retryable') === true, afterMs: undefined };
  }
  return undefined;
}

/**
 * Whether the same request may succeed later, for a `CapillaryError`, a `ResponseReading`, an
 * `ItemReading`, a `ReadStatus`, a `Resolution` or an entry; `false` for anything else. Made
 * for retry libraries: p-retry's `shouldRetry: ({ error }) => isRetryable(error)`, cockatiel's
 * `handleWhen(isRetryable)`. It never throws.
 * @example
 * isRetryable(readResponse('<html>…</html>', { httpStatus: 503 })); // true
 * isRetryable(entries.CUSTOMER_MARKED_AS_FRAUD); // false
 * isRetryable(new Error('socket hang up')); // false: not an answer of this library
 */
export function isRetryable(value: unknown): boolean {
  return adviceOf(value)?.retryable === true;
}

/**
 * How long to wait before retrying, in milliseconds, from the response's `Retry-After`
 * header, for a retryable `CapillaryError`, `ResponseReading` or `ItemReading`; `undefined`
 * where there is no such header, the value is not retryable, or it is anything else.
 * @example
 * retryAfterMs(readResponse(undefined, { httpStatus: 429, headers: { 'Retry-After': '2' } })); // 2000
 * retryAfterMs(entries.CUSTOMER_MARKED_AS_FRAUD); // undefined
 */
export function retryAfterMs(value: unknown): number | undefined {
  const advice = adviceOf(value);
  return advice?.retryable ? advice.afterMs : undefined;
}
