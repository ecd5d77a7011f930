import type { EntryShape } from './codes/index.js';
import type { Lookup } from './lookup.js';
import { readItemsIn, type ReadHints, type ReadStatus } from './read.js';
import { entryAdvice, headerOf, httpAdvice, httpStatusOf, retryAfterHeaderMs, sureEntry, type HeadersLike, type RetryAdvice } from './retry.js';
import { read } from './safely.js';

export type { HeadersLike, RetryAdvice };

/**
 * `readResponse`: the verdict on a whole response, built on the statuses and item boundaries
 * of `readStatuses`' walk (src/read.ts): which items failed, why, and whether to retry.
 */

/** What a caller knows about a response: the read hints, and the HTTP status and headers. Every field may be `undefined`. */
export interface ResponseHints extends ReadHints {
  /** The response's HTTP status (`response.status` of fetch). */
  readonly httpStatus?: number | undefined;
  /** The response's headers, for `Retry-After`: fetch's `Headers`, a `Map` or a plain object, names in any case. */
  readonly headers?: HeadersLike | undefined;
}

/** One item of a batch: a v1.1 `item_status`'s holder, an element of a v2 batch array, of `entity[]` or `data[]`. */
export interface ItemReading<E extends EntryShape = EntryShape> {
  /** Its place among the response's items, from 0, in body order. */
  readonly index: number;
  /** Where it is in the body, dotted: `'response.customers.customer.3'`, `'0'`. */
  readonly path: string;
  /** No error status was read in it (warnings never fail an item). */
  readonly ok: boolean;
  /** Its first failure, else its own status (an `item_status`), else `undefined`. */
  readonly status: ReadStatus<E> | undefined;
  readonly warnings: readonly ReadStatus<E>[];
  readonly retry: RetryAdvice;
}

/** The verdict on a response. */
export interface ResponseReading<E extends EntryShape = EntryShape> {
  /** `success`: nothing failed; `partial`: some items failed, some did not; `failure`: otherwise. */
  readonly outcome: 'success' | 'partial' | 'failure';
  /** `outcome === 'success'`. */
  readonly ok: boolean;
  /** The request-level status: v1.1 `response.status`, a gateway's top-level `status`. */
  readonly request: ReadStatus<E> | undefined;
  /** The batch's items, in body order. */
  readonly items: readonly ItemReading<E>[];
  /** The statuses that say why: the items' own first, the request-level summary last. */
  readonly failures: readonly ReadStatus<E>[];
  readonly warnings: readonly ReadStatus<E>[];
  /** Every status, as `readStatuses` gives them. */
  readonly statuses: readonly ReadStatus<E>[];
  readonly retry: RetryAdvice;
  /** The HTTP status given, where it is one (an integer from 100 to 599). */
  readonly httpStatus: number | undefined;
}

/** Where a request-level status sits: v1.1's (also under an XML conversion's `root`), a gateway's, a bare status body. */
const requestPaths: ReadonlySet<string> = /* @__PURE__ */ new Set(['response.status', 'root.response.status', 'status', '']);

const none: readonly never[] = /* @__PURE__ */ Object.freeze([]);
const succeeded: RetryAdvice = /* @__PURE__ */ Object.freeze({ retryable: false, reason: 'Nothing failed' });

/** The retry advice for some failures: the first sure one decides, else HTTP semantics. */
function adviceFor(failures: readonly ReadStatus[], httpStatus: number | undefined, request: ReadStatus | undefined, afterMs: number | undefined): RetryAdvice {
  let advice: RetryAdvice | undefined;
  for (const failure of failures) {
    const entry = sureEntry(failure.resolution);
    if (entry) {
      advice = entryAdvice(entry);
      break;
    }
  }
  if (!advice) {
    const what = failures.length ? 'no sure status in the body' : 'no status in the body';
    const requestEntry = request && sureEntry(request.resolution);
    // Where the HTTP status says nothing (none given, or v1.1's 200), an HTTP status in the body (`{ code: 503, message: 'Service Unavailable' }`) does.
    const inBody = httpStatus !== undefined && httpStatus >= 400 ? undefined : failures.find((failure) => httpStatusOf(failure.code) !== undefined && failure.code! >= 400)?.code;
    advice = inBody === undefined ? httpAdvice(httpStatus, what, requestEntry) : httpAdvice(inBody, what, requestEntry, `Code ${inBody} in the body`);
  }
  return advice.retryable && afterMs !== undefined ? { ...advice, afterMs } : advice;
}

/**
 * The verdict on a whole Capillary response: its outcome, its batch items (each `ok` or not,
 * with its status and warnings), the failures that say why (the items' own first, the
 * request-level summary last), its warnings (which never fail it), every status as
 * `readStatuses` reads them, and retry advice: a sure entry decides by its `retryable`; where
 * none explains a failure, the HTTP status does (408, 429, 502, 503, 504 retryable; other 4xx
 * not; a 500 as the request-level entry says), with `afterMs` from `Retry-After`.
 *
 * A status fails where it was found: an errors list, or a success flag `false` (a failed
 * item's 521 fails although its entry is a warning). A body that is no JSON object (a
 * gateway's HTML page, a string, `undefined`) is judged by the HTTP status alone. It never
 * throws, for any body, hints or headers.
 * @example
 * const reading = readResponseIn(lookup, await response.json(), { httpStatus: response.status, headers: response.headers });
 * if (!reading.ok) for (const item of reading.items) if (!item.ok) console.log(item.path, userMessage(item));
 */
export function readResponseIn<E extends EntryShape>(lookup: Lookup<E>, body: unknown, hints?: ResponseHints): ResponseReading<E> {
  const httpStatus = httpStatusOf(read(hints, 'httpStatus'));
  const { statuses, items: itemPaths, itemOf } = readItemsIn(lookup, body, hints);
  // Most items of a batch have no failure and no warning: their lists are made on the first one.
  const perItem = itemPaths.map(() => ({ failures: undefined as ReadStatus<E>[] | undefined, warnings: undefined as ReadStatus<E>[] | undefined, own: undefined as ReadStatus<E> | undefined }));
  const loose: ReadStatus<E>[] = [];
  const warnings: ReadStatus<E>[] = [];
  let request: ReadStatus<E> | undefined;
  for (let at = 0; at < statuses.length; at++) {
    const status = statuses[at]!;
    const item = perItem[itemOf[at]!];
    if (status.category === 'warning') {
      warnings.push(status);
      if (item) (item.warnings ??= []).push(status);
    } else if (item) {
      if (status.category === 'error') (item.failures ??= []).push(status);
      item.own ??= status;
    } else if (request === undefined && requestPaths.has(status.path)) {
      request = status;
    } else if (status.category === 'error') {
      loose.push(status);
    }
  }
  const afterMs = retryAfterHeaderMs(headerOf(read(hints, 'headers'), 'retry-after'));
  const requestFailed = request?.category === 'error';
  const itemFailures: ReadStatus<E>[] = [];
  const items = perItem.map(({ failures, warnings, own }, index): ItemReading<E> => {
    if (failures) itemFailures.push(...failures);
    return {
      index,
      path: itemPaths[index]!,
      ok: failures === undefined,
      status: failures?.[0] ?? own,
      warnings: warnings ?? none,
      retry: failures ? adviceFor(failures, httpStatus, request, afterMs) : succeeded,
    };
  });
  const failures = itemFailures.concat(loose, requestFailed ? [request!] : []);
  const httpFailed = httpStatus !== undefined && httpStatus >= 400;
  const someOk = items.some((item) => item.ok);
  const outcome = !failures.length && !httpFailed ? 'success' : someOk ? 'partial' : 'failure';
  return {
    outcome,
    ok: outcome === 'success',
    request,
    items,
    failures,
    warnings,
    statuses,
    retry: outcome === 'success' ? succeeded : adviceFor(failures, httpStatus, request, afterMs),
    httpStatus,
  };
}
