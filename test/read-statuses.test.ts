/**
 * readStatuses, the root entry's (`capillary-codes`, no zod) and the customers view's: the
 * tests of 0.1, where `capillary-codes/zod` exported it over the customers catalog. Where 0.2
 * changes an answer, the test says so: request-level statuses (`response.status`, 200, 400 in
 * a v2 body ...) now resolve to the `api` entries; 0.1 had none and answered `unknown`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { catalog, entries, readStatuses, type Category, type Key, type Resolution, type TextMatch } from 'capillary-codes';
import * as customers from 'capillary-codes/customers';
import { describe, expect, it } from 'vitest';

interface Expected {
  readonly path: string;
  readonly category: Category;
  readonly key?: Key;
  readonly status?: 'ambiguous' | 'unknown';
  readonly candidates?: readonly Key[];
  readonly text?: TextMatch;
  readonly params?: Readonly<Record<string, string>>;
  /** `null` stands for `undefined`, which JSON cannot hold. */
  readonly code?: number | null;
}

interface Fixture {
  readonly description: string;
  readonly payload: unknown;
  readonly expect: readonly Expected[];
}

const directory = new URL('./fixtures/payloads/', import.meta.url);
const fixtures = readdirSync(directory)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => [name, JSON.parse(readFileSync(new URL(name, directory), 'utf8')) as Fixture] as const);

function keyOf(status: { readonly resolution: Resolution | customers.Resolution }): string | undefined {
  return status.resolution.status === 'resolved' ? status.resolution.entry.key : undefined;
}

/** The same calls over the two catalogs: an entry is compared by key, since each entry point unpacks its own. */
const readers = [
  ['capillary-codes', readStatuses, catalog],
  ['capillary-codes/customers', customers.readStatuses, customers.catalog],
] as const;

describe('fixtures: real wire payloads of the customers resource', () => {
  it('has at least 30 payloads, each with its expectations', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    for (const [, fixture] of fixtures) expect(fixture.expect.length).toBeGreaterThan(0);
  });

  it("covers every surface and every duplicated code of the customers view", () => {
    const keys = new Set(fixtures.flatMap(([, fixture]) => fixture.expect.flatMap((e) => [e.key, ...(e.candidates ?? [])])));
    // The customers resource's own entries of each code; since 0.2 the view also holds the request-level (api) ones.
    for (const code of [8011, 8013, 8015, 8065, 8066, 8088, 8090, 1300, 1050, 1061]) {
      for (const entry of customers.find(code).filter((entry) => entry.resource === 'customers')) {
        expect(keys, `${code} ${entry.key}`).toContain(entry.key);
      }
    }
    for (const code of [400, 8089, 1222, 1000, 1040]) expect(customers.find(code).some((entry) => keys.has(entry.key)), String(code)).toBe(true);
    const names = fixtures.map(([name]) => name);
    expect(names.filter((name) => name.startsWith('v11-')).length).toBeGreaterThanOrEqual(10);
    expect(names.filter((name) => name.startsWith('v2-')).length).toBeGreaterThanOrEqual(10);
  });

  describe.each(readers)('%s', (_, read, catalog) => {
    it.each(fixtures)('%s', (_, fixture) => {
      const statuses = read(fixture.payload);
      expect(statuses.map((status) => status.path)).toEqual(fixture.expect.map((e) => e.path));
      fixture.expect.forEach((expected, i) => {
        const status = statuses[i]!;
        const { resolution } = status;
        const where = `${fixture.description} @ ${expected.path}`;
        expect(status.category, where).toBe(expected.category);
        if (expected.key) {
          expect(keyOf(status), where).toBe(expected.key);
          expect(status.code, where).toBe(catalog.find((entry) => entry.key === expected.key)!.code);
        } else if (expected.path === 'response.status' && expected.status === 'unknown') {
          // 0.2: the request-level status resolves to its `api` entry (200: REQUEST_SUCCEEDED); 0.1 said unknown.
          expect(resolution.status === 'resolved' && resolution.entry.resource, where).toBe('api');
          expect(resolution.status === 'resolved' && resolution.entry.code, where).toBe(status.code);
        } else {
          expect(resolution.status, where).toBe(expected.status);
        }
        if (expected.candidates && resolution.status === 'ambiguous') {
          expect(resolution.candidates.map((entry) => entry.key), where).toEqual(expected.candidates);
        }
        if (expected.text) expect(resolution.status !== 'unknown' && resolution.text, where).toBe(expected.text);
        if (expected.params) expect(resolution.status === 'resolved' && resolution.params, where).toEqual(expected.params);
        if (expected.code !== undefined) expect(status.code, where).toBe(expected.code ?? undefined);
      });
    });
  });

  it('holds request-level statuses the 0.1 fixtures expect unknown, which the adapted branch above checks', () => {
    const adapted = fixtures.flatMap(([, fixture]) => fixture.expect.filter((e) => e.path === 'response.status' && e.status === 'unknown'));
    expect(adapted.length).toBeGreaterThanOrEqual(10);
  });
});

describe('readStatuses', () => {
  const v11 = (customer: unknown) => ({ response: { status: { success: 'true', code: 200, message: 'SUCCESS' }, customers: { customer } } });
  const item = (code: string, message: string, warnings: unknown = []) => ({ item_status: { success: 'true', code, message, warnings } });

  it('returns the request-level status, each item status and its warnings, in document order', () => {
    const statuses = readStatuses(
      v11([item('1000', 'Customer successfully retrieved', { warning: ['91017'] }), item('1000', 'Customer successfully updated')]),
    );
    expect(statuses.map(({ path, category, code, message }) => ({ path, category, code, message }))).toEqual([
      { path: 'response.status', category: 'success', code: 200, message: 'SUCCESS' },
      { path: 'response.customers.customer.0.item_status', category: 'success', code: 1000, message: 'Customer successfully retrieved' },
      { path: 'response.customers.customer.0.item_status.warnings.warning.0', category: 'warning', code: 91017, message: undefined },
      { path: 'response.customers.customer.1.item_status', category: 'success', code: 1000, message: 'Customer successfully updated' },
    ]);
    // 0.2: the request-level 200 is REQUEST_SUCCEEDED (0.1: undefined, unknown).
    expect(statuses.map(keyOf)).toEqual(['REQUEST_SUCCEEDED', 'CUSTOMER_RETRIEVED', 'WEB_ENGAGE_PROFILE_MISSING', 'CUSTOMER_UPDATED']);
    expect(statuses[0]?.resolution).toMatchObject({ status: 'resolved', entry: entries.REQUEST_SUCCEEDED, text: 'exact' });
  });

  it('reads `customer` as one object or as a list', () => {
    const one = readStatuses(v11(item('1000', 'Customer retrieved successfully.')));
    const many = readStatuses(v11([item('1000', 'Customer retrieved successfully.')]));
    expect(one[1]?.path).toBe('response.customers.customer.item_status');
    expect(many[1]?.path).toBe('response.customers.customer.0.item_status');
    expect(keyOf(one[1]!)).toBe(keyOf(many[1]!));
  });

  it('takes the category from where a status was found', () => {
    const [failed, warned, listed] = readStatuses({
      status: { success: 'false', code: 8088, message: 'Customer status get failed' },
      warnings: [{ code: 8088, status: false, message: 'Customer status get failed' }],
      errors: ['8088'],
    });
    expect([failed?.category, warned?.category, listed?.category]).toEqual(['error', 'warning', 'error']);
    expect([failed, warned].map((status) => keyOf(status!))).toEqual(['CUSTOMER_STATUS_GET_FAILED', 'CUSTOMER_STATUS_GET_FAILED_WARNING']);
  });

  it("keeps the wire's category when the entry has another (1017, an error, in a warnings list)", () => {
    const [, , warning] = readStatuses(v11(item('1000', 'Customer updated successfully', { warning: ['1017'] })));
    expect(warning?.category).toBe('warning');
    expect(warning?.resolution.status === 'resolved' && warning.resolution.entry.category).toBe('error');
  });

  it("gives the API the payload shows as a hint: 400 is v1.1's INVALID_INPUT, in v2 a request-level error or the customers warning", () => {
    const [, v11Status] = readStatuses({ response: { status: { success: 'true', code: 200 }, result: { status: { code: 400 } } } });
    expect(keyOf(v11Status!)).toBe('INVALID_INPUT');
    // 0.2: a v2 400 without a flag is also the request-level 400 (api): ambiguous, where 0.1
    // resolved the customers warning. A warnings list (or an errors list) shows the body is v2.
    const [v2Status] = readStatuses({ warnings: [], result: { status: { code: 400 } } }, { resource: 'customers' });
    expect(v2Status?.resolution.status).toBe('ambiguous');
    const candidates = v2Status?.resolution.status === 'ambiguous' ? v2Status.resolution.candidates : [];
    expect(candidates[0]).toBe(entries.ADMIN_AUTH_NOT_SUPPORTED);
    expect(new Set(candidates.slice(1).map((entry) => [entry.resource, entry.api, entry.code].join(' ')))).toEqual(new Set(['api v2 400']));
    // A body that shows no surface gives no api hint: v1.1's request-level 400 stays a candidate.
    const [unshown] = readStatuses({ result: { status: { code: 400 } } }, { resource: 'customers' });
    const apisOf = (status: typeof unshown) => new Set(status?.resolution.status === 'ambiguous' ? status.resolution.candidates.map((entry) => entry.api) : []);
    expect(apisOf(unshown)).toEqual(new Set(['v1.1', 'v2']));
    // In a warnings list it is the warning.
    const [warned] = readStatuses({ warnings: [{ code: 400 }] });
    expect(warned?.resolution).toMatchObject({ status: 'resolved', entry: entries.ADMIN_AUTH_NOT_SUPPORTED });
  });

  it('reads a status object without a flag by its code, and skips `status` labels', () => {
    const statuses = readStatuses({
      customer: { status: { label: 'Active', type: 'ACTIVE' }, tier: { status: { code: 'GOLD', name: 'Gold' } } },
      a: { status: { code: '8050', message: 'Same Customer found in other sources, Combining' } },
      b: { status: { code: 8088 } },
      c: { status: { code: 12345 } },
      d: { status: 'ACTIVE', item_status: {} },
    });
    expect(statuses.map(({ path, category, code }) => [path, category, code])).toEqual([
      ['a.status', 'warning', 8050],
      ['b.status', 'error', 8088],
      ['c.status', 'error', 12345],
      ['d.item_status', 'error', undefined],
    ]);
    expect(statuses[1]?.resolution.status).toBe('ambiguous');
    expect(statuses[3]?.resolution.status).toBe('unknown');
  });

  it('reads list items given as codes, texts or objects, and ignores other values', () => {
    const statuses = readStatuses({ errors: [8015, '8015', 'Customer not found', { code: '8015' }, null, true, [8015]] });
    expect(statuses.map(({ path, code, message }) => [path, code, message])).toEqual([
      ['errors.0', 8015, undefined],
      ['errors.1', 8015, undefined],
      ['errors.2', undefined, 'Customer not found'],
      ['errors.3', 8015, undefined],
    ]);
    expect(statuses[2]?.resolution.status).toBe('unknown');
  });

  it('reads a list given as one status object, or as {"error": ...}', () => {
    const statuses = readStatuses({ a: { errors: { code: 8015 } }, b: { errors: { error: { code: 8003 } } }, c: { warnings: { warning: '8050' } } });
    expect(statuses.map(({ path, code }) => [path, code])).toEqual([
      ['a.errors', 8015],
      ['b.errors.error', 8003],
      ['c.warnings.warning', 8050],
    ]);
  });

  it('does not count numbers or texts named errors/warnings as lists', () => {
    expect(readStatuses({ summary: { errors: 0, warnings: '2' } })).toEqual([]);
  });

  it('hands out one frozen resolution per distinct status', () => {
    const statuses = readStatuses(v11([item('1000', 'Customer successfully retrieved'), item('1000', 'Customer successfully retrieved')]));
    expect(statuses[1]?.resolution).toBe(statuses[2]?.resolution);
    expect(Object.isFrozen(statuses[1]?.resolution)).toBe(true);
  });

  it('returns messages longer than 4,096 characters without comparing them', () => {
    const message = `Customer not found for the given identifiers ${'x'.repeat(5000)}`;
    const [status] = readStatuses({ errors: [{ code: 8015, message }] });
    expect(status?.message).toBe(message);
    // Not compared, so as without text: 8015 is the entry servers send (0.3: the paraphrase makes no tie).
    expect(status?.resolution).toMatchObject({ status: 'resolved', entry: { key: 'CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS' }, text: 'none' });
  });

  it('leaves text that says nothing about a duplicated code ambiguous, never a pick', () => {
    for (const code of [1000, 1300]) {
      for (const message of ['Lorem ipsum dolor sit amet', 'Service temporarily unavailable', '', '{0}']) {
        const [status] = readStatuses({ errors: [{ code, message }] });
        expect(status?.resolution.status, `${code} ${JSON.stringify(message)}`).toBe('ambiguous');
      }
    }
  });

  it('reads such text under a code with a paraphrase as the entry servers send, text different: not sure, never the paraphrase', () => {
    const servers = { 8011: 'LOOKUP_INVALID_SOURCE', 8013: 'LOOKUP_INVALID_IDENTIFIER', 8015: 'CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS', 8065: 'USER_NOT_FOUND_FOR_SOURCE' };
    for (const [code, key] of Object.entries(servers)) {
      for (const message of ['Lorem ipsum dolor sit amet', 'Service temporarily unavailable', '', '{0}']) {
        const [status] = readStatuses({ errors: [{ code, message }] });
        expect(status?.resolution, `${code} ${JSON.stringify(message)}`).toMatchObject({ status: 'resolved', entry: { key }, text: 'different' });
      }
    }
  });
});

describe('0.2: the resource of a response, and the hints', () => {
  // 1101 is customers' INVALID_CHANNEL_TYPE (v1.1) and transactions' TRANSACTION_INVALID_PROGRAM_ID (v2, shared with customers).
  const v11 = (part: string) => ({
    response: { status: { success: 'false', code: 500, message: 'All requests have failed' }, [part]: { item: { item_status: { success: 'false', code: '1101' } } } },
  });

  it('infers the resource from the part a v1.1 body holds', () => {
    expect(keyOf(readStatuses(v11('transactions'))[1]!)).toBe('TRANSACTION_INVALID_PROGRAM_ID');
    expect(keyOf(readStatuses(v11('customers'))[1]!)).toBe('INVALID_CHANNEL_TYPE');
  });

  it('takes the resource and the api from the hints over what the body shows', () => {
    expect(keyOf(readStatuses(v11('transactions'), { resource: 'customers' })[1]!)).toBe('INVALID_CHANNEL_TYPE');
    expect(keyOf(readStatuses({ errors: [{ code: 1101 }] })[0]!)).toBe('TRANSACTION_INVALID_PROGRAM_ID');
    expect(keyOf(readStatuses({ errors: [{ code: 1101 }] }, { api: 'v1.1' })[0]!)).toBe('INVALID_CHANNEL_TYPE');
  });

  it('reads a hint given as undefined as not given', () => {
    for (const payload of [v11('transactions'), { errors: [{ code: 1101 }] }]) {
      expect(readStatuses(payload, { resource: undefined, api: undefined, operation: undefined })).toEqual(readStatuses(payload));
    }
  });
});

describe('readStatuses never throws', () => {
  const status = { errors: [{ code: 8015, message: 'Customer not found for the given identifiers' }] };

  it.each([null, undefined, '', 'text', '{"errors":[{"code":8015}]}', 0, 8015, Number.NaN, true, 10n, Symbol('s'), () => 8015])(
    'returns [] for %s',
    (payload) => {
      expect(readStatuses(payload)).toEqual([]);
    },
  );

  it('reads arrays, empty and not', () => {
    expect(readStatuses([])).toEqual([]);
    expect(readStatuses([1, 'a', null])).toEqual([]);
    expect(readStatuses([status]).map((s) => s.path)).toEqual(['0.errors.0']);
  });

  it('reads cyclic objects once', () => {
    const payload: Record<string, unknown> = { ...status };
    payload.self = payload;
    payload.list = [payload, { back: payload, errors: [{ code: 8003 }] }];
    expect(readStatuses(payload).map((s) => s.path)).toEqual(['errors.0', 'list.1.errors.0']);
  });

  it('reads an object reached twice once, at its first path (shared parts could multiply)', () => {
    let shared: object = status;
    for (let i = 0; i < 64; i++) shared = { left: shared, right: shared };
    expect(readStatuses(shared)).toHaveLength(1);
  });

  it('reads a 10 MB payload', () => {
    const customer = Array.from({ length: 20_000 }, (_, i) => ({
      mobile: `9198450${String(i).padStart(5, '0')}`,
      notes: 'n'.repeat(400),
      item_status: { success: 'true', code: '1000', message: 'Customer successfully retrieved', warnings: { warning: [String(91_001 + (i % 19))] } },
    }));
    const payload = { response: { status: { success: 'true', code: 200, message: 'SUCCESS' }, customers: { customer } } };
    expect(JSON.stringify(payload).length).toBeGreaterThan(10_000_000);
    const statuses = readStatuses(payload);
    expect(statuses.length).toBe(1 + 2 * customer.length);
    expect(keyOf(statuses[1]!)).toBe('CUSTOMER_RETRIEVED');
  });

  it('reads a 10 MB message', () => {
    const [found] = readStatuses({ errors: [{ code: 8015, message: 'x'.repeat(10_000_000) }] });
    expect(found?.code).toBe(8015);
  });

  it('reads 100,000 levels of nesting, objects and arrays', () => {
    let deep: unknown = status;
    for (let i = 0; i < 100_000; i++) deep = i % 2 ? { a: deep } : [deep];
    const [found] = readStatuses(deep);
    expect(found?.path.split('.').length).toBe(100_002);
    expect(keyOf(found!)).toBe('CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS');

    let parsed = '';
    for (let i = 0; i < 100_000; i++) parsed += '{"a":';
    parsed += JSON.stringify(status) + '}'.repeat(100_000);
    expect(readStatuses(JSON.parse(parsed))).toHaveLength(1);
  });

  it('skips throwing getters and keeps reading', () => {
    const throwing = () => {
      throw new Error('getter');
    };
    const payload = {
      get a(): unknown {
        return throwing();
      },
      errors: [
        {
          code: 8015,
          get message(): unknown {
            return throwing();
          },
        },
        Object.defineProperty({}, 'code', { get: throwing, enumerable: true }),
        Object.defineProperty({ message: 'Customer not found for the given identifiers' }, 'code', { get: throwing, enumerable: true }),
      ],
      b: { status: Object.defineProperty({ success: false }, 'code', { get: throwing, enumerable: true }) },
      c: status,
    };
    const statuses = readStatuses(payload);
    // 0.2: a list item left with neither a code nor a message (errors.1) is no status; 0.1 reported it.
    expect(statuses.map(({ path, code, message }) => [path, code, message])).toEqual([
      ['errors.0', 8015, undefined],
      ['errors.2', undefined, 'Customer not found for the given identifiers'],
      ['b.status', undefined, undefined],
      ['c.errors.0', 8015, 'Customer not found for the given identifiers'],
    ]);
  });

  it('survives proxies: throwing traps, revoked, lying lengths', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const hostile = new Proxy({}, { ownKeys: trap, get: trap, has: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap });
    const { proxy: revoked, revoke } = Proxy.revocable([status], {});
    revoke();
    const endless = new Proxy([], { get: (target, key) => (key === 'length' ? Number.MAX_SAFE_INTEGER : Reflect.get(target, key)) });
    for (const payload of [hostile, revoked, { hostile, revoked }, { errors: hostile }, { status: hostile }, { errors: revoked }, { response: hostile }]) {
      expect(readStatuses(payload)).toEqual([]);
    }
    expect(readStatuses(new Proxy(status, {})).map((s) => s.code)).toEqual([8015]);
    const started = performance.now();
    expect(readStatuses({ errors: endless, a: [endless] })).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('survives sparse arrays, typed arrays and prototype-free objects', () => {
    const bare = Object.assign(Object.create(null) as object, { errors: [{ code: 8003 }] });
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    sparse[0] = { errors: [{ code: 8001 }] };
    sparse[2 ** 20] = { errors: [{ code: 8002 }] };
    const payload = { bare, bytes: new Uint8Array(10_000_000), sparse, after: status };
    // A run of 65,536 holes ends an array: the item at index 2^20 is not read.
    expect(readStatuses(payload).map((s) => s.path)).toEqual(['bare.errors.0', 'sparse.0.errors.0', 'after.errors.0']);
    const holes: unknown[] = [];
    holes[1000] = { errors: [{ code: 8001 }] };
    expect(readStatuses({ holes }).map((s) => s.path)).toEqual(['holes.1000.errors.0']);
  });
});
