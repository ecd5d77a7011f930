import { apis, entries, isKey, kinds, parseCode, resources, type Category, type Entry, type Key, type Resource } from 'capillary-codes';
import { z } from 'zod';
import { origins } from './codes/resources.js';
import { maxReads, readBare, readFlag } from './body-shape.js';

export { readStatuses, type ReadStatus } from 'capillary-codes';

/**
 * The `capillary-codes/zod` entry: zod schemas for the wire as Capillary servers send it and
 * for the catalog's vocabularies, and `readStatuses`, the root's (it needs no zod), re-exported
 * for 0.1's imports. The root is imported by name so that an app using both entries holds one
 * catalog.
 *
 * `safeParse` of these schemas fails rather than throws on input that throws when read
 * (getters, proxies): each object schema is a pipe from a guard that reads the object first
 * into the loose object itself, whose shape is `schema.out.shape`.
 */

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

/** For a list of names: `expected "a", "b" or "c", received …`; the list is written only when a parse fails. */
const expectingNames = /* @__NO_SIDE_EFFECTS__ */ (names: readonly string[]) => ({
  error: (issue: RawIssue) => {
    const quoted = names.map((name) => JSON.stringify(name));
    return expecting(`${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`).error(issue);
  },
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

const categories = ['success', 'error', 'warning'] as const;

/**
 * `'success'`, `'error'` or `'warning'`.
 * @example
 * categorySchema.parse('warning'); // 'warning'
 * categorySchema.safeParse('info').error?.issues[0]?.message; // 'expected "success", "error" or "warning", received "info"'
 */
export const categorySchema = /* @__PURE__ */ z.enum(categories, expectingNames(categories));

/**
 * A resource of the catalog (`resources`), typed as `Resource`: `'customers'`,
 * `'transactions'` …, and `'api'` for the request-level codes.
 * @example
 * resourceSchema.parse('transactions'); // 'transactions'
 * resourceSchema.safeParse('customer').error?.issues[0]?.message;
 * // 'expected a resource of the catalog, such as "customers", received "customer"'
 */
export const resourceSchema = /* @__PURE__ */ z.enum(resources, expecting('a resource of the catalog, such as "customers"'));

/**
 * What went wrong, for an error or a warning (`kinds`), typed as `Kind`.
 * @example
 * kindSchema.parse('not-found'); // 'not-found'
 * kindSchema.safeParse('missing').error?.issues[0]?.message;
 * // 'expected "invalid-argument", "not-found", "already-exists", "permission-denied", "unauthenticated",
 * //  "failed-precondition", "resource-exhausted", "aborted", "unavailable", "internal" or "unknown", received "missing"'
 */
export const kindSchema = /* @__PURE__ */ z.enum(kinds, expectingNames(kinds));

type Field = 'code' | 'category' | 'resource';
interface Serialized {
  readonly key: Key;
  readonly code: number;
  readonly category: Category;
  readonly resource: Resource;
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
 * storage); parses to the root catalog's own frozen entry of that key (a resource view's
 * entry parses to the root's, equal to it field by field). Its code, category and resource
 * must agree with the catalog's, so a stored entry from another version (or from 0.1, which
 * had no `resource`) is caught here; `api`, `sharedWith`, `kind`, `retryable`, `audience`
 * (absent in 0.2's entries), `origin` and `docs` (absent before 0.3; a page may move between
 * versions) must be well-formed; the other fields (`message`, `aliases` …) come from the catalog.
 * @example
 * const stored = JSON.parse(JSON.stringify(entries.CUSTOMER_NOT_FOUND_FOR_ORG));
 * entrySchema.parse(stored) === entries.CUSTOMER_NOT_FOUND_FOR_ORG; // true
 * entrySchema.safeParse({ ...stored, code: 817 }).error?.issues[0]?.message;
 * // 'code: expected 816 (the code of CUSTOMER_NOT_FOUND_FOR_ORG), received 817'
 * entrySchema.safeParse({ ...stored, resource: 'transactions' }).error?.issues[0]?.message;
 * // 'resource: expected "customers" (the resource of CUSTOMER_NOT_FOUND_FOR_ORG), received "transactions"'
 */
export const entrySchema: z.ZodType<Entry> = /* @__PURE__ */ record(
    {
      key: keySchema,
      code: codeSchema,
      category: categorySchema,
      resource: resourceSchema,
      sharedWith: /* @__PURE__ */ list(resourceSchema, 'a list of resources').optional(),
      message: textSchema,
      params: /* @__PURE__ */ list(textSchema, 'a list of placeholder names'),
      api: /* @__PURE__ */ z.enum(apis, expectingNames(apis)),
      kind: /* @__PURE__ */ kindSchema.optional(),
      retryable: /* @__PURE__ */ z.boolean(expecting('true or false')).optional(),
      // Optional: 0.2 stored entries without it.
      audience: /* @__PURE__ */ z.enum(['user', 'developer'], expectingNames(['user', 'developer'])).optional(),
      // Optional: entries stored before 0.3 have neither.
      origin: /* @__PURE__ */ z.enum(origins, expectingNames(origins)).optional(),
      docs: /* @__PURE__ */ textSchema.optional(),
    },
    'an entry object',
  )
  .refine(agrees('code'), disagreement('code'))
  .refine(agrees('category'), disagreement('category'))
  .refine(agrees('resource'), disagreement('resource'))
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
      // An empty `<warnings/>` element, as an XML response converts to JSON.
      /* @__PURE__ */ z.literal(''),
    ],
    expectingOneOf('[] or {"warning": [...]} of codes, texts or {code, message} objects (or "", an empty XML element)'),
  )
  .transform((warnings) => {
    if (Array.isArray(warnings)) return warnings;
    if (warnings === '') return [];
    const { warning } = warnings;
    return warning === undefined ? [] : Array.isArray(warning) ? warning : [warning];
  });

/**
 * A v1.1 `item_status` (also the shape of the request-level `response.status`):
 * `success` as a boolean or `"true"`/`"false"`, `code` as a number or its digits, and
 * `warnings` as `[]`, a list, or `{"warning": [...]}` (one item or a list) of codes, texts or
 * `{code, message}` objects (`""`, an empty XML element, is none). Parses to booleans, numbers,
 * and `warnings` as a list of objects (`"91017"` becomes `{ code: 91017 }`, a text
 * `{ message }`); other fields pass through.
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
 * `item_status`. Other fields (other resources' parts among them) pass through untouched.
 * Two shapes are left to `v11ItemStatusSchema` and to you: a response that is its own status
 * (`{"response": {"success", "code", "message"}}`, as store log uploads answer): parse its
 * `response`; and an XML conversion's `{"root": {"response": …}}`: parse its `root`.
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
