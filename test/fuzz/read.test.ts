/**
 * Properties of `readStatuses` (the root entry's, over the whole catalog), with hints
 * (`resource`, `api`, `operation`, each given, `undefined` or garbage):
 * - it never throws, and every status it reports is well formed: a path, one of the three
 *   categories, a code that is a code, and the resolution `resolve` gives for that code with
 *   those hints and that message;
 * - a status built into a payload from a catalog entry, in any of the wire's shapes, is found
 *   at the dotted path that leads to it, in document order, and nothing else is found; an
 *   entry's own wording in its own list, with its own resource, api and operation as hints,
 *   resolves to that entry exactly;
 * - hostile surroundings (throwing getters, proxies, cycles, frozen or sealed objects,
 *   `__proto__` keys, 10 MB strings, 100,000 levels of nesting) change nothing of what is
 *   found in the clean part, within the times the test names state.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { apis, catalog, find, format, readResponse, readStatuses, resolve, resources, type Api, type Category, type Entry, type ReadStatus, type Resolution, type Resource } from 'capillary-codes';
import { anyBag, anyText, anyValue, attempt, catalogText, describeError, expectUntouched, HUGE_RUNS, prototypesUntouched, real, recipe, Recipe, runs, steadyValue, TIMEOUT } from './hostile.js';

afterEach(expectUntouched);

type Bag = Record<string, unknown>;

const entrySet: ReadonlySet<Entry> = new Set(catalog);
const categories: ReadonlySet<unknown> = new Set(['success', 'error', 'warning']);
const textMatches: ReadonlySet<unknown> = new Set(['exact', 'close', 'different', 'none']);
const operations = [...new Set(catalog.flatMap((entry) => entry.operations ?? []))];
const ofCategory = (category: Category) => catalog.filter((entry) => entry.category === category);
/** A bare template formats as itself: the way to fill an alias, which has no key of its own. */
const fill = format as unknown as (template: string, params: unknown) => string;

/** As documented (readStatuses): a status object without a flag takes its code's category where all its entries agree, else 'error'. */
function agreedCategory(code: number): Category {
  const same = find(code);
  return same.length && same.every((entry) => entry.category === same[0]!.category) ? same[0]!.category : 'error';
}

// --- hints ---------------------------------------------------------------------------------

/** Hint values that are no resource, api or operation. */
const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, '', 'Customers', 'customer', 'v4', 'V2', '__proto__', 'toString', 0, Number.NaN, true, [], {}),
  anyText,
  steadyValue,
);
const hintField = <T>(valid: readonly T[]) =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...valid) }, { weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: garbage });

/** Hints as callers pass them: each field valid, `undefined`, absent or garbage; or no hints; or hints that are no object. */
const anyHints: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ resource: hintField(resources), api: hintField(apis), operation: hintField(operations) }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: steadyValue },
);

/** A field of the hints as readStatuses reads it: one that cannot be read is not given. */
function given(hints: unknown, name: string): unknown {
  if (typeof hints !== 'object' || hints === null) return undefined;
  try {
    return (hints as Bag)[name];
  } catch {
    return undefined;
  }
}

interface Inferred {
  /** The surface the body shows, if any. */
  readonly api: Api | undefined;
  /** The resource a v1.1 body's part names, if any. */
  readonly resource: Resource | undefined;
}

/** For hints that name a resource and an api: nothing is inferred. */
const nothingInferred: Inferred = { api: undefined, resource: undefined };

/**
 * The surface a plain body shows (src/read.ts): a `response` object or a bare `item_status`
 * is v1.1; `errors` or `warnings` lists are v2; other shapes (a batch array, a bare status)
 * show none.
 */
function shownApi(payload: unknown): Api | undefined {
  const body = payload as Bag;
  const response = body['response'];
  if ((typeof response === 'object' && response !== null && !Array.isArray(response)) || body['item_status'] !== undefined) return 'v1.1';
  return Array.isArray(body['errors']) || Array.isArray(body['warnings']) ? 'v2' : undefined;
}

/** A hint given wins; where it is not (`undefined`, `null`), what the body shows. */
function effective(hints: unknown, inferred: Inferred): { resource: unknown; api: unknown; operation: unknown } {
  return { resource: given(hints, 'resource') ?? inferred.resource, api: given(hints, 'api') ?? inferred.api, operation: given(hints, 'operation') };
}

/** As documented (readStatuses, limits): longer messages are returned but not compared. */
const compared = (message: string | undefined) => (message !== undefined && message.length <= 4096 ? message : undefined);

/** What `resolve` answers for a status, with the category when the reader knew it (a list, a flag) or without. */
function resolutionFor(status: ReadStatus, hints: ReturnType<typeof effective>, withCategory: boolean): Resolution {
  return resolve(status.code, { ...(hints as object), category: withCategory ? status.category : undefined, message: compared(status.message) });
}

// --- well-formed statuses ------------------------------------------------------------------

/**
 * A status as documented: a path, one of the three categories, a code that is a code, and a
 * resolution consistent with it: unknown when the catalog has no entry of the code, or none
 * the resource it was read under holds; otherwise catalog entries of that code, ambiguous ones
 * ranked with at least two.
 */
function expectWellFormed(found: unknown): asserts found is ReadStatus[] {
  expect(Array.isArray(found)).toBe(true);
  for (const status of found as ReadStatus[]) {
    const { path, category, code, message, resolution } = status;
    expect(typeof path).toBe('string');
    expect(categories.has(category), `${path}: category ${String(category)}`).toBe(true);
    expect(code === undefined || (Number.isSafeInteger(code) && code >= 0), `${path}: code ${String(code)}`).toBe(true);
    expect(message === undefined || typeof message === 'string').toBe(true);
    expect(Object.isFrozen(resolution)).toBe(true);
    const entries = code === undefined ? [] : find(code);
    if (!entries.length) {
      expect(resolution).toStrictEqual({ status: 'unknown' });
      continue;
    }
    // 0.3: under a resource (hinted or read from a v1.1 body) that holds none of the code's
    // entries, and a text that names none, the answer is unknown; every resource holds a
    // request-level entry, so a code with one is never unknown.
    if (resolution.status === 'unknown') {
      expect(entries.some((entry) => entry.resource === 'api'), `${path}: ${code} has request-level entries`).toBe(false);
      continue;
    }
    expect(entrySet.has(resolution.entry)).toBe(true);
    expect(resolution.entry.code, 'a resolved entry has the code that was read').toBe(code);
    expect(textMatches.has(resolution.text)).toBe(true);
    if (resolution.status === 'ambiguous') {
      expect(resolution.candidates[0]).toBe(resolution.entry);
      expect(resolution.candidates.length).toBeGreaterThan(1);
      expect(new Set(resolution.candidates).size).toBe(resolution.candidates.length);
      for (const candidate of resolution.candidates) expect(entries).toContain(candidate);
    } else {
      expect(Object.isFrozen(resolution.params)).toBe(true);
      for (const value of Object.values(resolution.params)) expect(typeof value).toBe('string');
    }
  }
}

// --- payloads built from catalog entries ---------------------------------------------------

/** What readStatuses must report for one status placed in a payload. */
interface Placed {
  readonly entry: Entry;
  readonly code: number;
  readonly category: Category;
  readonly message: string | undefined;
  /** Whether the reader knows the category (a list, a flag) and resolves with it. */
  readonly withCategory: boolean;
  /** The value at the status's path: the status object, or a bare code. */
  readonly value: unknown;
}

/** A payload and what it holds: each placed status by its container and key, for `inOrder` to put in document order. */
interface Built {
  readonly payload: unknown;
  readonly placed: Map<object, Map<string, Placed>>;
  readonly inferred: Inferred;
  /** The status at the root itself, where the payload is one. */
  readonly root?: Placed;
}

/**
 * Every placed status with its path, in document order: a walk of the payload that visits
 * object keys in `for…in` order and array items by index, parents before children.
 */
function inOrder(built: Built): (Placed & { readonly path: string })[] {
  const out: (Placed & { readonly path: string })[] = built.root ? [{ ...built.root, path: '' }] : [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null) return;
    const here = built.placed.get(value);
    for (const key in value) {
      const at = path ? `${path}.${key}` : key;
      const placed = here?.get(key);
      if (placed) out.push({ ...placed, path: at });
      visit((value as Bag)[key], at);
    }
  };
  visit(built.payload, '');
  return out;
}

/** The value at a dotted path. */
function at(payload: unknown, path: string): unknown {
  if (path === '') return payload;
  return path.split('.').reduce<unknown>((value, key) => (value as Bag)[key], payload);
}

const fillValue = fc.stringMatching(/^[A-Za-z0-9_-]{1,10}$/);

/** A message a server sends with an entry's code: a wording of it, filled; another text; a long one; none; or a value that is no text. */
const messageFor = (entry: Entry): fc.Arbitrary<unknown> =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .tuple(fc.constantFrom(entry.message, ...(entry.aliases ?? [])), fillValue, fillValue)
        .map(([wording, a, b]) => fill(wording, Object.fromEntries(entry.params.map((name, i) => [name, i % 2 ? b : a])))),
    },
    { weight: 1, arbitrary: catalogText },
    // Longer than the 4,096 characters the reader compares: returned, not compared.
    { weight: 1, arbitrary: fc.nat(99).map((n) => `${entry.message} ${'and more '.repeat(460 + n)}`) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(42, null, false, { text: 'not a message' }) },
  );

/** The forms a code comes in: a number, its digits, its digits padded, a bigint. */
const codeForm = (code: number, form: number): unknown => [code, String(code), ` ${code}\n`, BigInt(code)][form];

/** The field a status carries its success flag in, and the flag as a boolean or as text. */
interface Flag {
  readonly field: 'success' | 'status';
  readonly value: boolean | 'true' | 'false';
}

/** A flag for an entry: mostly its own category's (true for a success), sometimes the other. */
const flagFor = (entry: Entry, field: fc.Arbitrary<Flag['field']>): fc.Arbitrary<Flag> =>
  fc
    .record({ field, own: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }), text: fc.boolean() })
    .map(({ field, own, text }) => {
      const success = own ? entry.category === 'success' : entry.category !== 'success';
      return { field, value: text ? (String(success) as 'true' | 'false') : success };
    });

interface StatusPlan {
  readonly entry: Entry;
  readonly form: number;
  /** `code`, or `error_code`/`errorCode` (the reader takes those where there is no `code`). */
  readonly codeField: string;
  readonly message: unknown;
  readonly flag: Flag | undefined;
  /** The order of the fields code, message, flag. */
  readonly order: readonly number[];
}

/** A flag in `success` or in `status`, in either, or maybe none. */
type FlagRule = 'success' | 'status' | 'either' | 'any';

function statusPlan(entries: fc.Arbitrary<Entry>, flags: FlagRule, message: (entry: Entry) => fc.Arbitrary<unknown> = messageFor): fc.Arbitrary<StatusPlan> {
  const field = flags === 'success' || flags === 'status' ? fc.constant(flags) : fc.constantFrom<Flag['field']>('success', 'status');
  return entries.chain((entry) =>
    fc.record({
      entry: fc.constant(entry),
      form: fc.nat(3),
      codeField: fc.constantFrom('code', 'code', 'code', 'error_code', 'errorCode'),
      message: message(entry),
      flag: flags === 'any' ? fc.option(flagFor(entry, field), { nil: undefined }) : flagFor(entry, field),
      order: fc.shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 }),
    }),
  );
}

/** A status object as the plan says, with `extra` fields after its own; fresh each call, down to a message that is an object. */
function statusObject(plan: StatusPlan, extra: readonly (readonly [string, unknown])[] = []): Bag {
  const message = typeof plan.message === 'object' && plan.message !== null ? { ...plan.message } : plan.message;
  const fields: (readonly [string, unknown])[] = [
    [plan.codeField, codeForm(plan.entry.code, plan.form)],
    ['message', message],
    ...(plan.flag ? [[plan.flag.field, plan.flag.value] as const] : []),
  ];
  const object: Bag = {};
  for (const i of plan.order) if (fields[i] && fields[i]![1] !== undefined) object[fields[i]![0]] = fields[i]![1];
  for (const [key, value] of extra) object[key] = value;
  return object;
}

const textOf = (message: unknown) => (typeof message === 'string' ? message : undefined);

/** What the reader reports for a status object: the flag's category, or without one the code's. */
function placedObject(plan: StatusPlan, value: object): Placed {
  const flagged = plan.flag !== undefined;
  const success = plan.flag?.value === true || plan.flag?.value === 'true';
  return {
    entry: plan.entry,
    code: plan.entry.code,
    category: flagged ? (success ? 'success' : 'error') : agreedCategory(plan.entry.code),
    message: textOf(plan.message),
    withCategory: flagged,
    value,
  };
}

/** An item of an errors or warnings list: a status object, or a bare code (a number or its digits). */
type ItemPlan = { readonly bare: false; readonly status: StatusPlan } | { readonly bare: true; readonly entry: Entry; readonly form: number };

const itemPlan = (entries: fc.Arbitrary<Entry>): fc.Arbitrary<ItemPlan> =>
  fc.oneof(
    { weight: 3, arbitrary: statusPlan(entries, 'any').map((status) => ({ bare: false as const, status })) },
    { weight: 1, arbitrary: fc.record({ bare: fc.constant(true as const), entry: entries, form: fc.nat(2) }) },
  );

/** Builds payloads, noting where each status went. */
class Builder {
  readonly placed = new Map<object, Map<string, Placed>>();

  place(container: object, key: string, placed: Placed): void {
    let keys = this.placed.get(container);
    if (!keys) this.placed.set(container, (keys = new Map()));
    keys.set(key, placed);
  }

  /** A status object at `container[key]`. */
  status(container: Bag, key: string, plan: StatusPlan, extra: readonly (readonly [string, unknown])[] = []): Bag {
    const object = statusObject(plan, extra);
    container[key] = object;
    this.place(container, key, placedObject(plan, object));
    return object;
  }

  /** A list's items, each found with the list's category. */
  list(items: readonly ItemPlan[], category: Category): unknown[] {
    const list: unknown[] = [];
    items.forEach((item, i) => {
      const entry = item.bare ? item.entry : item.status.entry;
      const value = item.bare ? codeForm(entry.code, item.form) : statusObject(item.status);
      list.push(value);
      this.place(list, String(i), { entry, code: entry.code, category, message: item.bare ? undefined : textOf(item.status.message), withCategory: true, value });
    });
    return list;
  }
}

const errorEntry = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ofCategory('error')) }, { weight: 1, arbitrary: fc.constantFrom(...catalog) });
const warningEntry = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ofCategory('warning')) }, { weight: 1, arbitrary: fc.constantFrom(...catalog) });
const anyEntry = fc.constantFrom(...catalog);
const requestLevel = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...catalog.filter((entry) => entry.resource === 'api')) }, { weight: 1, arbitrary: anyEntry });

/** Keys whose value is a status object (v1.1 `status`, v2 `couponStatus`, `partnerLinkStatus` ...). */
const statusKeys = ['status', 'couponStatus', 'partnerLinkStatus', 'updateStatus', 'statusCode'] as const;

/** Fields that hold no status: data with codes of its own, `status` labels, counts named errors. */
const noise: readonly (readonly [string, () => unknown])[] = [
  ['createdId', () => 341223],
  ['note', () => 'a text, not a status'],
  ['store', () => ({ code: 'str.west', name: 'Store West' })],
  ['tier', () => ({ status: { label: 'Active', type: 'ACTIVE' } })],
  ['summary', () => ({ errors: 0, warnings: '2' })],
  ['coupon', () => ({ code: 'X7K2-91', discount: 10 })],
];

interface V2Plan {
  readonly errors: readonly ItemPlan[] | undefined;
  readonly warnings: readonly ItemPlan[] | undefined;
  /** `warningsAsStatusCode`, as v2 coupon redemptions send. */
  readonly asStatusCode: readonly ItemPlan[] | undefined;
  /** `{ <wrapper>: { <status key>: status } }`. */
  readonly nested: readonly { readonly key: (typeof statusKeys)[number]; readonly status: StatusPlan }[];
  /** `data[]`: items with a code and a flag (image uploads). */
  readonly data: readonly StatusPlan[] | undefined;
  /** `entity[]`: items with a `status` and a `couponStatus`. */
  readonly entity: readonly { readonly status: StatusPlan; readonly couponStatus: StatusPlan | undefined }[] | undefined;
  /** `redemptionStatus`, a status with a `statusCode` status and `warnings` inside. */
  readonly redemption: { readonly status: StatusPlan; readonly inner: StatusPlan; readonly warnings: readonly ItemPlan[] } | undefined;
  readonly noise: readonly number[];
  /** The order of the body's parts. */
  readonly order: readonly number[];
}

const v2Plan: fc.Arbitrary<V2Plan> = fc.record({
  errors: fc.option(fc.array(itemPlan(errorEntry), { maxLength: 3 }), { nil: undefined }),
  warnings: fc.option(fc.array(itemPlan(warningEntry), { maxLength: 3 }), { nil: undefined }),
  asStatusCode: fc.option(fc.array(itemPlan(warningEntry), { maxLength: 2 }), { nil: undefined }),
  nested: fc.array(fc.record({ key: fc.constantFrom(...statusKeys), status: statusPlan(anyEntry, 'any') }), { maxLength: 2 }),
  data: fc.option(fc.array(statusPlan(anyEntry, 'status'), { minLength: 1, maxLength: 2 }), { nil: undefined }),
  entity: fc.option(
    fc.array(fc.record({ status: statusPlan(anyEntry, 'success'), couponStatus: fc.option(statusPlan(anyEntry, 'status'), { nil: undefined }) }), { minLength: 1, maxLength: 2 }),
    { nil: undefined },
  ),
  redemption: fc.option(
    fc.record({ status: statusPlan(anyEntry, 'success'), inner: statusPlan(anyEntry, 'status'), warnings: fc.array(itemPlan(warningEntry), { maxLength: 2 }) }),
    { nil: undefined },
  ),
  noise: fc.subarray([...noise.keys()]),
  order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 8, maxLength: 8 }),
});

function buildV2(builder: Builder, plan: V2Plan): Bag {
  const body: Bag = {};
  const parts: (() => void)[] = [
    () => plan.errors && (body['errors'] = builder.list(plan.errors, 'error')),
    () => plan.warnings && (body['warnings'] = builder.list(plan.warnings, 'warning')),
    () => plan.asStatusCode && (body['warningsAsStatusCode'] = builder.list(plan.asStatusCode, 'warning')),
    () =>
      plan.nested.forEach(({ key, status }, i) => {
        const wrapper: Bag = { id: i };
        body[`result${i}`] = wrapper;
        builder.status(wrapper, key, status);
      }),
    () => {
      if (!plan.data) return;
      const data: Bag[] = [];
      body['data'] = data;
      plan.data.forEach((status, i) => builder.status(data as unknown as Bag, String(i), status));
    },
    () => {
      if (!plan.entity) return;
      const entity: Bag[] = plan.entity.map(() => ({ id: 409966467 }));
      body['entity'] = entity;
      plan.entity.forEach(({ status, couponStatus }, i) => {
        builder.status(entity[i]!, 'status', status);
        if (couponStatus) builder.status(entity[i]!, 'couponStatus', couponStatus);
      });
    },
    () => {
      if (!plan.redemption) return;
      const { status, inner, warnings } = plan.redemption;
      const redemption = builder.status(body, 'redemptionStatus', status, [['warnings', builder.list(warnings, 'warning')]]);
      builder.status(redemption, 'statusCode', inner);
    },
    () => plan.noise.forEach((i) => (body[noise[i]![0]] = noise[i]![1]())),
  ];
  for (const i of plan.order) parts[i]!();
  return body;
}

/** v1.1 parts and the resource each names (DESIGN: readStatuses infers the resource from a v1.1 body); `tickets` names none. */
const v11Parts = { customers: ['customer', 'customers'], transactions: ['transaction', 'transactions'], coupons: ['coupon', 'coupons'], tickets: ['ticket', undefined] } as const;

interface V11Plan {
  readonly status: StatusPlan;
  readonly part: keyof typeof v11Parts;
  readonly single: boolean;
  readonly items: readonly { readonly status: StatusPlan; readonly warnings: readonly ItemPlan[]; readonly form: 'list' | 'wrapped' | 'one' }[];
}

const v11Plan: fc.Arbitrary<V11Plan> = fc.record({
  status: statusPlan(requestLevel, 'success'),
  part: fc.constantFrom(...(Object.keys(v11Parts) as (keyof typeof v11Parts)[])),
  single: fc.boolean(),
  items: fc.array(
    fc.record({ status: statusPlan(anyEntry, 'success'), warnings: fc.array(itemPlan(warningEntry), { maxLength: 3 }), form: fc.constantFrom('list', 'wrapped', 'one') }),
    { minLength: 1, maxLength: 3 },
  ),
});

function buildV11(builder: Builder, plan: V11Plan): Bag {
  const response: Bag = {};
  builder.status(response, 'status', plan.status);
  const [itemKey] = v11Parts[plan.part];
  const items = plan.items.map((item, i) => {
    const object: Bag = { mobile: `91984501234${i}` };
    const one = item.form === 'one' && item.warnings.length === 1;
    const list = builder.list(item.warnings, 'warning');
    // `{"warning": one}`: the single item sits where the list would.
    let warnings: unknown = list;
    if (item.form === 'wrapped') warnings = { warning: list };
    if (one) {
      const wrapper = { warning: list[0] };
      builder.place(wrapper, 'warning', builder.placed.get(list)!.get('0')!);
      builder.placed.delete(list);
      warnings = wrapper;
    }
    builder.status(object, 'item_status', item.status, [['warnings', warnings]]);
    return object;
  });
  response[plan.part] = { [itemKey]: plan.single && items.length === 1 ? items[0] : items };
  return { response };
}

type PayloadPlan =
  | { readonly shape: 'v2'; readonly body: V2Plan }
  | { readonly shape: 'batch'; readonly bodies: readonly V2Plan[] }
  | { readonly shape: 'v1.1'; readonly body: V11Plan }
  | { readonly shape: 'self'; readonly status: StatusPlan };

const payloadPlan: fc.Arbitrary<PayloadPlan> = fc.oneof(
  { weight: 3, arbitrary: v2Plan.map((body) => ({ shape: 'v2' as const, body })) },
  { weight: 1, arbitrary: fc.array(v2Plan, { minLength: 1, maxLength: 3 }).map((bodies) => ({ shape: 'batch' as const, bodies })) },
  { weight: 3, arbitrary: v11Plan.map((body) => ({ shape: 'v1.1' as const, body })) },
  // A body that is itself a status (v1.1 `{success, code, message}`): a code and a flag make it one.
  { weight: 1, arbitrary: statusPlan(anyEntry, 'either').map((status) => ({ shape: 'self' as const, status })) },
);

/** A fresh payload for a plan, each call: properties that change a payload change their own copy. */
function build(plan: PayloadPlan): Built {
  const builder = new Builder();
  const built = (payload: unknown, resource?: Resource, root?: Placed): Built => ({
    payload,
    placed: builder.placed,
    inferred: { api: shownApi(payload), resource },
    ...(root && { root }),
  });
  switch (plan.shape) {
    case 'v2':
      return built(buildV2(builder, plan.body));
    case 'batch':
      return built(plan.bodies.map((body) => buildV2(builder, body)));
    case 'v1.1':
      return built(buildV11(builder, plan.body), v11Parts[plan.body.part][1]);
    case 'self': {
      const payload = statusObject(plan.status);
      return built(payload, undefined, placedObject(plan.status, payload));
    }
  }
}

/** Every placed status found at its path, in document order, nothing else, each resolved as `resolve` would. */
function expectFound(built: Built, hints: unknown, found: readonly ReadStatus[]): void {
  const expected = inOrder(built);
  expect(found.map((status) => status.path)).toEqual(expected.map((placed) => placed.path));
  const asHinted = effective(hints, built.inferred);
  found.forEach((status, i) => {
    const placed = expected[i]!;
    expect([status.code, status.category, status.message], status.path).toEqual([placed.code, placed.category, placed.message]);
    expect(at(built.payload, status.path), `${status.path} leads to the status`).toBe(placed.value);
    expect(status.resolution, status.path).toEqual(resolutionFor(status, asHinted, placed.withCategory));
  });
}

describe('fuzz: readStatuses', () => {
  it('never throws, whatever the payload and the hints, and reports only well-formed statuses', { timeout: TIMEOUT }, () => {
    const around = (value: unknown) =>
      fc.constantFrom(
        () => value,
        () => ({ errors: [value, { code: 8003 }], warnings: value, data: [value], statusCode: value }),
        () => ({ response: { status: value, customers: { customer: [{ item_status: value }, value] } } }),
        () => ({ response: value }),
        () => ({ root: { response: value }, item_status: value }),
        () => [{ status: value }, { errors: { error: value } }, { warnings: { warning: value } }, { redemptionStatus: { statusCode: value } }],
        () => ({ entity: [{ status: value, couponStatus: { code: 700, status: value } }] }),
      );
    fc.assert(
      fc.property(anyValue.chain(around), fc.oneof(anyHints, anyValue), (make, hintsInput) => {
        const payload = real(make());
        const hints = real(hintsInput);
        const result = attempt(() => readStatuses(payload, hints as never));
        expect(result.ok, result.ok ? '' : describeError(result.error)).toBe(true);
        if (result.ok) expectWellFormed(result.value);
        expect(prototypesUntouched()).toBe(true);
      }),
      runs<[() => unknown, unknown]>(undefined, [
        [() => ({ errors: [recipe('throwingGetters')] }), recipe('throwingProxy')],
        [() => recipe('cyclicObject'), { resource: recipe('revoked'), api: recipe('liar') }],
        [() => ({ errors: recipe('revoked') }), undefined],
        [() => ({ response: recipe('revoked') }), undefined],
      ]),
    );
  });

  it('resolves each status as resolve does with its code, category and message, and the hints given', { timeout: TIMEOUT }, () => {
    // Hints that name a resource and an api leave nothing to infer from the body; values answer each read the same.
    const named = fc.record({ resource: fc.oneof(fc.constantFrom(...resources), garbage), api: fc.oneof(fc.constantFrom(...apis), garbage), operation: hintField(operations) });
    const payload = fc.oneof(
      steadyValue.map((value) => ({ errors: [value], warnings: { warning: value }, a: { status: value }, data: [value] })),
      payloadPlan.map((plan) => build(plan).payload),
    );
    fc.assert(
      fc.property(payload, named, (input, hintsInput) => {
        const value = real(input);
        const hints = real(hintsInput);
        if (given(hints, 'resource') == null || given(hints, 'api') == null) return;
        const found = readStatuses(value, hints as never);
        expectWellFormed(found);
        const asHinted = effective(hints, nothingInferred);
        for (const status of found) {
          // A list or a flag gives the reader the category; a status object without a flag does not.
          const candidates = [resolutionFor(status, asHinted, true), resolutionFor(status, asHinted, false)];
          expect(candidates, status.path).toContainEqual(status.resolution);
        }
      }),
      runs(),
    );
  });

  it('finds every status built into a payload from catalog entries, at its path, in document order, and nothing else', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(payloadPlan, anyHints, (plan, hintsInput) => {
        const built = build(plan);
        const hints = real(hintsInput);
        const found = readStatuses(built.payload, hints as never);
        expectWellFormed(found);
        expectFound(built, hints, found);
      }),
      runs(),
    );
  });

  it("resolves an entry's own wording, in its own category, with its resource, api and operation as hints, to that entry exactly", { timeout: TIMEOUT }, () => {
    const ownWording = (entry: Entry) => fc.tuple(fillValue, fillValue).map(([a, b]) => fill(entry.message, Object.fromEntries(entry.params.map((name, i) => [name, i % 2 ? b : a]))));
    const own = (entries: fc.Arbitrary<Entry>, flags: FlagRule) =>
      statusPlan(entries, flags, ownWording).map((status) => {
        const success = status.entry.category === 'success';
        const flag = status.flag && { ...status.flag, value: typeof status.flag.value === 'string' ? (String(success) as 'true' | 'false') : success };
        return { ...status, flag };
      });
    const item = (entries: fc.Arbitrary<Entry>) => own(entries, 'any').map((status): ItemPlan => ({ bare: false, status }));
    const empty: V2Plan = { errors: undefined, warnings: undefined, asStatusCode: undefined, nested: [], data: undefined, entity: undefined, redemption: undefined, noise: [], order: [0, 1, 2, 3, 4, 5, 6, 7] };
    const errors = fc.constantFrom(...ofCategory('error'));
    const warnings = fc.constantFrom(...ofCategory('warning'));
    const flagged = fc.constantFrom(...catalog.filter((entry) => entry.category !== 'warning'));
    const plan: fc.Arbitrary<PayloadPlan> = fc.oneof(
      item(errors).map((status) => ({ shape: 'v2' as const, body: { ...empty, errors: [status] } })),
      item(warnings).map((status) => ({ shape: 'v2' as const, body: { ...empty, warnings: [status] } })),
      item(warnings).map((status) => ({ shape: 'v2' as const, body: { ...empty, asStatusCode: [status] } })),
      fc.record({ key: fc.constantFrom(...statusKeys), status: own(flagged, 'either') }).map((nested) => ({ shape: 'v2' as const, body: { ...empty, nested: [nested] } })),
      own(flagged, 'status').map((status) => ({ shape: 'v2' as const, body: { ...empty, data: [status] } })),
      own(flagged, 'either').map((status) => ({ shape: 'self' as const, status })),
    );
    fc.assert(
      fc.property(plan, (payloadPlan) => {
        const built = build(payloadPlan);
        const [placed] = inOrder(built);
        const { entry } = placed!;
        const hints = { resource: entry.resource, api: entry.api, operation: entry.operations?.[0] };
        const found = readStatuses(built.payload, hints);
        expect(found).toHaveLength(1);
        expectFound(built, hints, found);
        expect(found[0]!.resolution, found[0]!.path).toMatchObject({ status: 'resolved', entry, text: 'exact' });
      }),
      runs(),
    );
  });
});

// --- hostile payloads ----------------------------------------------------------------------

/** The hostile values the changes below put in payloads: no part of the clean payload. */
const hostileValues = new WeakSet<object>();

function made(hostile: Recipe): unknown {
  const value = hostile.make();
  if (typeof value === 'object' && value !== null) hostileValues.add(value);
  return value;
}

/** Every object and array of a payload's clean part, parents first, each once: not what an earlier change added. */
function containers(payload: unknown): object[] {
  const seen = new Set<object>();
  const visit = (value: unknown) => {
    if (typeof value !== 'object' || value === null || seen.has(value) || hostileValues.has(value)) return;
    seen.add(value);
    for (const key of Object.keys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (!key.startsWith('zz') && key !== '__proto__' && descriptor && 'value' in descriptor) visit(descriptor.value);
    }
  };
  visit(payload);
  return [...seen];
}

const trap = (): never => {
  throw new Error('hostile getter');
};

/**
 * Changes to a payload that must not change what is found in its clean part: hostile items
 * before every item of every array (moving item i to 2i + 1), fields added after every
 * object's own (so the clean part keeps its document order), every object behind a proxy that
 * forwards, objects frozen or sealed. Applied in this order: a frozen object takes no field.
 */
const hostility = {
  /** A hostile value before each item of every array. */
  interleaved(payload: unknown, hostile: Recipe): unknown {
    for (const value of containers(payload)) {
      if (!Array.isArray(value)) continue;
      const items = value.splice(0);
      for (const item of items) value.push(made(hostile), item);
    }
    return payload;
  },
  /** A throwing getter on every object and array (on an array, as the item after the last). */
  getters(payload: unknown): unknown {
    for (const value of containers(payload)) {
      Object.defineProperty(value, Array.isArray(value) ? value.length : 'zzGetter', { get: trap, enumerable: true });
    }
    return payload;
  },
  /** Every object points back at the root and at itself. */
  cycles(payload: unknown): unknown {
    for (const value of containers(payload)) if (!Array.isArray(value)) Object.assign(value, { zzRoot: payload, zzSelf: value });
    return payload;
  },
  /** An own `__proto__` key, as JSON.parse makes one, on every object. */
  proto(payload: unknown): unknown {
    for (const value of containers(payload)) {
      if (!Array.isArray(value)) Object.defineProperty(value, '__proto__', { value: { polluted: 'yes', code: 'x' }, enumerable: true, writable: true, configurable: true });
    }
    return payload;
  },
  /** A hostile value (a throwing proxy, a revoked one, a liar ...) beside every object's fields. */
  siblings(payload: unknown, hostile: Recipe): unknown {
    for (const value of containers(payload)) if (!Array.isArray(value)) (value as Bag)['zzHostile'] = made(hostile);
    return payload;
  },
  /** Every object and array behind a proxy that forwards every trap (a cycle reaches the same proxy). */
  proxies(payload: unknown): unknown {
    const proxies = new Map<object, object>();
    for (const value of containers(payload)) proxies.set(value, new Proxy(value, {}));
    for (const value of proxies.keys()) {
      for (const key of Object.keys(value)) {
        const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
        const proxy = 'value' in descriptor && typeof descriptor.value === 'object' ? proxies.get(descriptor.value) : undefined;
        if (proxy) (value as Bag)[key] = proxy;
      }
    }
    return proxies.get(payload as object) ?? payload;
  },
  frozen(payload: unknown): unknown {
    for (const value of containers(payload)) Object.freeze(value);
    return payload;
  },
  sealed(payload: unknown): unknown {
    for (const value of containers(payload)) Object.seal(value);
    return payload;
  },
} as const;

type Hostility = keyof typeof hostility;

/** Hostile recipes whose statuses, if any, sit under their own `zzHostile` paths. */
const hostileRecipes = fc.constantFrom('throwingGetters', 'throwingProxy', 'throwingArrayProxy', 'revoked', 'cyclicObject', 'cyclicArray', 'liar', 'jsonProto', 'nullPrototype').map((label) => recipe(label as never));

describe('fuzz: readStatuses on hostile payloads', () => {
  // Bounds for two loaded cores; a plain run takes a tenth of them or less.
  const smallBound = 1_000;
  const hugeBound = 10_000;

  it(`finds the clean part's statuses the same beside hostile items and fields, throwing getters, cycles, __proto__ keys, frozen, sealed or behind proxies, each within ${smallBound} ms`, { timeout: TIMEOUT }, () => {
    // An item at index i of an array moves to 2i + 1 when hostile items are interleaved.
    const moved = (path: string) => path.split('.').map((key) => (/^\d+$/.test(key) ? String(2 * Number(key) + 1) : key)).join('.');
    const hostilePath = /(^|\.)(zz(Hostile|Getter|Root|Self)|__proto__|\d*[02468])(\.|$)/;
    fc.assert(
      fc.property(payloadPlan, fc.subarray(Object.keys(hostility) as Hostility[], { minLength: 1 }), hostileRecipes, anyHints, (plan, changes, hostile, hintsInput) => {
        const hints = real(hintsInput);
        const clean = build(plan);
        const cleanFound = readStatuses(clean.payload, hints as never);
        const expected = changes.includes('interleaved') ? cleanFound.map((status) => ({ ...status, path: moved(status.path) })) : cleanFound;
        let payload = build(plan).payload;
        for (const change of changes) payload = hostility[change](payload, hostile);
        const started = performance.now();
        const result = attempt(() => readStatuses(payload, hints as never));
        expect(performance.now() - started).toBeLessThan(smallBound);
        expect(result.ok, result.ok ? '' : describeError(result.error)).toBe(true);
        if (!result.ok) return;
        expectWellFormed(result.value);
        const paths = new Set(expected.map((status) => status.path));
        expect(result.value.filter((status) => paths.has(status.path))).toEqual(expected);
        // The hostile values' own statuses, if they hold any, are under their own keys and items.
        for (const status of result.value) if (!paths.has(status.path)) expect(status.path).toMatch(hostilePath);
        expect(prototypesUntouched()).toBe(true);
      }),
      runs(),
    );
  });

  it(`reads 10 MB strings as messages, codes, keys and list items, each payload within ${hugeBound} ms`, { timeout: TIMEOUT }, () => {
    const tenMegabytes = 10 * 1024 * 1024;
    fc.assert(
      fc.property(fc.constantFrom('x', ' ', '{0}', '8011', 'Invalid source passed '), payloadPlan, (unit, plan) => {
        const big = unit.repeat(Math.ceil(tenMegabytes / unit.length));
        const built = build(plan);
        // The body is wrapped in one that shows no surface: what the body showed is given as hints to both reads.
        const hints = built.inferred;
        const clean = readStatuses(built.payload, hints);
        const more = { errors: [{ code: 8011, message: big }, { code: big, message: 'Invalid source passed' }, big] };
        const payload = { body: built.payload, more, [big.slice(0, 1 << 20)]: { status: { code: big } } };
        const started = performance.now();
        const found = readStatuses(payload, hints);
        expect(performance.now() - started).toBeLessThan(hugeBound);
        expectWellFormed(found);
        expect(found.slice(0, clean.length).map((status) => ({ ...status, path: status.path.replace(/^body\.?/, '') }))).toEqual(clean);
        const rest = found.slice(clean.length);
        // A 10 MB code is no code; a 10 MB bare item is a text; a 10 MB key holds no status here.
        expect(rest.map((status) => [status.path, status.code, status.message?.length])).toEqual([
          ['more.errors.0', 8011, big.length],
          ['more.errors.1', undefined, 'Invalid source passed'.length],
          ['more.errors.2', undefined, big.length],
        ]);
        // Returned whole, not compared: the message is no hint.
        expect(rest[0]!.resolution).toEqual(resolve(8011, { ...hints, category: 'error' }));
      }),
      runs(HUGE_RUNS),
    );
  });

  it(`reads 100,000 levels of nesting, arrays and objects, without a stack overflow, within ${hugeBound} ms`, { timeout: TIMEOUT }, () => {
    const depth = 100_000;
    fc.assert(
      fc.property(payloadPlan, fc.array(fc.boolean(), { minLength: 1, maxLength: 64 }), (plan, pattern) => {
        const built = build(plan);
        const hints = built.inferred;
        const clean = readStatuses(built.payload, hints);
        let deep: unknown = built.payload;
        const prefix: string[] = [];
        for (let i = 0; i < depth; i++) {
          const inList = pattern[i % pattern.length];
          deep = inList ? [deep] : { a: deep };
          prefix.push(inList ? '0' : 'a');
        }
        const outside = prefix.reverse().join('.');
        const started = performance.now();
        const result = attempt(() => readStatuses(deep, hints));
        expect(performance.now() - started).toBeLessThan(hugeBound);
        expect(result.ok, result.ok ? '' : describeError(result.error)).toBe(true);
        if (!result.ok) return;
        expect(result.value).toEqual(clean.map((status) => ({ ...status, path: status.path ? `${outside}.${status.path}` : outside })));
      }),
      runs(HUGE_RUNS),
    );
  });
});

// --- readResponse ---------------------------------------------------------------------------

/** A `Retry-After` value: seconds, a date, or anything. */
const retryAfterText = fc.oneof(fc.nat({ max: 100_000 }).map(String), fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()), anyText);
/** Headers in every shape callers hold them, with a `Retry-After` in any case, or anything else. */
const anyHeaders: fc.Arbitrary<unknown> = fc.oneof(
  fc.tuple(fc.constantFrom('Retry-After', 'retry-after', 'RETRY-AFTER'), retryAfterText, fc.constantFrom('object', 'map', 'headers', 'list')).map(([name, value, shape]) => {
    if (shape === 'map') return new Map([[name, value]]);
    if (shape === 'list') return { [name]: [value] };
    if (shape === 'headers') return attempt(() => new Headers({ [name]: value })).ok ? new Headers({ [name]: value }) : { [name]: value };
    return { [name]: value };
  }),
  anyValue,
  anyBag,
);
const anyHttpStatus: fc.Arbitrary<unknown> = fc.oneof(fc.constantFrom(200, 201, 204, 400, 404, 408, 429, 500, 502, 503, 504), fc.integer(), garbage);
const responseHints: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ resource: hintField(resources), api: hintField(apis), httpStatus: anyHttpStatus, headers: anyHeaders }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: anyValue },
);

/** A reading as documented: its parts consistent with each other and with its statuses. */
function expectWellReadResponse(reading: ReturnType<typeof readResponse>): void {
  expectWellFormed([...reading.statuses]);
  expect(['success', 'partial', 'failure']).toContain(reading.outcome);
  expect(reading.ok).toBe(reading.outcome === 'success');
  const statuses = new Set(reading.statuses);
  expect(reading.failures.every((status) => statuses.has(status) && status.category === 'error')).toBe(true);
  expect(new Set(reading.failures)).toEqual(new Set(reading.statuses.filter((status) => status.category === 'error')));
  expect(reading.warnings).toEqual(reading.statuses.filter((status) => status.category === 'warning'));
  expect(reading.items.map((item) => item.index)).toEqual(reading.items.map((_, index) => index));
  for (const item of reading.items) {
    if (item.status) expect(statuses.has(item.status)).toBe(true);
    expect(item.ok).toBe(item.status?.category !== 'error');
  }
  const failed = reading.failures.length > 0 || (reading.httpStatus !== undefined && reading.httpStatus >= 400);
  expect(reading.outcome).toBe(!failed ? 'success' : reading.items.some((item) => item.ok) ? 'partial' : 'failure');
  for (const retry of [reading.retry, ...reading.items.map((item) => item.retry)]) {
    expect(typeof retry.retryable).toBe('boolean');
    expect(retry.reason).toMatch(/^[^\r\n]{5,200}$/);
    if (retry.afterMs !== undefined) expect(retry.retryable && retry.afterMs >= 0 && retry.afterMs <= 86_400_000).toBe(true);
  }
}

describe('fuzz: readResponse', () => {
  it('never throws, whatever the body, the hints and the headers, and gives a consistent verdict', { timeout: TIMEOUT }, () => {
    const around = (value: unknown) =>
      fc.constantFrom(
        () => value,
        () => [{ errors: [value] }, { entity: value, warnings: [value] }],
        () => ({ response: { status: value, customers: { customer: [{ item_status: value }, value] } } }),
        () => ({ status: value, data: [value, { status: value }] }),
      );
    fc.assert(
      fc.property(anyValue.chain(around), responseHints, (make, hintsInput) => {
        const body = real(make());
        const hints = real(hintsInput);
        const result = attempt(() => readResponse(body, hints as never));
        expect(result.ok, result.ok ? '' : describeError(result.error)).toBe(true);
        if (result.ok) expectWellReadResponse(result.value);
        expect(prototypesUntouched()).toBe(true);
      }),
      runs<[() => unknown, unknown]>(undefined, [
        [() => recipe('cyclicObject'), { httpStatus: 503, headers: recipe('throwingProxy') }],
        [() => ({ errors: recipe('revoked') }), { headers: recipe('revoked') }],
        [() => [recipe('throwingArrayProxy')], { headers: recipe('liar') }],
      ]),
    );
  });

  it('reads the statuses readStatuses reads, one item per element of a batch, and judges by them', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(payloadPlan, anyHints, fc.option(fc.constantFrom(200, 400, 429, 500, 503), { nil: undefined }), (plan, hintsInput, httpStatus) => {
        const built = build(plan);
        const asGiven = real(hintsInput);
        const hints = { resource: given(asGiven, 'resource'), api: given(asGiven, 'api'), operation: given(asGiven, 'operation') } as never;
        const reading = readResponse(built.payload, { ...(hints as object), httpStatus });
        expect(reading.statuses).toEqual(readStatuses(built.payload, hints));
        expectWellReadResponse(reading);
        if (plan.shape === 'batch') expect(reading.items.map((item) => item.path)).toEqual(plan.bodies.map((_, index) => String(index)));
      }),
      runs(),
    );
  });

  it('judges a 10 MB body that is no JSON, or one beside a 10 MB header, by the HTTP status alone', { timeout: TIMEOUT }, () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    fc.assert(
      fc.property(fc.constantFrom(200, 404, 429, 500, 503), (httpStatus) => {
        const started = performance.now();
        const reading = readResponse(big, { httpStatus, headers: { 'Retry-After': big, [big.slice(0, 1 << 16)]: big } });
        expect(performance.now() - started).toBeLessThan(1_000);
        expect([reading.outcome, reading.statuses.length, reading.retry.afterMs]).toEqual([httpStatus < 400 ? 'success' : 'failure', 0, undefined]);
        expect(reading.retry.retryable).toBe(httpStatus === 429 || httpStatus === 503);
      }),
      runs(HUGE_RUNS),
    );
  });
});

it('has entries of every category, request-level ones and operations to build payloads from', () => {
  for (const category of ['success', 'error', 'warning'] as const) expect(ofCategory(category).length, category).toBeGreaterThan(50);
  expect(catalog.filter((entry) => entry.resource === 'api').length).toBeGreaterThan(10);
  expect(operations.length).toBeGreaterThan(10);
});
