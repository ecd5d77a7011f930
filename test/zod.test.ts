import { readdirSync, readFileSync } from 'node:fs';
import { apis, catalog, entries, kinds, resources, type Entry, type Key, type Kind, type Resource } from 'capillary-codes';
import * as customers from 'capillary-codes/customers';
import {
  categorySchema,
  codeSchema,
  entrySchema,
  keySchema,
  kindSchema,
  resourceSchema,
  v11ItemStatusSchema,
  v11ResponseSchema,
  v2ResponseSchema,
  v2StatusSchema,
} from 'capillary-codes/zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';

/** The messages of a failed parse, or the data of a successful one. */
function messages(result: { success: true } | { success: false; error: z.ZodError }): string[] {
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('codeSchema', () => {
  it('parses numbers and their digits to numbers', () => {
    expect(codeSchema.parse(8015)).toBe(8015);
    expect(codeSchema.parse('8015')).toBe(8015);
    expect(codeSchema.parse(' 1000 ')).toBe(1000);
    expect(codeSchema.parse(200)).toBe(200);
    expectTypeOf(codeSchema.parse('1')).toEqualTypeOf<number>();
  });

  it.each([-1, 1.5, Number.NaN, '08015', '8015x', '1e3', '', '-1', null, undefined, true, {}, []])('rejects %s, saying what came', (value) => {
    const [message] = messages(codeSchema.safeParse(value));
    expect(message).toMatch(/^expected a code \(a non-negative integer, or its digits as text\), received /);
  });

  it('describes what came', () => {
    expect(messages(codeSchema.safeParse('80x'))).toEqual(['expected a code (a non-negative integer, or its digits as text), received "80x"']);
    expect(messages(codeSchema.safeParse(undefined))[0]).toMatch(/received nothing$/);
    expect(messages(codeSchema.safeParse([]))[0]).toMatch(/received a list$/);
    expect(messages(codeSchema.safeParse('x'.repeat(100)))[0]).toMatch(/received "x{40}…"$/);
  });
});

describe('keySchema, categorySchema, resourceSchema and kindSchema', () => {
  it('accepts catalog keys only, typed as Key', () => {
    for (const entry of catalog) expect(keySchema.parse(entry.key)).toBe(entry.key);
    // Key both ways and not any, so exactly Key: toEqualTypeOf on 1,467 keys cost tsc 25 s.
    const parsed = keySchema.parse('CUSTOMER_NOT_FOUND_FOR_ORG');
    expectTypeOf(parsed).toExtend<Key>();
    expectTypeOf<Key>().toExtend<typeof parsed>();
    expectTypeOf(parsed).not.toBeAny();
    expect(messages(keySchema.safeParse('toString'))).toEqual([
      'expected a key of the catalog, such as "CUSTOMER_NOT_FOUND_FOR_ORG", received "toString"',
    ]);
    expect(keySchema.safeParse(816).success).toBe(false);
  });

  it('accepts the three categories', () => {
    for (const category of ['success', 'error', 'warning'] as const) expect(categorySchema.parse(category)).toBe(category);
    expect(messages(categorySchema.safeParse('info'))).toEqual(['expected "success", "error" or "warning", received "info"']);
  });

  it('accepts every resource of `resources`, typed as Resource, and nothing else', () => {
    for (const resource of resources) expect(resourceSchema.parse(resource)).toBe(resource);
    expectTypeOf(resourceSchema.parse('api')).toEqualTypeOf<Resource>();
    expect(messages(resourceSchema.safeParse('customer'))).toEqual(['expected a resource of the catalog, such as "customers", received "customer"']);
    for (const value of ['Customers', 'toString', '', 1, null]) expect(resourceSchema.safeParse(value).success, String(value)).toBe(false);
  });

  it('accepts every kind of `kinds`, typed as Kind, and says which exist', () => {
    for (const kind of kinds) expect(kindSchema.parse(kind)).toBe(kind);
    expectTypeOf(kindSchema.parse('not-found')).toEqualTypeOf<Kind>();
    const [message] = messages(kindSchema.safeParse('missing'));
    expect(message).toBe(`expected ${kinds.slice(0, -1).map((kind) => `"${kind}"`).join(', ')} or "${kinds.at(-1)}", received "missing"`);
    expect(message).toContain('"not-found"');
  });
});

describe('entrySchema', () => {
  const stored = (key: Key): Record<string, unknown> => JSON.parse(JSON.stringify(entries[key])) as Record<string, unknown>;

  it("revives every serialized entry of the whole catalog as the catalog's own", () => {
    for (const entry of catalog) expect(entrySchema.parse(JSON.parse(JSON.stringify(entry)))).toBe(entry);
    expectTypeOf<z.output<typeof entrySchema>>().toEqualTypeOf<Entry>();
  });

  it('revives entries with every field of 0.2: resource, sharedWith, kind, retryable, each api', () => {
    const has = (field: keyof Entry) => catalog.find((entry) => entry[field] !== undefined)!;
    for (const entry of [has('sharedWith'), has('kind'), has('operations'), has('aliases'), has('paraphrase')]) {
      expect(entrySchema.parse(stored(entry.key))).toBe(entry);
    }
    expect(catalog.some((entry) => entry.retryable === true) && catalog.some((entry) => entry.retryable === false)).toBe(true);
    for (const api of new Set(catalog.map((entry) => entry.api))) {
      const entry = catalog.find((candidate) => candidate.api === api)!;
      expect(entrySchema.parse(stored(entry.key))).toBe(entry);
    }
    // Every surface of `apis` is well-formed, 'v3' too, which no entry has yet; the api is not compared.
    for (const api of apis) expect(entrySchema.parse({ ...stored('CUSTOMER_NOT_FOUND_FOR_ORG'), api })).toBe(entries.CUSTOMER_NOT_FOUND_FOR_ORG);
  });

  it('revives an entry stored by 0.2, without audience, and rejects an audience that is neither user nor developer', () => {
    const { audience: _audience, ...withoutAudience } = stored('POINTS_VALIDATION_FAILED');
    expect(entrySchema.parse(withoutAudience)).toBe(entries.POINTS_VALIDATION_FAILED);
    expect(entrySchema.parse(withoutAudience).audience).toBe('developer');
    expect(messages(entrySchema.safeParse({ ...stored('POINTS_VALIDATION_FAILED'), audience: 'shopper' }))).toEqual([
      'audience: expected "user" or "developer", received "shopper"',
    ]);
  });

  it("revives a resource view's entry as the root's, equal to it", () => {
    // A view unpacks its own copy of its entries (src/catalog.ts): equal, not the same object.
    const viewEntry = customers.entries.CUSTOMER_NOT_FOUND_FOR_ORG;
    const revived = entrySchema.parse(JSON.parse(JSON.stringify(viewEntry)));
    expect(revived).toBe(entries.CUSTOMER_NOT_FOUND_FOR_ORG);
    expect(revived).toEqual(viewEntry);
    expect(entrySchema.parse(viewEntry)).toBe(entries.CUSTOMER_NOT_FOUND_FOR_ORG);
  });

  it('rejects entries whose code, category or resource disagrees with the catalog, naming the field', () => {
    expect(messages(entrySchema.safeParse({ ...stored('CUSTOMER_NOT_FOUND_FOR_ORG'), code: 817 }))).toEqual([
      'code: expected 816 (the code of CUSTOMER_NOT_FOUND_FOR_ORG), received 817',
    ]);
    expect(messages(entrySchema.safeParse({ ...stored('CUSTOMER_STATUS_GET_FAILED'), category: 'warning' }))).toEqual([
      'category: expected "error" (the category of CUSTOMER_STATUS_GET_FAILED), received "warning"',
    ]);
    expect(messages(entrySchema.safeParse({ ...stored('CUSTOMER_NOT_FOUND_FOR_ORG'), resource: 'transactions' }))).toEqual([
      'resource: expected "customers" (the resource of CUSTOMER_NOT_FOUND_FOR_ORG), received "transactions"',
    ]);
    expect(messages(entrySchema.safeParse({ ...stored('CUSTOMER_NOT_FOUND_FOR_ORG'), code: 817, resource: 'api' }))).toEqual([
      'code: expected 816 (the code of CUSTOMER_NOT_FOUND_FOR_ORG), received 817',
      'resource: expected "customers" (the resource of CUSTOMER_NOT_FOUND_FOR_ORG), received "api"',
    ]);
  });

  it('rejects an entry stored by 0.1, which has no resource', () => {
    const { resource: _resource, ...withoutResource } = stored('CUSTOMER_NOT_FOUND_FOR_ORG');
    expect(messages(entrySchema.safeParse(withoutResource))).toEqual([
      'resource: expected a resource of the catalog, such as "customers", received nothing',
    ]);
  });

  it('rejects malformed entries', () => {
    expect(messages(entrySchema.safeParse({ ...stored('CUSTOMER_NOT_FOUND_FOR_ORG'), key: 'GONE', api: 'v4' }))).toEqual([
      'key: expected a key of the catalog, such as "CUSTOMER_NOT_FOUND_FOR_ORG", received "GONE"',
      `api: expected ${apis.slice(0, -1).map((api) => `"${api}"`).join(', ')} or "${apis.at(-1)}", received "v4"`,
    ]);
    const shared = catalog.find((entry) => entry.sharedWith)!;
    expect(messages(entrySchema.safeParse({ ...stored(shared.key), sharedWith: ['customers', 'loyalty'] }))).toEqual([
      'sharedWith.1: expected a resource of the catalog, such as "customers", received "loyalty"',
    ]);
    const kinded = catalog.find((entry) => entry.kind)!;
    expect(messages(entrySchema.safeParse({ ...stored(kinded.key), kind: 'gone', retryable: 'no' }))).toEqual([
      expect.stringMatching(/^kind: expected "invalid-argument", .* or "unknown", received "gone"$/),
      'retryable: expected true or false, received "no"',
    ]);
    expect(messages(entrySchema.safeParse('CUSTOMER_NOT_FOUND_FOR_ORG'))).toEqual([
      'expected an entry object, received "CUSTOMER_NOT_FOUND_FOR_ORG"',
    ]);
  });
});

describe('v2StatusSchema', () => {
  it('accepts items in any key order, normalizes code and status, passes other fields through', () => {
    const parsed = v2StatusSchema.parse({ message: 'Invalid source', code: '8003', status: 'false', field: 'source' });
    expect(parsed).toEqual({ message: 'Invalid source', code: 8003, status: false, field: 'source' });
    expect(v2StatusSchema.parse({ status: true, code: 8050 })).toEqual({ status: true, code: 8050 });
    expectTypeOf(parsed.code).toEqualTypeOf<number>();
    expectTypeOf(parsed.status).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(parsed.message).toEqualTypeOf<string | undefined>();
  });

  it('names the path and what was expected', () => {
    expect(messages(v2StatusSchema.safeParse({ status: 'no', message: 42 }))).toEqual([
      'code: expected a code (a non-negative integer, or its digits as text), received nothing',
      'message: expected text, received 42',
      'status: expected true or false (a boolean, or the text "true"/"false"), received "no"',
    ]);
  });
});

describe('v2ResponseSchema', () => {
  it('parses errors and warnings, leaving the rest as it came', () => {
    const parsed = v2ResponseSchema.parse({
      createdId: 341223,
      warnings: [{ status: 'true', code: '8050', message: 'Same Customer found in other sources,Combining' }],
      errors: [],
    });
    expect(parsed).toEqual({
      createdId: 341223,
      warnings: [{ status: true, code: 8050, message: 'Same Customer found in other sources,Combining' }],
      errors: [],
    });
    expect(v2ResponseSchema.parse({})).toEqual({});
  });

  it('names the path of each problem', () => {
    expect(messages(v2ResponseSchema.safeParse({ errors: [{ code: 'x', status: false }, 5], warnings: {} }))).toEqual([
      'errors.0.code: expected a code (a non-negative integer, or its digits as text), received "x"',
      'errors.1: expected a status object {code, message, status}, received 5',
      'warnings: expected a list of status objects, received an object',
    ]);
    expect(messages(v2ResponseSchema.safeParse([]))).toEqual(['expected a v2 response object, received a list']);
  });
});

describe('v11ItemStatusSchema', () => {
  const base = { success: 'true', code: '1000', message: 'Customer successfully retrieved' };

  it('normalizes success and code', () => {
    expect(v11ItemStatusSchema.parse(base)).toEqual({ success: true, code: 1000, message: 'Customer successfully retrieved' });
    expect(v11ItemStatusSchema.parse({ ...base, success: false, code: 816 })).toMatchObject({ success: false, code: 816 });
  });

  it.each([
    ['[]', [], []],
    ['{"warning": []}', { warning: [] }, []],
    ['{}', {}, []],
    ['{"warning": ["91017", "1017"]}', { warning: ['91017', '1017'] }, [{ code: 91017 }, { code: 1017 }]],
    ['{"warning": [91017]}', { warning: [91017] }, [{ code: 91017 }]],
    ['{"warning": one object}', { warning: { code: '91017', message: 'm' } }, [{ code: 91017, message: 'm' }]],
    ['{"warning": one code}', { warning: '91017' }, [{ code: 91017 }]],
    ['a list of objects', [{ code: '1053', message: 'Preferred store specified is not found', extra: 1 }], [{ code: 1053, message: 'Preferred store specified is not found', extra: 1 }]],
    ['texts', { warning: ['Preferred store specified is not found'] }, [{ message: 'Preferred store specified is not found' }]],
    ['"" (an XML conversion\'s empty <warnings/>)', '', []],
  ])('reads warnings as %s', (_, warnings, expected) => {
    expect(v11ItemStatusSchema.parse({ ...base, warnings }).warnings).toEqual(expected);
  });

  it('names the path of a bad warning, at any depth', () => {
    const problems = (warnings: unknown) => messages(v11ItemStatusSchema.safeParse({ ...base, warnings }));
    expect(problems({ warning: [{ code: 'abc' }] })).toEqual([
      'warnings.warning.0.code: expected a code (a non-negative integer, or its digits as text), received "abc"',
    ]);
    expect(problems([{ code: '1053' }, { message: 7 }])).toEqual(['warnings.1.message: expected text, received 7']);
    expect(problems({ warning: [true] })).toEqual([
      'warnings.warning.0: expected a warning (a code, a text, or an object {code, message}), received true',
    ]);
    expect(problems([-5])).toEqual(['warnings.0: expected a warning (a code, a text, or an object {code, message}), received -5']);
    expect(problems({ warning: null })).toEqual([
      'warnings.warning: expected a warning (a code, a text, or an object {code, message}), or a list of them, received null',
    ]);
    expect(problems('none')).toEqual([
      'warnings: expected [] or {"warning": [...]} of codes, texts or {code, message} objects (or "", an empty XML element), received "none"',
    ]);
  });

  it('requires success and code', () => {
    expect(messages(v11ItemStatusSchema.safeParse({ success: 'yes' }))).toEqual([
      'success: expected true or false (a boolean, or the text "true"/"false"), received "yes"',
      'code: expected a code (a non-negative integer, or its digits as text), received nothing',
    ]);
  });
});

describe('v11ResponseSchema', () => {
  const status = { success: 'true', code: '200', message: 'SUCCESS' };
  const itemStatus = { success: 'true', code: '1000', message: 'Customer successfully retrieved', warnings: { warning: ['91017'] } };

  it('parses customer as a list, whether it came as one object or a list', () => {
    const one = v11ResponseSchema.parse({ response: { status, customers: { customer: { mobile: '1', item_status: itemStatus } } } });
    const many = v11ResponseSchema.parse({ response: { status, customers: { customer: [{ mobile: '1', item_status: itemStatus }] } } });
    expect(one).toEqual(many);
    expect(one.response.status).toEqual({ success: true, code: 200, message: 'SUCCESS' });
    expect(one.response.customers?.customer).toEqual([
      { mobile: '1', item_status: { success: true, code: 1000, message: 'Customer successfully retrieved', warnings: [{ code: 91017 }] } },
    ]);
    expectTypeOf(one.response.status.success).toEqualTypeOf<boolean>();
  });

  it('accepts responses without customers, and passes other fields through', () => {
    const parsed = v11ResponseSchema.parse({ response: { status: { success: 'false', code: 400, message: 'Input is invalid' }, tickets: { ticket: [] } } });
    expect(parsed.response).toEqual({ status: { success: false, code: 400, message: 'Input is invalid' }, tickets: { ticket: [] } });
  });

  it('names the path of each problem', () => {
    const problems = (response: unknown) => messages(v11ResponseSchema.safeParse({ response }));
    expect(problems({ status, customers: { customer: [{ item_status: { ...itemStatus, success: 'maybe' } }] } })).toEqual([
      'response.customers.customer.0.item_status.success: expected true or false (a boolean, or the text "true"/"false"), received "maybe"',
    ]);
    expect(problems({ status, customers: { customer: { item_status: 'ok' } } })).toEqual([
      'response.customers.customer.item_status: expected a status object {success, code, message}, received "ok"',
    ]);
    expect(problems({ status, customers: { customer: ['x'] } })).toEqual(['response.customers.customer.0: expected a customer object, received "x"']);
    expect(problems({ customers: 5 })).toEqual([
      'response.status: expected a status object {success, code, message}, received nothing',
      'response.customers: expected an object {customer}, received 5',
    ]);
    expect(messages(v11ResponseSchema.safeParse(null))).toEqual(['expected an object {response}, received null']);
  });
});

describe('hostile input', () => {
  const trap = (): never => {
    throw new Error('trap');
  };
  const schemas = { codeSchema, keySchema, categorySchema, resourceSchema, kindSchema, entrySchema, v2StatusSchema, v2ResponseSchema, v11ItemStatusSchema, v11ResponseSchema };
  const hostile = () => {
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    const traps = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
    const getter = Object.defineProperty({}, 'code', { get: trap, enumerable: true });
    const endless = new Proxy([], { get: (target, key) => (key === 'length' ? Number.MAX_SAFE_INTEGER : Reflect.get(target, key)) });
    return { revoked, traps, getter, endless };
  };

  it.each(Object.keys(schemas))('%s fails, never throws, on throwing getters and proxies, at any depth', (name) => {
    const schema = schemas[name as keyof typeof schemas];
    for (const value of Object.values(hostile())) {
      for (const input of [
        value,
        { errors: [value], warnings: value },
        { response: { status: value, customers: { customer: [{ item_status: value }] } } },
        { response: { status: { success: true, code: 1, warnings: { warning: [value] } } } },
      ]) {
        expect(typeof schema.safeParse(input).success).toBe('boolean');
      }
      expect(schema.safeParse(value).success).toBe(false);
    }
  });

  it('says where the unreadable value is', () => {
    const { getter } = hostile();
    expect(messages(v2ResponseSchema.safeParse({ errors: [getter] }))).toEqual([
      'errors.0: expected a status object {code, message, status}, received one that cannot be read (a throwing getter or proxy)',
    ]);
  });
});

describe('the schemas accept the wire fixtures', () => {
  const directory = new URL('./fixtures/payloads/', import.meta.url);
  // These two hold values that are not codes on purpose: readStatuses reports them as unknown.
  const malformed = new Set(['v11-unknown-code.json', 'v2-unknown-code-and-text-only.json']);
  const fixtures = readdirSync(directory)
    .filter((name) => name.endsWith('.json') && !malformed.has(name))
    .map((name) => [name, (JSON.parse(readFileSync(new URL(name, directory), 'utf8')) as { payload: unknown }).payload] as const);

  it.each(fixtures)('%s', (name, payload) => {
    if (name.startsWith('v11-')) {
      expect(messages(v11ResponseSchema.safeParse(payload))).toEqual([]);
    } else {
      for (const response of Array.isArray(payload) ? payload : [payload]) expect(messages(v2ResponseSchema.safeParse(response))).toEqual([]);
    }
  });

  it('rejects the malformed ones', () => {
    for (const name of malformed) {
      const { payload } = JSON.parse(readFileSync(new URL(name, directory), 'utf8')) as { payload: unknown };
      const schema = name.startsWith('v11-') ? v11ResponseSchema : v2ResponseSchema;
      expect(messages(schema.safeParse(payload)).length, name).toBeGreaterThan(0);
    }
  });
});

describe("the schemas accept the published samples of every resource's v1.1 and v2 pages", () => {
  interface Sample {
    readonly api: string;
    readonly payload: unknown;
    readonly malformed_json?: true;
  }
  const directory = new URL('./fixtures/payloads/published/', import.meta.url);
  const samples = readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name, JSON.parse(readFileSync(new URL(name, directory), 'utf8')) as Sample] as const);
  type Bag = Record<string, unknown>;

  /**
   * The schema that reads a v1.1 sample, by its shape: a whole response; a response that is its
   * own status (store log uploads), or a bare item status, for v11ItemStatusSchema; an XML
   * conversion's root; a fragment the page printed without its `response` wrapper.
   */
  function v11Reading(payload: Bag): readonly [schema: 'v11ResponseSchema' | 'v11ItemStatusSchema', value: unknown] {
    if ('root' in payload) return v11Reading(payload['root'] as Bag);
    if ('response' in payload) {
      const response = payload['response'] as Bag;
      return 'status' in response ? ['v11ResponseSchema', payload] : ['v11ItemStatusSchema', response];
    }
    if ('item_status' in payload) return ['v11ItemStatusSchema', payload['item_status']];
    if ('success' in payload) return ['v11ItemStatusSchema', payload];
    return ['v11ResponseSchema', { response: payload }];
  }

  const v11 = samples.filter(([, sample]) => sample.api === 'v1.1');
  // A page whose JSON does not parse holds no payload: `null`, with the text beside it.
  const v2 = samples.filter(([, sample]) => sample.api === 'v2' && !sample.malformed_json);

  it('has samples of both surfaces from many resources', () => {
    expect(v11.length).toBeGreaterThan(90);
    expect(v2.length).toBeGreaterThan(25);
    expect(samples.filter(([, sample]) => sample.api === 'v2' && sample.malformed_json).map(([name]) => name)).toEqual([
      'ghdocs_v2_cards_add-external-reference-id-to-card_json.json',
    ]);
  });

  it.each(v11)('v1.1 %s', (_, sample) => {
    const [name, value] = v11Reading(sample.payload as Bag);
    const schema = name === 'v11ResponseSchema' ? v11ResponseSchema : v11ItemStatusSchema;
    expect(messages(schema.safeParse(value))).toEqual([]);
  });

  it.each(v2)('v2 %s', (_, sample) => {
    for (const response of Array.isArray(sample.payload) ? sample.payload : [sample.payload]) {
      expect(messages(v2ResponseSchema.safeParse(response))).toEqual([]);
    }
  });

  it('reads a response that is its own status with v11ItemStatusSchema, not v11ResponseSchema (as documented)', () => {
    const payload = { response: { success: 'false', code: '905', message: 'Client log file signature passed does not match file signature on server' } };
    expect(messages(v11ResponseSchema.safeParse(payload))).toEqual(['response.status: expected a status object {success, code, message}, received nothing']);
    expect(v11ItemStatusSchema.parse(payload.response)).toMatchObject({ success: false, code: 905 });
  });
});
