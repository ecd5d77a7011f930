import type { Api, Category, EntryShape, Resource } from './codes/index.js';
import { apiOf, codeOf, flagOf, isList, maxReads, readBare, resourceOf, type Bag } from './body-shape.js';
import { endpointFacts, type EndpointHint } from './hints.js';
import { findIn, resolveIn, type Lookup, type Resolution } from './lookup.js';
import { read as readField } from './safely.js';
import { maxHoles, pathOf, walk, type Frame, type Visitor } from './walk.js';

/**
 * Reading whole responses: `readStatuses` finds every status in a Capillary response and
 * resolves it. The walk (src/walk.ts) finds where statuses are, the body's shape
 * (src/body-shape.ts) says what they hold; here each is read and resolved. No zod here (zod
 * only validates, in `capillary-codes/zod`); the root entry and every view export it over
 * their own catalog.
 */

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

/** What a caller knows about a response; every field may be `undefined` (not given). */
export interface ReadHints {
  /** The resource the request went to; inferred from a v1.1 body (`response.customers` ...) when not given. */
  readonly resource?: Resource | undefined;
  /** The response surface; inferred from the body's shape when not given. */
  readonly api?: Api | undefined;
  /** The operation the request made (`'register'`, `'get'` ...): it tells apart success codes shared by several. */
  readonly operation?: string | undefined;
  /**
   * The request made: an `Endpoint` of `capillary-codes/endpoints`, or its id or a concrete
   * `'POST https://…/v2/customers'` once that entry is imported. Its page's entries decide the
   * codes it documents; it implies the resource and the api.
   */
  readonly endpoint?: EndpointHint | undefined;
}

/** A bound on the answer's size: no real response comes near. */
const maxStatuses = 1 << 20;
/** Longer messages are not compared: no catalog text comes near, and comparing is linear. */
const maxCompared = 4096;

/** Reads one response; every read of the payload may throw (getters, proxies), so each is guarded. */
class Reader implements Visitor {
  readonly found: ReadStatus[] = [];
  /** Item boundaries, when asked (`readResponse`): each batch item's path, in body order. */
  readonly itemPaths: string[] | undefined;
  /** Per status found, the index of its item in `items`, or -1; kept only with `items`. */
  readonly itemOf: number[] | undefined;
  reads = maxReads;
  private readonly resolutions = new Map<string, Resolution>();

  constructor(
    private readonly lookup: Lookup,
    private readonly hints: { readonly resource: Resource | undefined; readonly api: Api | undefined; readonly operation: string | undefined; readonly endpoint: EndpointHint | undefined },
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
    const message = readField(bag, 'message');
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
      message = readField(value as Bag, 'message');
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
  const given = (name: keyof ReadHints) => readField(hints, name);
  const endpoint = given('endpoint') as EndpointHint | undefined;
  // A known endpoint says the resource and api better than the body's shape, which is only a guess.
  const implied = endpointFacts(endpoint);
  const resource = (given('resource') as Resource | undefined) ?? (implied?.resource as Resource | undefined) ?? resourceOf(payload);
  const api = (given('api') as Api | undefined) ?? (implied?.api as Api | undefined) ?? apiOf(payload);
  const operation = given('operation') as string | undefined;
  const reader = new Reader(lookup, { resource, api, operation, endpoint }, trackItems);
  try {
    if (typeof payload === 'object' && payload !== null) walk(payload, reader);
  } catch {
    // Out of memory on a hostile payload: what was found so far stands.
  }
  return reader;
}
