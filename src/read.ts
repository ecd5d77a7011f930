import type { Api, Category, EntryShape, Resource } from './codes/index.js';
import { findIn, parseCode, resolveIn, type Lookup, type Resolution } from './lookup.js';
import { safely } from './safely.js';

/**
 * Reading whole responses: `readStatuses` finds every status in a Capillary response and
 * resolves it. No zod here (zod only validates, in `capillary-codes/zod`); the root entry and
 * every view export it over their own catalog.
 */

type Bag = Record<string, unknown>;

// ---------------------------------------------------------------------------------------
// Normalizers shared by the schemas and the walker: one reading of the wire, not two.

/** Whether a value is an array; a revoked proxy throws even from `Array.isArray`, and is none. */
const isList = (value: unknown): value is readonly unknown[] => safely(() => Array.isArray(value), () => false);

/** `true`/`false` as booleans or as the text v1.1 sends; anything else is no flag. */
export function readFlag(value: unknown): boolean | undefined {
  return value === true || value === 'true' ? true : value === false || value === 'false' ? false : undefined;
}

/** A bare list item: a code when it reads as one, otherwise the text of a message. */
export function readBare(value: string | number): { code: number } | { message: string } {
  const code = parseCode(value);
  return code === undefined ? { message: String(value) } : { code };
}


/** What a walk (or a schema) reads at most: a bound on runaway proxies, getters and sparse arrays. */
export const maxReads = 1 << 23;

// ---------------------------------------------------------------------------------------
// readStatuses

/**
 * One status found in a response by `readStatuses`.
 * @example
 * const [status] = readStatuses({ errors: [{ status: false, code: '8015', message: 'Customer not found for the given identifiers' }] });
 * // { path: 'errors.0', category: 'error', code: 8015, message: 'Customer not found for the given identifiers',
 * //   resolution: { status: 'resolved', entry: entries.CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS, params: {}, text: 'exact' } }
 */
export interface ReadStatus<E extends EntryShape = EntryShape> {
  /** Where it was found, dotted: `'response.customers.customer.0.item_status'`, `'errors.0'`. */
  readonly path: string;
  /**
   * Where it was found: a warnings list, an errors list, or the success flag of its status
   * object. The resolved entry carries its own, which may differ (1017, an error, sent in a
   * v1.1 warnings list).
   */
  readonly category: Category;
  /** The code as a number; `undefined` when missing or not a code. */
  readonly code: number | undefined;
  /** The message as the server sent it. */
  readonly message: string | undefined;
  /** `resolve(code, { resource, category, api, operation, message })`. */
  readonly resolution: Resolution<E>;
}

/**
 * JSON has no holes: a run this long of missing items is a sparse array or a proxy lying
 * about its length, and the rest of that array is not read.
 */
const maxHoles = 1 << 16;
/** A bound on the answer's size: no real response comes near. */
const maxStatuses = 1 << 20;
/** Longer messages are not compared: no catalog text comes near, and comparing is linear. */
const maxCompared = 4096;

const node = 0;
const statusObject = 1;
const errorList = 2;
const warningList = 3;

interface Frame {
  readonly value: object;
  readonly key: string | number;
  readonly parent: Frame | undefined;
  readonly kind: number;
  /** An array's length once its items are being read; -1 before. */
  end: number;
  next: number;
  holes: number;
  /** The index of the batch item this value belongs to (`Reader.items`); -1 outside any item. */
  item: number;
}

function frameOf(value: object, key: string | number, parent: Frame | undefined, kind: number): Frame {
  return { value, key, parent, kind, end: -1, next: 0, holes: 0, item: parent ? parent.item : -1 };
}

/** A field of a status; one that cannot be read (a throwing getter) is a missing one. */
function field(bag: unknown, name: string): unknown {
  if (typeof bag !== 'object' || bag === null) return undefined;
  try {
    return (bag as Bag)[name];
  } catch {
    return undefined;
  }
}

function pathOf(frame: Frame, ...tail: (string | number)[]): string {
  const keys: (string | number)[] = [];
  for (let at: Frame | undefined = frame; at?.parent; at = at.parent) keys.push(at.key);
  return keys.reverse().concat(tail).join('.');
}

/** What a caller knows about a response; every field may be `undefined` (not given). */
export interface ReadHints {
  /** The resource the request went to; inferred from a v1.1 body (`response.customers` ...) when not given. */
  readonly resource?: Resource | undefined;
  /** The response surface; inferred from the body's shape when not given. */
  readonly api?: Api | undefined;
  /** The operation the request made (`'register'`, `'get'` ...): it tells apart success codes shared by several. */
  readonly operation?: string | undefined;
}

/** Reads one response; every read of the payload may throw (getters, proxies), so each is guarded. */
class Reader {
  readonly found: ReadStatus[] = [];
  /** Item boundaries, when asked (`readResponse`): each batch item's path, in body order. */
  readonly itemPaths: string[] | undefined;
  /** Per status found, the index of its item in `items`, or -1; kept only with `items`. */
  readonly itemOf: number[] | undefined;
  reads = maxReads;
  private readonly resolutions = new Map<string, Resolution>();

  constructor(
    private readonly lookup: Lookup,
    private readonly hints: { readonly resource: Resource | undefined; readonly api: Api | undefined; readonly operation: string | undefined },
    trackItems: boolean,
  ) {
    this.itemPaths = trackItems ? [] : undefined;
    this.itemOf = trackItems ? [] : undefined;
  }

  /** Marks a value as a batch item of its own, unless it lies inside one already (items do not nest). */
  startItem(frame: Frame): void {
    if (!this.itemPaths || frame.item >= 0) return;
    frame.item = this.itemPaths.length;
    this.itemPaths.push(pathOf(frame));
  }

  resolution(code: number | undefined, category: Category | undefined, message: string | undefined): Resolution {
    if (code === undefined) return resolveIn(this.lookup, undefined);
    const compared = message !== undefined && message.length <= maxCompared ? message : undefined;
    // Batches repeat the same few statuses; comparing text is the costly step, so do it once.
    const id = compared === undefined ? `${code}\u0000${category}` : `${code}\u0000${category}\u0000${compared}`;
    let known = this.resolutions.get(id);
    if (!known) {
      known = resolveIn(this.lookup, code, { ...this.hints, category, message: compared });
      this.resolutions.set(id, known);
    }
    return known;
  }

  add(frame: Frame, path: string, category: Category, code: number | undefined, message: string | undefined, resolution?: Resolution): void {
    if (this.found.length >= maxStatuses) {
      this.reads = 0;
      return;
    }
    this.found.push({ path, category, code, message, resolution: resolution ?? this.resolution(code, category, message) });
    this.itemOf?.push(frame.item);
  }

  /** A status object; its success flag (or v2 `status` flag) gives its category. */
  status(frame: Frame): void {
    const bag = frame.value as Bag;
    const code = codeOf(bag);
    const message = field(bag, 'message');
    const flag = flagOf(bag);
    const text = typeof message === 'string' ? message : undefined;
    const path = pathOf(frame);
    if (flag !== undefined) return this.add(frame, path, flag ? 'success' : 'error', code, text);
    // No flag: the catalog says where the code belongs when all its entries agree.
    const resolution = this.resolution(code, undefined, text);
    const same = code === undefined ? [] : findIn(this.lookup, code);
    const category = same.length && same.every((entry) => entry.category === same[0]!.category) ? same[0]!.category : 'error';
    this.add(frame, path, category, code, text, resolution);
  }

  /** An item of an errors or warnings list: a `{code, message}` object, a code, or a text; an object with neither is none. */
  item(frame: Frame, category: Category, value: unknown, tail: (string | number)[]): void {
    let code: number | undefined;
    let message: unknown;
    if (typeof value === 'string' || typeof value === 'number') {
      const bare = readBare(value);
      code = 'code' in bare ? bare.code : undefined;
      message = 'message' in bare ? bare.message : undefined;
    } else if (typeof value === 'object' && value !== null && !isList(value)) {
      code = codeOf(value as Bag);
      message = field(value as Bag, 'message');
      // `"warnings": [{}]` (a published v2 bulk response): a placeholder, no status.
      if (code === undefined && typeof message !== 'string') return;
    } else {
      return;
    }
    this.add(frame, pathOf(frame, ...tail), category, code, typeof message === 'string' ? message : undefined);
  }

  /** A list: `[...]`, `{"warning": [...]}` / `{"error": ...}`, or a single status object. */
  list(frame: Frame, category: Category): void {
    const value = frame.value as Bag;
    if (isList(value)) return this.items(frame, category, value, []);
    if ('code' in value) return this.item(frame, category, value, []);
    const inner = category === 'warning' ? 'warning' : 'error';
    const items = value[inner];
    if (isList(items)) this.items(frame, category, items, [inner]);
    else this.item(frame, category, items, [inner]);
  }

  private items(frame: Frame, category: Category, list: readonly unknown[], tail: (string | number)[]): void {
    for (let i = 0, holes = 0; i < list.length && --this.reads > 0; i++) {
      let item: unknown;
      try {
        item = list[i];
      } catch {
        // Read as a hole.
      }
      if (item === undefined) {
        if (++holes > maxHoles) break;
        continue;
      }
      holes = 0;
      this.item(frame, category, item, [...tail, i]);
    }
  }
}

/** A v1.1 body's `response` object, also under the `root` an XML conversion wraps it in. */
function v11Response(payload: unknown): object | undefined {
  const response = field(payload, 'response') ?? field(field(payload, 'root'), 'response');
  return typeof response === 'object' && response !== null && !isList(response) ? response : undefined;
}

/**
 * The response surface a body's shape shows: a `response` object or a bare `item_status` is
 * v1.1, `errors` or `warnings` lists are v2. Other shapes (v3, the API gateway's, a bare status)
 * show none, and a guess would narrow a shared code to the wrong resource's entry.
 */
function apiOf(payload: unknown): Api | undefined {
  if (v11Response(payload) || field(payload, 'item_status') !== undefined) return 'v1.1';
  return isList(field(payload, 'errors')) || isList(field(payload, 'warnings')) ? 'v2' : undefined;
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

function resourceOf(payload: unknown): Resource | undefined {
  const response = v11Response(payload);
  if (!response) return undefined;
  try {
    for (const key in response) if (Object.hasOwn(v11Parts, key)) return v11Parts[key];
  } catch {
    // A body that cannot be enumerated names no resource.
  }
  return undefined;
}

/** A status's code: `code`, else `error_code`/`errorCode` beside a code that is no number, else a numeric `status`. */
function codeOf(bag: Bag): number | undefined {
  const code = parseCode(field(bag, 'code'));
  if (code !== undefined) return code;
  const named = parseCode(field(bag, 'error_code')) ?? parseCode(field(bag, 'errorCode'));
  if (named !== undefined) return named;
  // `{ "status": 404, "message": "..." }`: an HTTP status in the body; a flag (`true`) is no code.
  const status = field(bag, 'status');
  return typeof status === 'number' || typeof status === 'string' ? parseCode(status) : undefined;
}

/** The success flag of a status: v1.1 `success`, v2 `status`, as booleans or text. */
function flagOf(bag: Bag): boolean | undefined {
  return readFlag(field(bag, 'success')) ?? readFlag(field(bag, 'status'));
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
function isStatusObject(value: object, key: string | number): boolean {
  try {
    if (isList(value)) return false;
    if (key === 'item_status') return true;
    const bag = value as Bag;
    const code = codeOf(bag);
    const flag = flagOf(bag);
    if (typeof key === 'string' && statusKey.test(key)) return code !== undefined || readFlag(field(bag, 'success')) !== undefined;
    return code !== undefined && (typeof field(bag, 'message') === 'string' || flag !== undefined);
  } catch {
    return false;
  }
}

/** Keys whose value is a list of errors or warnings (`warningsAsStatusCode`: v2 coupon redemptions). */
const listKinds: Readonly<Record<string, number>> = { errors: errorList, warnings: warningList, warningsAsStatusCode: warningList };

function walk(payload: object, reader: Reader): void {
  // Weak: objects a proxy or getter makes up on each read are not kept alive by the walk.
  const seen = new WeakSet<object>([payload]);
  const stack: Frame[] = [frameOf(payload, '', undefined, isStatusObject(payload, '') ? statusObject : node)];
  while (stack.length && reader.reads > 0) {
    const frame = stack[stack.length - 1]!;
    const { value, kind } = frame;
    try {
      if (frame.end >= 0) {
        // An array is read one item per turn, so the stack holds its depth, not its breadth.
        const i = frame.next++;
        if (i >= frame.end || frame.holes > maxHoles) {
          stack.pop();
          continue;
        }
        reader.reads -= 1;
        let child: unknown;
        try {
          child = (value as unknown[])[i];
        } catch {
          // Read as a hole.
        }
        if (child === undefined) frame.holes += 1;
        else frame.holes = 0;
        if (typeof child === 'object' && child !== null && !seen.has(child)) {
          seen.add(child);
          const element = frameOf(child, i, frame, isStatusObject(child, i) ? statusObject : node);
          // A batch item: an element of the body itself, of a v2 batch's top-level `response[]`, of
          // `entity[]` / `data[]`, or a status in a list.
          if (reader.itemPaths && (element.kind === statusObject || frame.parent === undefined || (frame.key === 'response' && frame.parent.parent === undefined) || frame.key === 'entity' || frame.key === 'data')) {
            reader.startItem(element);
          }
          stack.push(element);
        }
        continue;
      }
      stack.pop();
      if (kind === errorList || kind === warningList) {
        reader.list(frame, kind === errorList ? 'error' : 'warning');
        continue;
      }
      if (kind === statusObject) reader.status(frame);
      if (isList(value)) {
        frame.end = value.length;
        stack.push(frame);
        continue;
      }
      // Binary data holds no statuses, and enumerating a large buffer would cost its length.
      if (ArrayBuffer.isView(value)) continue;
      const first = stack.length;
      let holdsItemStatus = false;
      for (const key in value) {
        if (--reader.reads <= 0) break;
        let child: unknown;
        try {
          child = (value as Bag)[key];
        } catch {
          continue;
        }
        if (typeof child !== 'object' || child === null || seen.has(child)) continue;
        seen.add(child);
        const childKind = Object.hasOwn(listKinds, key) ? listKinds[key]! : isStatusObject(child, key) ? statusObject : node;
        // A v1.1 `item_status`, or a status of a list's element (`rewardIssueTransactions[i].status`), makes its holder an item.
        if (childKind === statusObject && (key === 'item_status' || typeof frame.key === 'number')) holdsItemStatus = true;
        stack.push(frameOf(child, key, frame, childKind));
      }
      if (holdsItemStatus && reader.itemPaths && frame.item < 0) {
        reader.startItem(frame);
        for (let at = first; at < stack.length; at++) stack[at]!.item = frame.item;
      }
      // Keys were pushed first to last; reversed, the first key is read first.
      for (let low = first, high = stack.length - 1; low < high; low++, high--) {
        const swap = stack[low]!;
        stack[low] = stack[high]!;
        stack[high] = swap;
      }
    } catch {
      // An object that cannot be enumerated (a revoked proxy, a throwing trap) is skipped.
    }
  }
}

/**
 * Every status in a Capillary response, resolved. Reads a v1.1 payload (a root `response`
 * object: `response.status`, each `item_status` whether `customer` is a list or one object,
 * and its `warnings`) or a v2 payload (`errors[]`, `warnings[]`, nested `status` objects, at
 * any depth, batch arrays included), in document order.
 *
 * `category` is where a status was found: a warnings list, an errors list, or its success
 * flag (a status object without one takes its code's category where the catalog agrees,
 * else `'error'`). Each status is resolved with its code, that category, the API of the
 * payload and its message, so rewordings and duplicated codes resolve (or stay `ambiguous`).
 *
 * It never throws: on `null`, text, numbers, cyclic objects, throwing getters or proxies it
 * returns what it could read (often `[]`). An object reached twice (a cycle, a shared part)
 * is read once, at its first path. Limits:
 * - nesting depth: none but memory (the walk is iterative, not recursive);
 * - it reads at most 2^23 values in all (any JSON text up to 16 MB is read whole), and
 *   returns at most 2^20 statuses: bounds for proxies and getters that make up data;
 * - it stops reading an array after 65,536 missing items in a row (a sparse array, a proxy
 *   lying about its length);
 * - a message longer than 4,096 characters is returned but not compared with the catalog;
 * - a key containing a dot makes an ambiguous path.
 * @example
 * readStatuses({
 *   response: {
 *     status: { success: 'true', code: 200, message: 'SUCCESS' },
 *     customers: { customer: { item_status: { success: 'true', code: '1000', message: 'Customer successfully retrieved', warnings: { warning: ['91017'] } } } },
 *   },
 * }).map(({ path, resolution }) => [path, resolution.status === 'unknown' ? undefined : resolution.entry.key]);
 * // [['response.status', undefined],
 * //  ['response.customers.customer.item_status', 'CUSTOMER_RETRIEVED'],
 * //  ['response.customers.customer.item_status.warnings.warning.0', 'WEB_ENGAGE_PROFILE_MISSING']]
 */
export function readStatusesIn<E extends EntryShape>(lookup: Lookup<E>, payload: unknown, hints?: ReadHints): ReadStatus<E>[] {
  return read(lookup, payload, hints, false).found as ReadStatus<E>[];
}

/** What `readResponse` builds on: the statuses of `readStatuses`, and the batch items they belong to. */
export interface ItemsRead<E extends EntryShape = EntryShape> {
  readonly statuses: ReadStatus<E>[];
  /** Each item's path, in body order: a v1.1 `item_status`'s holder, an element of a batch array, `entity[]` or `data[]`. */
  readonly items: readonly string[];
  /** Per status, the index of its item in `items`, or -1 for a status outside every item. */
  readonly itemOf: readonly number[];
}

/**
 * `readStatuses` with the item boundaries its walk passes: the same statuses, in the same
 * order, and for each the batch item (if any) it was found in. It never throws.
 * @example
 * readItemsIn(lookup, [{ errors: [{ code: 8015 }] }, { entity: { id: 1 } }]);
 * // { statuses: [<errors.0 of item 0>], items: ['0', '1'], itemOf: [0] }
 */
export function readItemsIn<E extends EntryShape>(lookup: Lookup<E>, payload: unknown, hints?: ReadHints): ItemsRead<E> {
  const reader = read(lookup, payload, hints, true);
  return { statuses: reader.found as ReadStatus<E>[], items: reader.itemPaths!, itemOf: reader.itemOf! };
}

function read(lookup: Lookup, payload: unknown, hints: ReadHints | undefined, trackItems: boolean): Reader {
  const given = (name: keyof ReadHints) => field(hints, name);
  const resource = (given('resource') as Resource | undefined) ?? resourceOf(payload);
  const api = (given('api') as Api | undefined) ?? apiOf(payload);
  const operation = given('operation') as string | undefined;
  const reader = new Reader(lookup, { resource, api, operation }, trackItems);
  try {
    if (typeof payload === 'object' && payload !== null) walk(payload, reader);
  } catch {
    // Out of memory on a hostile payload: what was found so far stands.
  }
  return reader;
}
