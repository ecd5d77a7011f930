import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { catalog, entries, find, format, isKey, parseCode, resolve, type Api, type Category, type Entry } from 'capillary-codes';
import * as zod from 'capillary-codes/zod';
import { readStatuses, type ReadStatus } from 'capillary-codes/zod';
import { anyValue, attempt, catalogSet, codeLike, describeError, expectUntouched, hostileObject, HUGE_RUNS, numericText, prototypesUntouched, real, recipe, runs, TIMEOUT } from './hostile.js';

afterEach(expectUntouched);

const schemas = ['codeSchema', 'keySchema', 'categorySchema', 'entrySchema', 'v2StatusSchema', 'v2ResponseSchema', 'v11ItemStatusSchema', 'v11ResponseSchema'] as const;
type SafeParse = { safeParse(value: unknown): { success: boolean; data?: unknown; error?: { issues: { message: string }[] } } };
const schema = (name: (typeof schemas)[number]) => zod[name] as unknown as SafeParse;
const fillTemplate = format as unknown as (template: string, params: unknown) => string;
const categories = new Set<unknown>(['success', 'error', 'warning']);

/** Every status `readStatuses` reports is well formed, and a resolved one really has the code that was read. */
function expectStatuses(found: unknown): asserts found is ReadStatus[] {
  expect(Array.isArray(found)).toBe(true);
  for (const status of found as ReadStatus[]) {
    expect(typeof status.path).toBe('string');
    expect(categories.has(status.category)).toBe(true);
    expect(status.code === undefined || Number.isSafeInteger(status.code)).toBe(true);
    expect(status.message === undefined || typeof status.message === 'string').toBe(true);
    const { resolution } = status;
    expect(Object.isFrozen(resolution)).toBe(true);
    if (resolution.status === 'unknown') {
      expect(status.code === undefined || find(status.code).length === 0, `${status.path} ${status.code}`).toBe(true);
    } else {
      expect(catalogSet.has(resolution.entry)).toBe(true);
      expect(resolution.entry.code).toBe(status.code);
    }
  }
}

describe('fuzz: the zod schemas', () => {
  it('safeParse never throws on any value: an answer, success or not', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...schemas), anyValue, (name, input) => {
        const value = real(input);
        const result = attempt(() => schema(name).safeParse(value));
        expect(result.ok, `${name}.safeParse threw ${result.ok ? '' : describeError(result.error)}`).toBe(true);
        if (result.ok) expect(typeof result.value.success).toBe('boolean');
        expect(prototypesUntouched()).toBe(true);
      }),
      runs<[(typeof schemas)[number], unknown]>(undefined, [
        ['v2StatusSchema', recipe('throwingGetters')],
        ['v11ResponseSchema', recipe('revoked')],
      ]),
    );
  });

  it('codeSchema accepts what parseCode reads, keySchema what isKey accepts, categorySchema the three categories', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.oneof(codeLike, numericText, anyValue, fc.constantFrom(...catalog.map((entry) => entry.key), 'error', 'warning', 'success', 'Error')), (input) => {
        const value = real(input);
        const code = schema('codeSchema').safeParse(value);
        const parsed = attempt(() => parseCode(value));
        if (parsed.ok && code.success) expect(code.data).toBe(parsed.value);
        else if (parsed.ok) expect(parsed.value).toBeUndefined();
        expect(schema('keySchema').safeParse(value).success).toBe(isKey(value));
        expect(schema('categorySchema').safeParse(value).success).toBe(categories.has(value));
      }),
      runs(),
    );
  });

  it('entrySchema revives a stored entry as the catalog\'s own, and rejects one whose code or category was changed', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...catalog), fc.constantFrom('code', 'category', 'none'), codeLike, (entry, field, other) => {
        const stored = JSON.parse(JSON.stringify(entry)) as Record<string, unknown>;
        if (field === 'code') stored['code'] = other;
        if (field === 'category') stored['category'] = entry.category === 'error' ? 'warning' : 'error';
        const result = schema('entrySchema').safeParse(stored);
        const same = field === 'none' || (field === 'code' && parseCode(other) === entry.code);
        expect(result.success).toBe(same);
        if (same) expect(result.data).toBe(entry);
        else expect(result.error!.issues[0]!.message).toMatch(new RegExp(`^${field}: `));
      }),
      runs(),
    );
  });
});

// --- payloads as servers send them -----------------------------------------------------

const safeValue = fc.stringMatching(/^[A-Za-z0-9_-]{1,10}$/);
const ofApi = (api: Api, category: Category) => catalog.filter((entry) => entry.api === api && entry.category === category);

/** A message the server would send for an entry: a wording of it, filled, or none at all. */
const messageFor = (entry: Entry) =>
  fc.option(
    fc.tuple(fc.constantFrom(entry.message, ...(entry.aliases ?? [])), fc.array(safeValue, { minLength: 2, maxLength: 2 })).map(([wording, values]) =>
      fillTemplate(wording, Object.fromEntries(entry.params.map((name, i) => [name, values[i % 2]!]))),
    ),
    { nil: undefined },
  );

const codeFor = (entry: Entry) => fc.constantFrom<unknown>(entry.code, String(entry.code), ` ${entry.code} `);

/** An object whose keys come in the order given: servers send `{status, code, message}` in any order. */
function ordered(fields: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(order.filter((key) => fields[key] !== undefined).map((key) => [key, fields[key]]));
}

interface Sent {
  readonly entry: Entry;
  readonly path: string;
  readonly category: Category;
  readonly message: string | undefined;
}

const v2Item = (category: 'error' | 'warning') =>
  fc.constantFrom(...ofApi('v2', category)).chain((entry) =>
    fc.record({
      entry: fc.constant(entry),
      code: codeFor(entry),
      message: messageFor(entry),
      status: fc.constantFrom<unknown>(category === 'warning', String(category === 'warning'), undefined),
      order: fc.shuffledSubarray(['status', 'code', 'message'], { minLength: 3, maxLength: 3 }),
    }),
  );

const v2Payload = fc
  .record({
    errors: fc.array(v2Item('error'), { maxLength: 4 }),
    warnings: fc.array(v2Item('warning'), { maxLength: 4 }),
    order: fc.shuffledSubarray(['errors', 'warnings', 'createdId', 'note'], { minLength: 4, maxLength: 4 }),
  })
  .map(({ errors, warnings, order }) => {
    const sent: Sent[] = [];
    const lists = { errors, warnings };
    for (const key of order) {
      if (key !== 'errors' && key !== 'warnings') continue;
      lists[key].forEach((item, i) => sent.push({ entry: item.entry, path: `${key}.${i}`, category: key === 'errors' ? 'error' : 'warning', message: item.message }));
    }
    const item = (i: (typeof errors)[number]) => ordered({ status: i.status, code: i.code, message: i.message }, i.order);
    const payload = ordered({ errors: errors.map(item), warnings: warnings.map(item), createdId: 42, note: 'a text, not a status' }, order);
    return { payload, sent, api: 'v2' as Api };
  });

const v11Warning = fc.constantFrom(...ofApi('v1.1', 'warning')).chain((entry) =>
  fc.record({ entry: fc.constant(entry), form: fc.constantFrom('code', 'text', 'object'), code: codeFor(entry), message: messageFor(entry) }),
);

const v11Customer = fc.boolean().chain((success) =>
  fc.constantFrom(...ofApi('v1.1', success ? 'success' : 'error')).chain((entry) =>
    fc.record({
      entry: fc.constant(entry),
      success: fc.constantFrom<unknown>(success, String(success)),
      code: codeFor(entry),
      message: messageFor(entry),
      warnings: fc.array(v11Warning, { maxLength: 3 }),
      wrapped: fc.boolean(),
    }),
  ),
);

const v11Payload = fc.record({ customers: fc.array(v11Customer, { minLength: 1, maxLength: 4 }), single: fc.boolean() }).map(({ customers, single }) => {
  const one = single && customers.length === 1;
  const sent: Sent[] = [];
  const customer = customers.map((c, i) => {
    const at = `response.customers.customer${one ? '' : `.${i}`}.item_status`;
    sent.push({ entry: c.entry, path: at, category: c.success === true || c.success === 'true' ? 'success' : 'error', message: c.message });
    const warnings = c.warnings.map((w, j) => {
      sent.push({ entry: w.entry, path: `${at}.warnings.${c.wrapped ? 'warning.' : ''}${j}`, category: 'warning', message: w.form === 'object' ? w.message : undefined });
      return w.form === 'code' ? String(w.entry.code) : w.form === 'text' ? w.entry.code : ordered({ code: w.code, message: w.message }, ['code', 'message']);
    });
    return { mobile: `91984501${i}`, item_status: ordered({ success: c.success, code: c.code, message: c.message, warnings: c.wrapped ? { warning: warnings } : warnings }, ['success', 'code', 'message', 'warnings']) };
  });
  const payload = { response: { status: { success: 'true', code: '200', message: 'SUCCESS' }, customers: { customer: one ? customer[0] : customer } } };
  return { payload, sent, api: 'v1.1' as Api };
});

describe('fuzz: readStatuses', () => {
  it('finds every status of a v1.1 or v2 payload, in document order, each resolved as resolve would with its category, API and message', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.oneof(v2Payload, v11Payload), ({ payload, sent, api }) => {
        const found = readStatuses(payload);
        expectStatuses(found);
        const items = api === 'v1.1' ? found.filter((status) => status.path !== 'response.status') : found;
        expect(items.map((status) => [status.path, status.category, status.code, status.message])).toEqual(
          sent.map((s) => [s.path, s.category, s.entry.code, s.message]),
        );
        items.forEach((status, i) => {
          const { entry, category, message } = sent[i]!;
          const expected = resolve(entry.code, { api, category, ...(message !== undefined && { message }) });
          expect(status.resolution, status.path).toEqual(expected);
          // The entry's own wording, in its own list: nothing left to guess.
          if (message !== undefined && category === entry.category) expect(status.resolution).toMatchObject({ status: 'resolved', entry, text: 'exact' });
        });
        const parsed = (api === 'v2' ? schema('v2ResponseSchema') : schema('v11ResponseSchema')).safeParse(payload);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      }),
      runs(),
    );
  });

  it('never throws, whatever the payload, and reports only well-formed statuses', { timeout: TIMEOUT }, () => {
    const around = (value: unknown) =>
      fc.constantFrom(
        () => value,
        () => ({ errors: [value, { code: 8003 }], warnings: value }),
        () => ({ response: { status: value, customers: { customer: [{ item_status: value }, value] } } }),
        () => [{ status: value }, { errors: { error: value } }, { warnings: { warning: value } }],
      );
    fc.assert(
      fc.property(fc.oneof(anyValue, hostileObject).chain((input) => around(input)), (make) => {
        const payload = real(make());
        const result = attempt(() => readStatuses(payload));
        expect(result.ok, result.ok ? '' : describeError(result.error)).toBe(true);
        if (result.ok) expectStatuses(result.value);
        expect(prototypesUntouched()).toBe(true);
      }),
      runs(),
    );
  });

  it('reads the clean part of a payload the same, whatever hostile value sits beside it', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(v2Payload, hostileObject, ({ payload }, hostile) => {
        const clean = readStatuses(payload);
        const mixed = readStatuses({ ...payload, zzz: real(hostile) });
        expect(mixed.slice(0, clean.length)).toEqual(clean);
      }),
      runs(),
    );
  });

  it('reads 1 MB messages and codes without throwing', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.constantFrom('x', ' ', '{0}', '8011', 'Invalid source passed '), fc.constantFrom(...catalog), (unit, entry) => {
        const big = unit.repeat(Math.ceil((1 << 20) / unit.length));
        const found = readStatuses({ errors: [{ code: entry.code, message: big }, { code: big, message: entry.message }], warnings: [big] });
        expectStatuses(found);
        expect(found.map((status) => status.code)).toEqual([entry.code, undefined, undefined]);
        for (const name of schemas) expect(typeof schema(name).safeParse(big).success).toBe('boolean');
      }),
      runs(HUGE_RUNS),
    );
  });
});

it('has payloads of both surfaces to fuzz with', () => {
  for (const [api, category] of [['v2', 'error'], ['v2', 'warning'], ['v1.1', 'success'], ['v1.1', 'error'], ['v1.1', 'warning']] as const) {
    expect(ofApi(api, category).length, `${api} ${category}`).toBeGreaterThan(3);
  }
  expect(entries.INVALID_SOURCE.api).toBe('v2');
});
