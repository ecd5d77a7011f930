/**
 * readResponse: the verdict on a whole response. Checked on every v1.1, v2 and API gateway
 * sample Capillary's documentation prints (test/fixtures/payloads/published/ and docs/, copies
 * of ../shared/payloads/): the outcome and each item's `ok` agree with the sample's statuses,
 * each read where the sample lists it (its success flag, or the list it sits in). Then the
 * cases the samples lack: batches that partly fail, failed 521 items, warnings, bodies that are
 * no JSON, HTTP statuses, `Retry-After` in every header shape.
 */
import { describe, expect, it } from 'vitest';
import { catalog, entries, find, readResponse, readStatuses, type ItemReading, type ReadStatus, type ResponseReading } from 'capillary-codes';

interface Listed {
  readonly path: string;
  readonly code: number | string;
  readonly message: string | null;
  readonly where: string;
}

interface Sample {
  readonly api: string;
  readonly payload: unknown;
  readonly statuses: readonly Listed[];
  readonly malformed_json?: boolean;
}

const files = {
  ...import.meta.glob<Sample>('./fixtures/payloads/published/*.json', { eager: true, import: 'default' }),
  ...import.meta.glob<Sample>('./fixtures/payloads/docs/*.json', { eager: true, import: 'default' }),
};
const samples = Object.entries(files).filter(([, sample]) => ['v1.1', 'v2', 'api_gateway'].includes(sample.api) && !sample.malformed_json);

/** The value at a dotted path of a payload. */
function at(payload: unknown, path: string): unknown {
  if (path === '') return payload;
  return path.split('.').reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined), payload);
}

const flagOf = (value: unknown) => (value === true || value === 'true' ? true : value === false || value === 'false' ? false : undefined);

/**
 * Where a listed status belongs, read from the sample itself: a warnings list warns, an errors
 * list fails, a status object says so by its success flag (v1.1 `success`, v2 `status`); a
 * status object without a flag takes its code's category where the catalog's entries agree
 * (readStatuses' documented rule), else fails.
 */
function expectedCategory(sample: Sample, listed: Listed): 'success' | 'error' | 'warning' {
  if (listed.where === 'warnings' || listed.where === 'warning') return 'warning';
  if (listed.where === 'errors') return 'error';
  const object = at(sample.payload, listed.path) as Record<string, unknown>;
  const flag = flagOf(object.success) ?? flagOf(object.status);
  if (flag !== undefined) return flag ? 'success' : 'error';
  const same = find(Number(listed.code));
  return same.length && same.every((entry) => entry.category === same[0]!.category) ? same[0]!.category : 'error';
}

/** The item a path lies in: the reading's item whose path is the longest prefix of it. */
const itemOf = (reading: ResponseReading, path: string): ItemReading | undefined =>
  reading.items.filter((item) => item.path === '' || path === item.path || path.startsWith(`${item.path}.`)).sort((a, b) => b.path.length - a.path.length)[0];

describe('readResponse on the published samples', () => {
  it(`reads ${samples.length} v1.1, v2 and gateway samples`, () => {
    expect(samples.length).toBeGreaterThan(300);
  });

  it.each(samples)('%s: outcome, items and failures agree with the statuses the sample lists', (_, sample) => {
    const reading = readResponse(sample.payload);
    expect(reading.statuses).toEqual(readStatuses(sample.payload));
    const failing = sample.statuses.filter((listed) => expectedCategory(sample, listed) === 'error');
    const warning = sample.statuses.filter((listed) => expectedCategory(sample, listed) === 'warning');
    expect(reading.failures.map((status) => status.path).sort()).toEqual(failing.map((listed) => listed.path).sort());
    expect(reading.warnings.map((status) => status.path)).toEqual(warning.map((listed) => listed.path));
    // Every v1.1 item_status makes an item of its holder (or lies in one: items do not nest); every element of a batch array is one.
    for (const listed of sample.statuses.filter((status) => status.where === 'item_status')) {
      const holder = listed.path.replace(/\.?item_status$/, '');
      expect(reading.items.some((item) => holder === item.path || holder.startsWith(`${item.path}.`)), holder).toBe(true);
    }
    if (Array.isArray(sample.payload)) expect(reading.items.length).toBe(sample.payload.filter((element) => typeof element === 'object' && element !== null).length);
    for (const item of reading.items) {
      const inside = failing.filter((listed) => itemOf(reading, listed.path) === item);
      expect(item.ok, item.path).toBe(inside.length === 0);
    }
    const outcome = failing.length === 0 ? 'success' : reading.items.some((item) => item.ok) ? 'partial' : 'failure';
    expect(reading.outcome).toBe(outcome);
    expect(reading.ok).toBe(outcome === 'success');
    // The items' own failures come before the request-level one.
    if (reading.request && reading.failures.includes(reading.request)) expect(reading.failures.at(-1)).toBe(reading.request);
  });
});

const batch = {
  response: {
    status: { success: 'false', code: 201, message: 'Some requests have failed due to errors' },
    customers: {
      customer: [
        {
          mobile: '919845012345',
          item_status: { success: 'true', code: '1000', message: 'Customer successfully retrieved', warnings: { warning: [{ code: '91017', message: 'WEB_ENGAGE profile is not available for the customer.' }] } },
        },
        { mobile: '919845000000', item_status: { success: 'false', code: '816', message: 'Customer not found for organization', warnings: { warning: [] } } },
      ],
    },
  },
};

describe('readResponse: batches', () => {
  it('a v1.1 batch that partly failed: partial, each item with its status, the item failures before the summary', () => {
    const reading = readResponse(batch);
    expect(reading.outcome).toBe('partial');
    expect(reading.ok).toBe(false);
    expect(reading.request?.path).toBe('response.status');
    expect(reading.items.map((item) => [item.index, item.path, item.ok])).toEqual([
      [0, 'response.customers.customer.0', true],
      [1, 'response.customers.customer.1', false],
    ]);
    expect(reading.items[0]!.status?.code).toBe(1000);
    expect(reading.items[0]!.warnings.map((status) => status.code)).toEqual([91017]);
    expect(reading.items[1]!.status?.code).toBe(816);
    expect(reading.failures.map((status) => status.path)).toEqual(['response.customers.customer.1.item_status', 'response.status']);
    expect(reading.warnings.map((status) => status.code)).toEqual([91017]);
  });

  it('a single v1.1 customer object with an item_status is one item', () => {
    const single = { response: { status: { success: 'true', code: 200, message: 'SUCCESS' }, customers: { customer: { mobile: '9', item_status: { success: 'true', code: '1000', message: 'Customer successfully retrieved' } } } } };
    const reading = readResponse(single);
    expect(reading.outcome).toBe('success');
    expect(reading.items.map((item) => item.path)).toEqual(['response.customers.customer']);
    expect(reading.retry).toEqual({ retryable: false, reason: 'Nothing failed' });
  });

  it('a v2 batch array: one item per element, the ones without a status succeed', () => {
    const reading = readResponse([{ entity: { id: 1 }, errors: [] }, { errors: [{ status: false, code: 8015, message: 'Customer not found for the given identifiers' }] }, { entity: { id: 3 } }]);
    expect(reading.outcome).toBe('partial');
    expect(reading.items.map((item) => [item.path, item.ok])).toEqual([['0', true], ['1', false], ['2', true]]);
    expect(reading.items[0]!.status).toBeUndefined();
    expect(reading.items[1]!.retry.retryable).toBe(false);
    expect(reading.failures.map((status) => status.path)).toEqual(['1.errors.0']);
  });

  it('a failed 521 item is a failure although its entry is a warning: the success flag decides', () => {
    const concurrent = 'Multiple actions running for the same customer, please try after some time';
    const reading = readResponse([{ errors: [{ status: false, code: '521', message: concurrent }] }]);
    expect(find(521).map((entry) => entry.category)).toContain('warning');
    expect(reading.outcome).toBe('failure');
    expect(reading.items[0]!.ok).toBe(false);
    expect(reading.failures).toHaveLength(1);
    // A 521 is worth retrying: the wording says so, and the entry is sure.
    expect(reading.retry.retryable).toBe(entries.CONCURRENT_CUSTOMER_ACTIONS.retryable);
    const item = readResponse({ response: { status: { success: 'false', code: 500, message: 'All requests have failed due to errors' }, customers: { customer: { item_status: { success: 'false', code: 521, message: concurrent } } } } });
    expect(item.items[0]!.ok).toBe(false);
    expect(item.failures[0]!.path).toBe('response.customers.customer.item_status');
  });

  it('warnings never fail a response: a customer created with a warning is a success', () => {
    const reading = readResponse({ createdId: 42, warnings: [{ status: true, code: 8107, message: 'Customer identifier is not unique' }] });
    expect(reading.outcome).toBe('success');
    expect(reading.warnings).toHaveLength(1);
    expect(reading.failures).toEqual([]);
  });

  it('a v2 error with no items fails, and its entry decides the retry', () => {
    const reading = readResponse({ errors: [{ status: false, code: 8015, message: 'Customer not found for the given identifiers' }] }, { httpStatus: 200 });
    expect(reading.outcome).toBe('failure');
    expect(reading.items).toEqual([]);
    expect(reading.retry).toEqual({ retryable: false, reason: 'CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS is not retryable (not-found)' });
  });
});

describe('readResponse: bodies that are no JSON, judged by the HTTP status', () => {
  const page = '<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>';

  it.each([
    [page, 503, true],
    [undefined, 502, true],
    ['upstream request timeout', 504, true],
    [undefined, 429, true],
    [undefined, 408, true],
    ['Not Found', 404, false],
    [undefined, 400, false],
    [undefined, 500, false],
  ] as const)('%j with HTTP %i: a failure, retryable %s', (body, httpStatus, retryable) => {
    const reading = readResponse(body, { httpStatus });
    expect([reading.outcome, reading.ok, reading.httpStatus, reading.statuses]).toEqual(['failure', false, httpStatus, []]);
    expect(reading.retry.retryable).toBe(retryable);
    expect(reading.retry.reason).toMatch(new RegExp(`^HTTP ${httpStatus} and no status in the body: `));
  });

  it('without a failing HTTP status nothing failed', () => {
    for (const body of [undefined, '', 'OK', 42]) {
      expect(readResponse(body).outcome).toBe('success');
      expect(readResponse(body, { httpStatus: 204 }).ok).toBe(true);
    }
  });

  it('an HTTP status that is no status is not one', () => {
    for (const httpStatus of [42, 600, 503.5, Number.NaN, '503', -1]) expect(readResponse(page, { httpStatus: httpStatus as number }).httpStatus).toBeUndefined();
  });
});

describe('readResponse: retry advice', () => {
  const retryableEntry = catalog.find((entry) => entry.retryable && entry.category === 'error' && entry.resource === 'api');

  it('a sure entry decides, even against the HTTP status', () => {
    const unavailable = catalog.find((entry) => entry.code === 503 && entry.retryable === false);
    expect(unavailable, 'an entry of 503 that is not retryable').toBeDefined();
    const reading = readResponse({ errors: [{ code: 503, message: unavailable!.message }] }, { httpStatus: 503, resource: unavailable!.resource });
    expect(reading.failures[0]!.resolution).toMatchObject({ status: 'resolved', entry: unavailable, text: 'exact' });
    expect(reading.retry.retryable).toBe(false);
    expect(reading.retry.reason).toBe(`${unavailable!.key} is not retryable (${unavailable!.kind})`);
  });

  it('a retryable sure entry is retryable, with the delay Retry-After asks', () => {
    expect(retryableEntry).toBeDefined();
    const body = { errors: [{ code: retryableEntry!.code, message: retryableEntry!.message }] };
    const reading = readResponse(body, { headers: { 'Retry-After': '3' } });
    expect(reading.retry).toEqual({ retryable: true, afterMs: 3000, reason: `${retryableEntry!.key} is retryable (${retryableEntry!.kind})` });
  });

  it('an unknown failure: HTTP semantics, and without an HTTP status, not retryable', () => {
    const body = { errors: [{ code: 987654, message: 'Something odd' }] };
    expect(readResponse(body).retry).toEqual({ retryable: false, reason: 'No sure status in the body and no HTTP status: nothing says the failure is temporary' });
    expect(readResponse(body, { httpStatus: 429 }).retry).toEqual({ retryable: true, reason: 'HTTP 429 and no sure status in the body: a 429 may succeed later' });
    expect(readResponse(body, { httpStatus: 422 }).retry.retryable).toBe(false);
  });

  it('where the HTTP status says nothing, an HTTP status sent as an unsure code in the body does', () => {
    const unavailable = { errors: [{ code: 503, message: 'Service Unavailable, upstream zz-7 down' }] };
    const reading = readResponse(unavailable, { httpStatus: 200, resource: 'points' });
    expect(reading.failures[0]!.resolution).not.toMatchObject({ status: 'resolved', text: 'exact' });
    expect(reading.retry).toEqual({ retryable: true, reason: 'Code 503 in the body and no sure status in the body: a 503 may succeed later' });
    // An HTTP failure status given decides over the body's code.
    expect(readResponse(unavailable, { httpStatus: 400, resource: 'points' }).retry.retryable).toBe(false);
    expect(readResponse({ errors: [{ code: 987654, message: 'x' }] }, { httpStatus: 200 }).retry.retryable).toBe(false);
  });

  it('reads Retry-After from fetch Headers, a Map or a plain object, in any case, seconds or an HTTP date', () => {
    const afterMs = (headers: unknown) => readResponse(undefined, { httpStatus: 429, headers: headers as never }).retry.afterMs;
    expect(afterMs(new Headers({ 'Retry-After': '2' }))).toBe(2000);
    expect(afterMs(new Map([['RETRY-AFTER', '5']]))).toBe(5000);
    expect(afterMs({ 'retry-after': '0' })).toBe(0);
    expect(afterMs({ 'Retry-After': ['7', '9'] })).toBe(7000);
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    expect(afterMs({ 'Retry-After': inAMinute })).toBeGreaterThan(58_000);
    expect(afterMs({ 'Retry-After': inAMinute })).toBeLessThanOrEqual(60_000);
    expect(afterMs({ 'Retry-After': 'Thu, 01 Jan 1970 00:00:00 GMT' })).toBe(0);
    for (const bad of [{ 'Retry-After': 'soon' }, { 'Retry-After': '-5' }, { 'Retry-After': '1.5' }, { 'Retry-After': '99999999' }, {}, null, 'Retry-After: 5', 5]) {
      expect(afterMs(bad)).toBeUndefined();
    }
    // A delay is advice for a retry only.
    expect(readResponse(undefined, { httpStatus: 404, headers: { 'Retry-After': '2' } }).retry.afterMs).toBeUndefined();
  });

  it('types fetch Headers, a Map and Node-style headers as HeadersLike', () => {
    expect(readResponse(undefined, { httpStatus: 429, headers: new Headers([['retry-after', '1']]) }).retry.afterMs).toBe(1000);
    expect(readResponse(undefined, { httpStatus: 429, headers: new Map([['Retry-After', '1']]) }).retry.afterMs).toBe(1000);
    const incoming: Record<string, string | string[] | undefined> = { 'retry-after': '1', 'set-cookie': ['a', 'b'], host: undefined };
    expect(readResponse(undefined, { httpStatus: 429, headers: incoming }).retry.afterMs).toBe(1000);
  });

  it('headers that throw, revoked proxies and lying getters are no headers', () => {
    const throwing = new Proxy({}, { ownKeys: () => { throw new Error('trap'); }, get: () => { throw new Error('trap'); } });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const getter = { get: () => { throw new Error('get'); } };
    for (const headers of [throwing, proxy, getter]) {
      expect(readResponse(undefined, { httpStatus: 503, headers: headers as never }).retry).toEqual({ retryable: true, reason: 'HTTP 503 and no status in the body: a 503 may succeed later' });
    }
  });

  it('each failed item carries its own advice; succeeded items say nothing failed', () => {
    const reading = readResponse(batch, { httpStatus: 200 });
    expect(reading.items[0]!.retry).toEqual({ retryable: false, reason: 'Nothing failed' });
    expect(reading.items[1]!.retry.retryable).toBe(false);
    expect(reading.items[1]!.retry.reason).toMatch(/^CUSTOMER_NOT_FOUND_FOR_ORG is not retryable/);
  });
});

describe('readResponse: the request-level status', () => {
  it('v1.1 response.status and a gateway status are the request; v2 has none', () => {
    expect(readResponse(batch).request?.code).toBe(201);
    expect(readResponse({ status: { success: false, code: 400, message: 'Invalid request' }, vendor: null }).request?.path).toBe('status');
    expect(readResponse({ errors: [{ code: 8015 }] }).request).toBeUndefined();
  });

  it('keeps every status of readStatuses, in order', () => {
    const statuses: readonly ReadStatus[] = readResponse(batch).statuses;
    expect(statuses.map((status) => status.path)).toEqual(readStatuses(batch).map((status) => status.path));
  });
});
