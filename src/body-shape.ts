import type { Api, Resource } from './codes/index.js';
import { parseCode } from './narrow.js';
import { read, safely } from './safely.js';

/**
 * What a response body's shape says, read one way for the walker (src/walk.ts) and the zod
 * schemas: which objects are statuses, a status's code and success flag, and the api and
 * resource a body shows. Every read of a payload may throw (getters, proxies): each is guarded.
 */

export type Bag = Record<string, unknown>;

/** What a walk (or a schema) reads at most: a bound on runaway proxies, getters and sparse arrays. */
export const maxReads = 1 << 23;

/** Whether a value is an array; a revoked proxy throws even from `Array.isArray`, and is none. */
export const isList = (value: unknown): value is readonly unknown[] => safely(() => Array.isArray(value), () => false);

/** `true`/`false` as booleans or as the text v1.1 sends; anything else is no flag. */
export function readFlag(value: unknown): boolean | undefined {
  return value === true || value === 'true' ? true : value === false || value === 'false' ? false : undefined;
}

/** A bare list item: a code when it reads as one, otherwise the text of a message. */
export function readBare(value: string | number): { code: number } | { message: string } {
  const code = parseCode(value);
  return code === undefined ? { message: String(value) } : { code };
}

/** A status's code: `code`, else `error_code`/`errorCode` beside a code that is no number, else a numeric `status`. */
export function codeOf(bag: Bag): number | undefined {
  const code = parseCode(read(bag, 'code'));
  if (code !== undefined) return code;
  const named = parseCode(read(bag, 'error_code')) ?? parseCode(read(bag, 'errorCode'));
  if (named !== undefined) return named;
  // `{ "status": 404, "message": "..." }`: an HTTP status in the body; a flag (`true`) is no code.
  const status = read(bag, 'status');
  return typeof status === 'number' || typeof status === 'string' ? parseCode(status) : undefined;
}

/** The success flag of a status: v1.1 `success`, v2 `status`, as booleans or text. */
export function flagOf(bag: Bag): boolean | undefined {
  return readFlag(read(bag, 'success')) ?? readFlag(read(bag, 'status'));
}

// Keys that name a status object: v1.1 `item_status`, `status`, `statusCode`, and v2's
// `couponStatus`, `redemptionStatus`, `partnerLinkStatus`, `updateStatus` ...
const statusKey = /^(?:item_status|status|statusCode|[a-z][A-Za-z0-9]*Status)$/;

/**
 * Whether an object is a status: an `item_status`; an object under a status key with a code
 * or a success flag; or, under any key or in any list, an object with a code and a message
 * or a flag (`data[]` items, `customerImage[]` items, a v1.1 `response` that is its own
 * status). Data has `code` fields of its own (a coupon's or a store's code, `{"code":
 * "store.till"}`): without a message or a flag beside it, such a code is no status. So is a
 * `status` object without a code or a flag (`{"label": "Active"}`).
 */
export function isStatusObject(value: object, key: string | number): boolean {
  try {
    if (isList(value)) return false;
    if (key === 'item_status') return true;
    const bag = value as Bag;
    const code = codeOf(bag);
    const flag = flagOf(bag);
    if (typeof key === 'string' && statusKey.test(key)) return code !== undefined || readFlag(read(bag, 'success')) !== undefined;
    return code !== undefined && (typeof read(bag, 'message') === 'string' || flag !== undefined);
  } catch {
    return false;
  }
}

/** A v1.1 body's `response` object, also under the `root` an XML conversion wraps it in. */
function v11Response(payload: unknown): object | undefined {
  const response = read(payload, 'response') ?? read(read(payload, 'root'), 'response');
  return typeof response === 'object' && response !== null && !isList(response) ? response : undefined;
}

/**
 * The response surface a body's shape shows: a `response` object or a bare `item_status` is
 * v1.1, `errors` or `warnings` lists are v2. Other shapes (v3, the API gateway's, a bare status)
 * show none, and a guess would narrow a shared code to the wrong resource's entry.
 */
export function apiOf(payload: unknown): Api | undefined {
  if (v11Response(payload) || read(payload, 'item_status') !== undefined) return 'v1.1';
  return isList(read(payload, 'errors')) || isList(read(payload, 'warnings')) ? 'v2' : undefined;
}

/** The resource of a v1.1 body's first part after `status` (`response.customers` ...), where it names one. */
const v11Parts: Readonly<Record<string, Resource>> = {
  customer: 'customers',
  customers: 'customers',
  subscriptions: 'customers',
  transaction: 'transactions',
  transactions: 'transactions',
  coupon: 'coupons',
  coupons: 'coupons',
  series: 'coupons',
  points: 'points',
  responses: 'points',
  validation_code: 'points',
  product: 'product',
  organization: 'organization',
  requests: 'requests',
  store: 'store',
  stores: 'store',
  report: 'store',
  tasks: 'tasks',
  email: 'communications',
  sms: 'communications',
};

/** The resource a v1.1 body names (`response.customers` ...), or `undefined`. */
export function resourceOf(payload: unknown): Resource | undefined {
  const response = v11Response(payload);
  if (!response) return undefined;
  try {
    for (const key in response) if (Object.hasOwn(v11Parts, key)) return v11Parts[key];
  } catch {
    // A body that cannot be enumerated names no resource.
  }
  return undefined;
}
