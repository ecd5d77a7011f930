import { entries, find, isKey, parseCode, resolve, type Api, type Category, type Entry, type Key, type Resolution } from 'capillary-codes';
import { z } from 'zod';

/**
 * The `capillary-codes/zod` entry: zod schemas for the wire as Capillary servers send it, and
 * `readStatuses`, which finds every status in a v1.1 or v2 response and resolves it. The root
 * is imported by name so that an app using both entries holds one catalog.
 *
 * `safeParse` of these schemas fails rather than throws on input that throws when read
 * (getters, proxies): each object schema is a pipe from a guard that reads the object first
 * into the loose object itself, whose shape is `schema.out.shape`.
 */

// ---------------------------------------------------------------------------------------
// Normalizers shared by the schemas and the walker: one reading of the wire, not two.

/** `true`/`false` as booleans or as the text v1.1 sends; anything else is no flag. */
function readFlag(value: unknown): boolean | undefined {
  return value === true || value === 'true' ? true : value === false || value === 'false' ? false : undefined;
}

/** A bare list item: a code when it reads as one, otherwise the text of a message. */
function readBare(value: string | number): { code: number } | { message: string } {
  const code = parseCode(value);
  return code === undefined ? { message: String(value) } : { code };
}

// ---------------------------------------------------------------------------------------
// Error messages: `<path>: expected <what>, received <what came>`. A message holds the path
// relative to the schema that finalized it, so a union can prefix its own path to a nested one.

type RawIssue = z.core.$ZodRawIssue;

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function' || typeof value === 'symbol') return `a ${typeof value}`;
  if (typeof value !== 'object') return String(value);
  if (value === null) return 'null';
  try {
    return Array.isArray(value) ? 'a list' : 'an object';
  } catch {
    return 'an object';
  }
}

function pathText(path: readonly PropertyKey[] | undefined): string {
  return path ? path.map(String).join('.') : '';
}

function say(path: readonly PropertyKey[] | undefined, detail: string): string {
  const at = pathText(path);
  return at ? `${at}: ${detail}` : detail;
}

const expecting = /* @__NO_SIDE_EFFECTS__ */ (expected: string) => ({
  error: (issue: RawIssue) => say(issue.path, `expected ${expected}, received ${describe(issue.input)}`),
});

/**
 * For a union: when every branch failed, the deepest failure inside one of them says more
 * than "none of the shapes fit"; without one, the union says what it expected.
 */
const expectingOneOf = /* @__NO_SIDE_EFFECTS__ */ (expected: string) => ({
  error(issue: RawIssue): string {
    let deepest: z.core.$ZodIssue | undefined;
    if (issue.code === 'invalid_union') {
      for (const branch of issue.errors) {
        for (const nested of branch) if (nested.path.length > (deepest?.path.length ?? 0)) deepest = nested;
      }
    }
    if (!deepest) return expecting(expected).error(issue);
    const at = pathText(issue.path);
    return at ? `${at}.${deepest.message}` : deepest.message;
  },
});

type Bag = Record<string, unknown>;

/** What a walk (or a schema) reads at most: a bound on runaway proxies, getters and sparse arrays. */
const maxReads = 1 << 23;

/**
 * Reads what zod is about to read (every key of an object, every item of a list), so that a
 * throwing getter, a proxy trap or a revoked proxy fails the parse instead of throwing out of
 * `safeParse`. Anything but an object passes, for zod to judge.
 */
function readable(value: unknown, keys: readonly string[]): boolean {
  try {
    if (typeof value !== 'object' || value === null) return true;
    if (Array.isArray(value)) {
      // A proxy can claim any length; zod would read every index of it.
      if (value.length > maxReads) return false;
      for (let i = 0; i < value.length; i++) void value[i];
      return true;
    }
    for (const key in value) void (value as Bag)[key];
    for (const key of keys) void (value as Bag)[key];
    return true;
  } catch {
    return false;
  }
}

const readableAs = /* @__NO_SIDE_EFFECTS__ */ (expected: string, keys: readonly string[] = []) =>
  z.custom<unknown>((value) => readable(value, keys), {
    abort: true,
    error: (issue: RawIssue) => say(issue.path, `expected ${expected}, received one that cannot be read (a throwing getter or proxy)`),
  });

/** A loose object schema that fails, never throws, on an object that cannot be read. */
const record = /* @__NO_SIDE_EFFECTS__ */ <Shape extends z.core.$ZodLooseShape>(shape: Shape, expected: string) =>
  readableAs(expected, Object.keys(shape)).pipe(z.looseObject(shape, expecting(expected)));

/** A list schema that fails, never throws, on a list that cannot be read. */
const list = /* @__NO_SIDE_EFFECTS__ */ <Item extends z.core.SomeType>(item: Item, expected: string) =>
  readableAs(expected).pipe(z.array(item, expecting(expected)));

// ---------------------------------------------------------------------------------------
// Schemas. Leaves are `z.custom` checks: their failures do not abort, so a union can tell a
// wrong field inside the right shape from the wrong shape. Every call that builds a schema is
// marked pure, nested ones too, so that an app importing only `readStatuses` (or one schema)
// does not carry the others.

const codeExpected = 'a code (a non-negative integer, or its digits as text)';
const flagExpected = 'true or false (a boolean, or the text "true"/"false")';

/**
 * A status code as the wire sends it, a number or its digits as text (the grammar of
 * `parseCode`); parses to the number. Any code parses, not only catalog codes: a request-level
 * status is 200 or 201.
 * @example
 * codeSchema.parse('8015'); // 8015
 * codeSchema.safeParse('80x').error?.issues[0]?.message;
 * // 'expected a code (a non-negative integer, or its digits as text), received "80x"'
 */
export const codeSchema = /* @__PURE__ */ z
  .custom<number | string>((value) => parseCode(value) !== undefined, expecting(codeExpected))
  .transform((value) => parseCode(value)!);

const flagSchema = /* @__PURE__ */ z
  .custom<boolean | 'true' | 'false'>((value) => readFlag(value) !== undefined, expecting(flagExpected))
  .transform((value) => readFlag(value)!);

const textSchema = /* @__PURE__ */ z.custom<string>((value) => typeof value === 'string', expecting('text'));

/**
 * A key of the catalog, typed as `Key`.
 * @example
 * keySchema.parse('CUSTOMER_NOT_FOUND_FOR_ORG'); // 'CUSTOMER_NOT_FOUND_FOR_ORG'
 * keySchema.safeParse('NOT_A_KEY').success; // false
 */
export const keySchema: z.ZodCustom<Key, Key> = /* @__PURE__ */ z.custom<Key>(
  isKey,
  expecting('a key of the catalog, such as "CUSTOMER_NOT_FOUND_FOR_ORG"'),
);

/**
 * `'success'`, `'error'` or `'warning'`.
 * @example
 * categorySchema.parse('warning'); // 'warning'
 */
export const categorySchema = /* @__PURE__ */ z.enum(['success', 'error', 'warning'], expecting('"success", "error" or "warning"'));

type Field = 'code' | 'category';
interface Serialized {
  readonly key: Key;
  readonly code: number;
  readonly category: Category;
}

const agrees = /* @__NO_SIDE_EFFECTS__ */ (field: Field) => (entry: Serialized) => entries[entry.key][field] === entry[field];

const disagreement = /* @__NO_SIDE_EFFECTS__ */ (field: Field) => ({
  path: [field],
  error(issue: RawIssue): string {
    const entry = issue.input as Serialized;
    const expected = JSON.stringify(entries[entry.key][field]);
    return say(issue.path, `expected ${expected} (the ${field} of ${entry.key}), received ${describe(entry[field])}`);
  },
});

/**
 * An entry as serialized (by `capillary-codes/catalog.json`, the CLI's `--json`, or your own
 * storage); parses to the catalog's own frozen entry of that key. Its code and category must
 * agree with the catalog's; a stored entry from another version is caught here.
 * @example
 * const stored = JSON.parse(JSON.stringify(entries.CUSTOMER_NOT_FOUND_FOR_ORG));
 * entrySchema.parse(stored) === entries.CUSTOMER_NOT_FOUND_FOR_ORG; // true
 * entrySchema.safeParse({ ...stored, code: 817 }).error?.issues[0]?.message;
 * // 'code: expected 816 (the code of CUSTOMER_NOT_FOUND_FOR_ORG), received 817'
 */
export const entrySchema: z.ZodType<Entry> = /* @__PURE__ */ record(
    {
      key: keySchema,
      code: codeSchema,
      category: categorySchema,
      message: textSchema,
      params: /* @__PURE__ */ list(textSchema, 'a list of placeholder names'),
      api: /* @__PURE__ */ z.enum(['v1.1', 'v2'], expecting('"v1.1" or "v2"')),
    },
    'an entry object',
  )
  .refine(agrees('code'), disagreement('code'))
  .refine(agrees('category'), disagreement('category'))
  .transform((entry): Entry => entries[entry.key]);

/**
 * One v2 status item, from `errors[]` or `warnings[]`: `{ status, code, message }` in any key
 * order, `code` a number or its digits, `status` a boolean or `"true"`/`"false"`; other fields
 * pass through. Parses to `code` as a number and `status` as a boolean.
 * @example
 * v2StatusSchema.parse({ message: 'Invalid source', code: '8003', status: 'false' });
 * // { code: 8003, message: 'Invalid source', status: false }
 */
export const v2StatusSchema = /* @__PURE__ */ record(
  { code: codeSchema, message: /* @__PURE__ */ textSchema.optional(), status: /* @__PURE__ */ flagSchema.optional() },
  'a status object {code, message, status}',
);

const v2ListSchema = /* @__PURE__ */ list(v2StatusSchema, 'a list of status objects');

/**
 * A v2 response: `errors[]` and `warnings[]` of `v2StatusSchema` items, both optional; other
 * fields (`createdId`, `customer`, …) pass through. For a batch, parse each item of the array.
 * @example
 * v2ResponseSchema.parse({ createdId: 42, warnings: [{ status: 'true', code: '8050', message: 'Same Customer found in other sources,Combining' }] });
 * // { warnings: [{ code: 8050, message: 'Same Customer found in other sources,Combining', status: true }], createdId: 42 }
 */
export const v2ResponseSchema = /* @__PURE__ */ record(
  { errors: /* @__PURE__ */ v2ListSchema.optional(), warnings: /* @__PURE__ */ v2ListSchema.optional() },
  'a v2 response object',
);

const warningExpected = 'a warning (a code, a text, or an object {code, message})';

const v11WarningSchema = /* @__PURE__ */ z.union(
  [
    /* @__PURE__ */ z
      .custom<string | number>((value) => typeof value === 'string' || parseCode(value) !== undefined, { abort: true })
      .transform(readBare),
    /* @__PURE__ */ record({ code: /* @__PURE__ */ codeSchema.optional(), message: /* @__PURE__ */ textSchema.optional() }, warningExpected),
  ],
  expectingOneOf(warningExpected),
);

const v11WarningListSchema = /* @__PURE__ */ list(v11WarningSchema, 'a list of warnings');

/** A v1.1 warning as parsed: a bare code or text becomes `{ code }` or `{ message }`. */
interface V11Warning {
  readonly code?: number | undefined;
  readonly message?: string | undefined;
  readonly [field: string]: unknown;
}

const v11WarningsSchema: z.ZodType<V11Warning[]> = /* @__PURE__ */ z
  .union(
    [
      v11WarningListSchema,
      /* @__PURE__ */ record(
        {
          warning: /* @__PURE__ */ z
            .union([v11WarningListSchema, v11WarningSchema], expectingOneOf(`${warningExpected}, or a list of them`))
            .optional(),
        },
        'an object {"warning": [...]}',
      ),
    ],
    expectingOneOf('[] or {"warning": [...]} of codes, texts or {code, message} objects'),
  )
  .transform((warnings) => {
    if (Array.isArray(warnings)) return warnings;
    const { warning } = warnings;
    return warning === undefined ? [] : Array.isArray(warning) ? warning : [warning];
  });

/**
 * A v1.1 `item_status` (also the shape of the request-level `response.status`):
 * `success` as a boolean or `"true"`/`"false"`, `code` as a number or its digits, and
 * `warnings` as `[]`, a list, or `{"warning": [...]}` (one item or a list) of codes, texts or
 * `{code, message}` objects. Parses to booleans, numbers, and `warnings` as a list of objects
 * (`"91017"` becomes `{ code: 91017 }`, a text `{ message }`); other fields pass through.
 * @example
 * v11ItemStatusSchema.parse({ success: 'true', code: '1000', message: 'Customer successfully retrieved', warnings: { warning: ['91017'] } });
 * // { success: true, code: 1000, message: 'Customer successfully retrieved', warnings: [{ code: 91017 }] }
 */
export const v11ItemStatusSchema = /* @__PURE__ */ record(
  { success: flagSchema, code: codeSchema, message: /* @__PURE__ */ textSchema.optional(), warnings: /* @__PURE__ */ v11WarningsSchema.optional() },
  'a status object {success, code, message}',
);

const v11CustomerSchema = /* @__PURE__ */ record({ item_status: /* @__PURE__ */ v11ItemStatusSchema.optional() }, 'a customer object');

/**
 * A v1.1 response: `response.status` and, where the response has them, the customers in
 * `response.customers.customer`, one object or a list (parsed to a list), each with its
 * `item_status`. Other fields pass through untouched.
 * @example
 * const { response } = v11ResponseSchema.parse({
 *   response: {
 *     status: { success: 'true', code: '200', message: 'SUCCESS' },
 *     customers: { customer: { mobile: '919999999999', item_status: { success: 'true', code: '1000', message: 'Customer successfully retrieved' } } },
 *   },
 * });
 * response.customers?.customer[0]?.item_status?.code; // 1000
 */
export const v11ResponseSchema = /* @__PURE__ */ record(
  {
    response: /* @__PURE__ */ record(
      {
        status: v11ItemStatusSchema,
        customers: /* @__PURE__ */ record(
          {
            customer: /* @__PURE__ */ z
              .union([/* @__PURE__ */ list(v11CustomerSchema, 'a list of customers'), v11CustomerSchema], expectingOneOf('a customer object or a list of them'))
              .transform((customer) => (Array.isArray(customer) ? customer : [customer]))
              .optional(),
          },
          'an object {customer}',
        ).optional(),
      },
      'a v1.1 response object {status, ...}',
    ),
  },
  'an object {response}',
);

// ---------------------------------------------------------------------------------------
// readStatuses

/**
 * One status found in a response by `readStatuses`.
 * @example
 * const [status] = readStatuses({ errors: [{ status: false, code: '8015', message: 'Customer not found for the given identifiers' }] });
 * // { path: 'errors.0', category: 'error', code: 8015, message: 'Customer not found for the given identifiers',
 * //   resolution: { status: 'resolved', entry: entries.CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS, params: {}, text: 'exact' } }
 */
export interface ReadStatus {
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
  /** `resolve(code, { category, api, message })`. */
  readonly resolution: Resolution;
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
}

function frameOf(value: object, key: string | number, parent: Frame | undefined, kind: number): Frame {
  return { value, key, parent, kind, end: -1, next: 0, holes: 0 };
}

/** A field of a status; one that cannot be read (a throwing getter) is a missing one. */
function field(bag: Bag, name: string): unknown {
  try {
    return bag[name];
  } catch {
    return undefined;
  }
}

function pathOf(frame: Frame, ...tail: (string | number)[]): string {
  const keys: (string | number)[] = [];
  for (let at: Frame | undefined = frame; at?.parent; at = at.parent) keys.push(at.key);
  return keys.reverse().concat(tail).join('.');
}

/** Reads one response; every read of the payload may throw (getters, proxies), so each is guarded. */
class Reader {
  readonly found: ReadStatus[] = [];
  reads = maxReads;
  private readonly resolutions = new Map<string, Resolution>();

  constructor(private readonly api: Api) {}

  resolution(code: number | undefined, category: Category | undefined, message: string | undefined): Resolution {
    if (code === undefined) return resolve(undefined);
    const compared = message !== undefined && message.length <= maxCompared ? message : undefined;
    // Batches repeat the same few statuses; comparing text is the costly step, so do it once.
    const id = compared === undefined ? `${code}\u0000${category}` : `${code}\u0000${category}\u0000${compared}`;
    let known = this.resolutions.get(id);
    if (!known) {
      known = resolve(code, { api: this.api, ...(category && { category }), ...(compared !== undefined && { message: compared }) });
      this.resolutions.set(id, known);
    }
    return known;
  }

  add(path: string, category: Category, code: number | undefined, message: string | undefined, resolution?: Resolution): void {
    if (this.found.length >= maxStatuses) {
      this.reads = 0;
      return;
    }
    this.found.push({ path, category, code, message, resolution: resolution ?? this.resolution(code, category, message) });
  }

  /** A status object; its success flag (or v2 `status` flag) gives its category. */
  status(frame: Frame): void {
    const bag = frame.value as Bag;
    const code = parseCode(field(bag, 'code'));
    const message = field(bag, 'message');
    const flag = readFlag(field(bag, 'success')) ?? readFlag(field(bag, 'status'));
    const text = typeof message === 'string' ? message : undefined;
    const path = pathOf(frame);
    if (flag !== undefined) return this.add(path, flag ? 'success' : 'error', code, text);
    // No flag: the catalog says where the code belongs when all its entries agree.
    const resolution = this.resolution(code, undefined, text);
    const same = code === undefined ? [] : find(code);
    const category = same.length && same.every((entry) => entry.category === same[0]!.category) ? same[0]!.category : 'error';
    this.add(path, category, code, text, resolution);
  }

  /** An item of an errors or warnings list: a `{code, message}` object, a code, or a text. */
  item(frame: Frame, category: Category, value: unknown, tail: (string | number)[]): void {
    let code: number | undefined;
    let message: unknown;
    if (typeof value === 'string' || typeof value === 'number') {
      const bare = readBare(value);
      code = 'code' in bare ? bare.code : undefined;
      message = 'message' in bare ? bare.message : undefined;
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      code = parseCode(field(value as Bag, 'code'));
      message = field(value as Bag, 'message');
    } else {
      return;
    }
    this.add(pathOf(frame, ...tail), category, code, typeof message === 'string' ? message : undefined);
  }

  /** A list: `[...]`, `{"warning": [...]}` / `{"error": ...}`, or a single status object. */
  list(frame: Frame, category: Category): void {
    const value = frame.value as Bag;
    if (Array.isArray(value)) return this.items(frame, category, value, []);
    if ('code' in value) return this.item(frame, category, value, []);
    const inner = category === 'warning' ? 'warning' : 'error';
    const items = value[inner];
    if (Array.isArray(items)) this.items(frame, category, items, [inner]);
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

function apiOf(payload: unknown): Api {
  try {
    const response = typeof payload === 'object' && payload !== null ? (payload as Bag).response : undefined;
    return typeof response === 'object' && response !== null && !Array.isArray(response) ? 'v1.1' : 'v2';
  } catch {
    return 'v2';
  }
}

/**
 * An `item_status` object, or a `status` object with a code or a success flag: customer
 * data has `status` objects of its own (`{"label": "Active"}`) that are no statuses.
 */
function isStatusObject(value: object, key: string): boolean {
  try {
    if (Array.isArray(value)) return false;
    return key === 'item_status' || parseCode(field(value as Bag, 'code')) !== undefined || readFlag(field(value as Bag, 'success')) !== undefined;
  } catch {
    return false;
  }
}

function walk(payload: object, reader: Reader): void {
  // Weak: objects a proxy or getter makes up on each read are not kept alive by the walk.
  const seen = new WeakSet<object>([payload]);
  const stack: Frame[] = [frameOf(payload, '', undefined, node)];
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
          stack.push(frameOf(child, i, frame, node));
        }
        continue;
      }
      stack.pop();
      if (kind === errorList || kind === warningList) {
        reader.list(frame, kind === errorList ? 'error' : 'warning');
        continue;
      }
      if (kind === statusObject) reader.status(frame);
      if (Array.isArray(value)) {
        frame.end = value.length;
        stack.push(frame);
        continue;
      }
      // Binary data holds no statuses, and enumerating a large buffer would cost its length.
      if (ArrayBuffer.isView(value)) continue;
      const first = stack.length;
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
        let childKind = node;
        if (key === 'errors' || key === 'warnings') {
          childKind = key === 'errors' ? errorList : warningList;
        } else if ((key === 'item_status' || key === 'status') && isStatusObject(child, key)) {
          childKind = statusObject;
        }
        stack.push(frameOf(child, key, frame, childKind));
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
export function readStatuses(payload: unknown): ReadStatus[] {
  const reader = new Reader(apiOf(payload));
  try {
    if (typeof payload === 'object' && payload !== null) walk(payload, reader);
  } catch {
    // Out of memory on a hostile payload: what was found so far stands.
  }
  return reader.found;
}
