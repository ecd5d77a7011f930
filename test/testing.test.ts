/**
 * `capillary-codes/testing`: what each builder puts in a body, and the round trip: every
 * entry, built into the shape its API sends, reads back as that entry, sure, at its path,
 * with the outcome the builder meant; then a property over entries, shapes and batches.
 *
 * The reader: `readStatuses` today. At the merge with `readResponse`, each line marked
 * `// readResponse:` changes as its comment says (one line per assertion).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { catalog, entries, readStatuses, type Entry, type ReadHints, type ReadStatus } from 'capillary-codes';
import * as customersView from 'capillary-codes/customers';
import { dataResponse, entityResponse, fetchResponse, gatewayResponse, v11Response, v11Elements, v2BatchResponse, v2Response, type ItemSpec } from 'capillary-codes/testing';

const runs = Number(process.env.FUZZ_RUNS ?? 200);

/** The statuses a body reads back as. */
const read = (body: unknown, hints?: ReadHints): readonly ReadStatus[] => readStatuses(body, hints); // readResponse: readResponse(body, hints).statuses

const at = (statuses: readonly ReadStatus[], path: string) => statuses.find((status) => status.path === path);
const keyAt = (statuses: readonly ReadStatus[], path: string) => {
  const resolution = at(statuses, path)?.resolution;
  return resolution?.status === 'resolved' ? resolution.entry.key : resolution?.status;
};

describe('v11Response', () => {
  test('computes the request-level status from the items: 200, 201, 500, with the catalog wordings', () => {
    const cases = [
      [['CUSTOMER_RETRIEVED', 'CUSTOMER_RETRIEVED'], entries.REQUEST_SUCCEEDED, 'true'],
      [['CUSTOMER_RETRIEVED', 'CUSTOMER_NOT_FOUND_FOR_ORG'], entries.SOME_REQUESTS_FAILED, 'false'],
      [['CUSTOMER_NOT_FOUND_FOR_ORG', 'CUSTOMER_NOT_FOUND_FOR_ORG'], entries.ALL_REQUESTS_FAILED, 'false'],
    ] as const;
    for (const [items, entry, success] of cases) {
      expect(v11Response(items).response['status']).toEqual({ success, code: String(entry.code), message: entry.message });
    }
  });

  test("lists items under the resource's element names, with item_status and warnings as bare codes or objects", () => {
    const body = v11Response([{ key: 'CUSTOMER_REGISTERED', warnings: ['WEB_ENGAGE_PROFILE_MISSING'] }]);
    expect(body.response['customers']).toEqual({
      customer: [{ item_status: { success: 'true', code: '1000', message: 'Customer registered successfully.', warnings: { warning: ['91017'] } } }],
    });
    const objects = v11Response([{ key: 'CUSTOMER_REGISTERED', warnings: ['WEB_ENGAGE_PROFILE_MISSING'] }], { warnings: 'objects' });
    expect(JSON.stringify(objects)).toContain('"warning":[{"code":"91017","message":"WEB_ENGAGE profile is not available for the customer."}]');
    expect(Object.keys(v11Response(['TRANSACTION_ADDED'], { resource: 'transactions' }).response)).toEqual(['status', 'transactions']);
    expect(v11Response(['CUSTOMER_RETRIEVED'], { resource: 'organization' }).response['organization']).toHaveProperty('entities.entity.0.item_status.code', '1000');
  });

  test('fails a warning given as an item status (521) unless ok says otherwise; ok wins over the category both ways', () => {
    const outcome = (item: ItemSpec) => (v11Response([item]).response['customers'] as { customer: { item_status: { success: string } }[] }).customer[0]!.item_status.success;
    expect(outcome('CONCURRENT_CUSTOMER_ACTIONS')).toBe('false');
    expect(outcome({ key: 'CONCURRENT_CUSTOMER_ACTIONS', ok: true })).toBe('true');
    expect(outcome({ key: 'CUSTOMER_RETRIEVED', ok: false })).toBe('false');
    expect(v11Response([{ key: 'CONCURRENT_CUSTOMER_ACTIONS', ok: true }]).response['status']).toMatchObject({ code: '200' });
  });

  test('formats params into the wording, or sends the server text given', () => {
    const message = (item: ItemSpec) => JSON.stringify(v11Response([item]));
    expect(message({ key: 'ADD_CUSTOMER_EXISTS', params: { 0: 4211 } })).toContain('"message":"Add failed, Customer already exists with id 4211 for same source"');
    expect(message({ key: 'CUSTOMER_RETRIEVED', message: 'Customer successfully retrieved' })).toContain('"message":"Customer successfully retrieved"');
  });

  test('says what it expected for a key that is none or a resource without element names', () => {
    expect(() => v11Response(['NOT_A_KEY' as 'CUSTOMER_RETRIEVED'])).toThrow(/expected a key of capillary-codes or an entry, got "NOT_A_KEY"/);
    expect(() => v11Response(['CUSTOMER_RETRIEVED'], { resource: 'wallet' })).toThrow(/no published v1.1 sample names the elements of wallet/);
    expect(v11Response(['CUSTOMER_RETRIEVED'], { resource: 'wallet', elements: ['wallet', 'item'] }).response).toHaveProperty('wallet.item.0.item_status.code', '1000');
  });

  test("takes a view's keys and entries", () => {
    const body = v11Response([customersView.entries.CUSTOMER_MARKED_AS_FRAUD, { key: customersView.entries.ADD_CUSTOMER_EXISTS, params: { 0: 7 } }]);
    expect(read(body).map((status) => [status.path, keyAt(read(body), status.path)])).toEqual([
      ['response.status', 'ALL_REQUESTS_FAILED'],
      ['response.customers.customer.0.item_status', 'CUSTOMER_MARKED_AS_FRAUD'],
      ['response.customers.customer.1.item_status', 'ADD_CUSTOMER_EXISTS'],
    ]);
  });
});

describe('the other shapes', () => {
  test('v2Response: errors and warnings as { status: false, code, message }, each list only when given', () => {
    expect(v2Response({ errors: ['CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS'] })).toEqual({
      errors: [{ status: false, code: 8015, message: entries.CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS.message }],
    });
    expect(Object.keys(v2Response({ warnings: [], data: { createdId: 1 } }))).toEqual(['createdId', 'warnings']);
  });

  test('v2BatchResponse counts the elements that carry errors', () => {
    const body = v2BatchResponse([{ data: { entityId: 1 } }, { errors: ['CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS'] }, { warnings: ['WEB_ENGAGE_PROFILE_MISSING'] }]);
    expect([body.totalCount, body.failureCount]).toEqual([3, 1]);
    expect(body.response[0]).toEqual({ entityId: 1, errors: [], warnings: [] });
  });

  test('gatewayResponse, entityResponse and dataResponse put the status where those bodies do', () => {
    expect(gatewayResponse('REWARDS_CATALOG_CARD_SERIES_NOT_FOUND', { rewardList: [] })).toEqual({
      rewardList: [],
      status: { success: false, code: 6003, message: 'Card series not found.' },
    });
    const entity = entityResponse(['COUPON_RESENT', { key: 'COUPON_RESENT', ok: false }]);
    expect(entity.entity[1]!.status).toMatchObject({ statusCode: { status: false, code: 700 }, success: false, code: 700 });
    expect(entity.success).toBe(false);
    expect(dataResponse([{}, { errors: ['TRANSACTION_NEW_BILL_EVENT_CALL_FAILED'] }]).data.map((record) => record.errors.length)).toEqual([0, 1]);
  });
});

describe('fetchResponse', () => {
  test('is a real Response with the JSON body, the status and the headers given', async () => {
    const body = v2Response({ errors: ['CONCURRENT_CUSTOMER_ACTIONS'] });
    const response = fetchResponse(body, { status: 429, headers: { 'retry-after': '2' } });
    expect(response).toBeInstanceOf(Response);
    expect([response.status, response.ok, response.headers.get('content-type'), response.headers.get('retry-after')]).toEqual([429, false, 'application/json', '2']);
    expect(await response.json()).toEqual(body);
    expect(fetchResponse(null, { headers: { 'content-type': 'application/problem+json' } }).headers.get('content-type')).toBe('application/problem+json');
    expect(fetchResponse({}).status).toBe(200);
  });
});

// ---------------------------------------------------------------------------------------
// The round trip

/** Values for an entry's placeholders: digits, as servers fill ids and counts. */
const paramsOf = (entry: Entry) => Object.fromEntries(entry.params.map((name, i) => [name, String(4200 + i)]));

/** The resource hint an app calling the entry's endpoint knows; the request-level entries have none of their own. */
const hintsOf = (entry: Entry): ReadHints => (entry.resource === 'api' ? {} : { resource: entry.resource });

const v11ResourceOf = (entry: Entry) => (entry.resource in v11Elements ? entry.resource : 'customers');

/** A success of the entry's own resource, without placeholders, for a warning to ride on. */
const hostOf = (entry: Entry) =>
  catalog.find((other) => other.resource === entry.resource && other.api === 'v1.1' && other.category === 'success' && other.params.length === 0) ?? entries.REQUEST_SUCCEEDED;

interface Case {
  readonly body: unknown;
  readonly hints: ReadHints;
  /** Path → the key it must read back as, and the category its place gives it. */
  readonly expected: readonly (readonly [path: string, key: string, category: 'success' | 'error' | 'warning'])[];
}

/** One entry, alone, in the shape its API sends it in. */
function alone(entry: Entry): Case {
  const spec = { key: entry, params: paramsOf(entry) };
  const hints = hintsOf(entry);
  if (entry.api === 'v1.1') {
    const resource = v11ResourceOf(entry);
    const [element, ...rest] = v11Elements[resource]!;
    const path = ['response', element, ...rest, 0, 'item_status'].join('.');
    if (entry.category !== 'warning') {
      return { body: v11Response([spec], { resource }), hints, expected: [[path, entry.key, entry.category === 'success' ? 'success' : 'error']] };
    }
    // A v1.1 warning rides on an item that succeeded, in its warnings list, with its wording.
    const host = hostOf(entry);
    const body = v11Response([{ key: host, warnings: [spec] }], { resource, warnings: 'objects' });
    return { body, hints, expected: [[path, host.key, 'success'], [`${path}.warnings.warning.0`, entry.key, 'warning']] };
  }
  if (entry.api === 'api_gateway' || entry.api === 'auth') {
    return { body: gatewayResponse(spec), hints, expected: [['status', entry.key, entry.category === 'success' ? 'success' : 'error']] };
  }
  if (entry.category === 'success') return { body: entityResponse([spec]), hints, expected: [['entity.0.status', entry.key, 'success'], ['entity.0.status.statusCode', entry.key, 'success']] };
  const list = entry.category === 'error' ? 'errors' : 'warnings';
  return { body: v2Response({ [list]: [spec] }), hints, expected: [[`${list}.0`, entry.key, entry.category]] };
}

/** Whether a status reads back as the key, sure (resolved; text exact, close or none), with the category its place gives. */
function mismatch(statuses: readonly ReadStatus[], [path, key, category]: Case['expected'][number]): string | undefined {
  const found = at(statuses, path);
  if (!found) return `nothing read at ${path}`;
  const { resolution } = found;
  if (resolution.status !== 'resolved') return `${resolution.status} at ${path}`;
  if (resolution.entry.key !== key) return `${resolution.entry.key} at ${path}`;
  if (resolution.text === 'different') return `text different at ${path}`;
  if (found.category !== category) return `${found.category}, not ${category}, at ${path}`; // readResponse: compare reading.items[i].ok with the outcome meant
  return undefined;
}

/**
 * Warnings given as an item's own status (`ok` either way) that do not come back as themselves,
 * with what they read as instead: the wire carries a code, a text and a flag, and where an
 * error of the resource shares the code and wording, a failed item with that text is that
 * error. Held by the last describe below, over every warning entry; the property leaves them out.
 */
const warningItemExceptions: Readonly<Record<string, string>> = {
  INVALID_MOBILE: "in a failed item: reads as OTP_INVALID_MOBILE, an error with the same code and wording",
  MERGE_ALREADY_DONE_WARNING: "in a failed item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  MERGED_CUSTOMER_FOUND: "in a failed item: reads as USER_GROUP_MERGED_CUSTOMER_FOUND, an error with the same code and wording",
  CUSTOMER_STATUS_GET_FAILED_WARNING: "in a failed item: reads as CUSTOMER_STATUS_GET_FAILED, an error with the same code and wording; in a succeeded item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  INSTORE_PROFILE_MISSING_WARNING: "in a failed item: reads as INSTORE_PROFILE_MISSING, an error with the same code and wording; in a succeeded item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  ADMIN_AUTH_NOT_SUPPORTED: "in a failed item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  EXTENDED_FIELDS_UPDATE_FAILED: "in a failed item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  WECHAT_PROFILE_MISSING: "in a failed item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  WEB_ENGAGE_PROFILE_MISSING: "in a failed item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  TRANSACTION_RETURN_PARENT_NOT_FOUND_WARNING: "in a failed item: reads as TRANSACTION_RETURN_PARENT_NOT_FOUND, an error with the same code and wording; in a succeeded item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  TRANSACTION_INVALID_CUSTOM_FIELD_WARNING: "in a failed item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  TRANSACTION_NEW_BILL_EVENT_CALL_FAILED_WARNING: "in a failed item: reads as TRANSACTION_NEW_BILL_EVENT_CALL_FAILED, an error with the same code and wording; in a succeeded item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  TRANSACTION_NEW_BILL_DVS_EVENT_FAILED_WARNING: "in a failed item: reads as TRANSACTION_NEW_BILL_DVS_EVENT_FAILED, an error with the same code and wording; in a succeeded item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  TRANSACTION_POINTS_ACTIVITIES_QUEUED_WARNING: "in a failed item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  TRANSACTION_RETURN_LINE_ITEM_NOT_MATCHED_WARNING: "in a failed item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  TRANSACTION_RETURN_BILL_EVENT_FAILED_WARNING: "in a failed item: reads as TRANSACTION_RETURN_BILL_EVENT_FAILED, an error with the same code and wording; in a succeeded item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  TRANSACTION_INVALID_RETURNABLE_DAYS_WARNING: "in a failed item: reads as TRANSACTION_INVALID_RETURNABLE_DAYS, an error with the same code and wording",
  TRANSACTION_LINE_ITEM_ADD_FAILED_WARNING: "in a failed item: reads as TRANSACTION_LINE_ITEM_ADD_FAILED, an error with the same code and wording",
  TRANSACTION_CREDIT_NOTE_ADD_FAILED_WARNING: "in a failed item: reads as TRANSACTION_CREDIT_NOTE_ADD_FAILED, an error with the same code and wording",
  TRANSACTION_PAYMENT_DETAILS_ADD_FAILED_WARNING: "in a failed item: reads as TRANSACTION_PAYMENT_DETAILS_ADD_FAILED, an error with the same code and wording",
  TRANSACTION_CUSTOM_FIELDS_ADD_FAILED_WARNING: "in a failed item: reads as TRANSACTION_CUSTOM_FIELDS_ADD_FAILED, an error with the same code and wording",
  TRANSACTION_BASE_CURRENCY_NOT_SET_WARNING: "in a failed item: reads as TRANSACTION_BASE_CURRENCY_NOT_SET, an error with the same code and wording; in a succeeded item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  TRANSACTION_CURRENCY_MISSING_WARNING: "in a failed item: reads as TRANSACTION_CURRENCY_MISSING, an error with the same code and wording; in a succeeded item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  TRANSACTION_PAYMENT_TENDER_NOT_FOUND_WARNING: "in a failed item: reads as TRANSACTION_PAYMENT_TENDER_NOT_FOUND, an error with the same code and wording; in a succeeded item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  TRANSACTION_LINE_ITEM_OUTLIER_WARNING: "in a failed item: reads as TRANSACTION_LINE_ITEM_OUTLIER, an error with the same code and wording; in a succeeded item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  TRANSACTION_INVALID_PAYMENT_ATTRIBUTE_VALUE_WARNING: "in a failed item: reads as TRANSACTION_INVALID_PAYMENT_ATTRIBUTE_VALUE, an error with the same code and wording; in a succeeded item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  TRANSACTION_NEW_BILL_EVENT_FAILED_WARNING: "in a failed item: reads as TRANSACTION_NEW_BILL_EVENT_FAILED, an error with the same code and wording; in a succeeded item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  TRANSACTION_MARKED_OUTLIER_WARNING: "in a failed item: reads as TRANSACTION_MARKED_OUTLIER, an error with the same code and wording; in a succeeded item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  TRANSACTION_CREDIT_NOTES_SAVE_FAILED_WARNING: "in a failed item: reads as TRANSACTION_CREDIT_NOTES_SAVE_FAILED, an error with the same code and wording; in a succeeded item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  TRANSACTION_INVALID_PAYMENT_ATTRIBUTE_WARNING: "in a failed item: reads as TRANSACTION_INVALID_PAYMENT_ATTRIBUTE, an error with the same code and wording; in a succeeded item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  TRANSACTION_MULTIPLE_LOYALTY_BILLS_TO_RETURN_WARNING: "in a failed item: reads as TRANSACTION_MULTIPLE_LOYALTY_BILLS_TO_RETURN, an error with the same code and wording; in a succeeded item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  TRANSACTION_RETURN_POLICY_DAYS_NOT_DEFINED_WARNING: "in a failed item: reads as TRANSACTION_RETURN_POLICY_DAYS_NOT_DEFINED, an error with the same code and wording; in a succeeded item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  TRANSACTION_SINGLE_LOYALTY_BILL_REGULAR_RETURN_WARNING: "in a failed item: reads as TRANSACTION_SINGLE_LOYALTY_BILL_REGULAR_RETURN, an error with the same code and wording; in a succeeded item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  POINTS_REDEEMABLE_OTP_FAILED: "in a failed item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  POINTS_PENDING_EVENTS: "in a succeeded item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  POINTS_INVALID_REDEMPTION_ID_WARNING: "in a failed item: reads as POINTS_INVALID_REDEMPTION_ID, an error with the same code and wording",
  POINTS_REDEMPTION_ID_NOT_FOUND_WARNING: "in a failed item: reads as POINTS_REDEMPTION_ID_NOT_FOUND, an error with the same code and wording; in a succeeded item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  POINTS_UNABLE_TO_REDEEM_WARNING: "in a failed item: reads as POINTS_UNABLE_TO_REDEEM, an error with the same code and wording; in a succeeded item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  POINTS_INVALID_CUSTOMER_DETAILS_WARNING: "in a failed item: reads as POINTS_INVALID_CUSTOMER_DETAILS, an error with the same code and wording; in a succeeded item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  POINTS_REDEMPTION_REVERSAL_DISABLED: "in a failed item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  COUPON_SINGLE_ISSUAL_ONLY_WARNING: "in a failed item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  COUPON_MAX_SERIES_REACHED_WARNING: "in a failed item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  COUPON_MAX_PER_USER_EXCEEDED_WARNING: "in a failed item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  COUPON_SERIES_QUEUE_EMPTY_WARNING: "in a failed item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  COUPON_COUNT_NOT_ISSUED_WARNING: "in a failed item: ambiguous (the item's flag sets the warning category aside, and another entry has the code)",
  USER_GROUP_EXTENDED_FIELD_NAME_INVALID_WARNING: "in a failed item: reads as USER_GROUP_EXTENDED_FIELD_NAME_INVALID, an error with the same code and wording",
  USER_GROUP_EXTENDED_FIELD_TYPE_MISMATCH_WARNING: "in a failed item: reads as USER_GROUP_EXTENDED_FIELD_TYPE_MISMATCH, an error with the same code and wording",
};

describe('round trip: every entry reads back as itself', () => {
  const failures = catalog.flatMap((entry) => {
    const { body, hints, expected } = alone(entry);
    const statuses = read(body, hints);
    return expected.flatMap((want) => {
      const why = mismatch(statuses, want);
      return why === undefined ? [] : [[entry.key, why] as const];
    });
  });

  test(`${catalog.length} entries, each alone in its API's shape`, () => {
    expect(Object.fromEntries(failures)).toEqual({});
  });
});

// ---------------------------------------------------------------------------------------
// The property: batches of 1-50 items of one resource's entries, mixed outcomes, warnings.

const shapes = ['v1.1', 'v2', 'v2 batch', 'entity', 'data'] as const;
type Shape = (typeof shapes)[number];

const byResource = new Map<string, Entry[]>();
for (const entry of catalog) byResource.set(entry.resource, [...(byResource.get(entry.resource) ?? []), entry]);
const ofCategory = (resource: string, category: Entry['category']) =>
  [...(byResource.get(resource) ?? []), ...(resource === 'api' ? [] : byResource.get('api')!)].filter((entry) => entry.category === category);

interface Drawn {
  readonly entry: Entry;
  readonly ok: boolean | undefined;
  readonly warnings: readonly Entry[];
}

/** A batch of one resource, in one shape, as the builder is asked for it and as it must read back. */
function batch(resource: string, shape: Shape, items: readonly Drawn[]): Case {
  const hints: ReadHints = resource === 'api' ? {} : { resource: resource as Entry['resource'] };
  const spec = (entry: Entry) => ({ key: entry, params: paramsOf(entry) });
  const expected: [string, string, 'success' | 'error' | 'warning'][] = [];
  if (shape === 'v1.1') {
    const elements = v11Elements[resource as Entry['resource']] ?? (['items', 'item'] as const);
    const body = v11Response(
      items.map(({ entry, ok, warnings }) => ({ ...spec(entry), ok, warnings: warnings.map(spec) })),
      { resource: resource as Entry['resource'], elements, warnings: 'objects' },
    );
    const outcomes = items.map(({ entry, ok }) => ok ?? entry.category === 'success');
    const request = outcomes.every(Boolean) ? 'REQUEST_SUCCEEDED' : outcomes.some(Boolean) ? 'SOME_REQUESTS_FAILED' : 'ALL_REQUESTS_FAILED';
    expected.push(['response.status', request, outcomes.every(Boolean) ? 'success' : 'error']); // readResponse: expect(reading.outcome).toBe(every ? 'success' : some ? 'partial' : 'failure')
    items.forEach(({ entry, warnings }, i) => {
      const path = ['response', ...elements, i, 'item_status'].join('.');
      expected.push([path, entry.key, outcomes[i] ? 'success' : 'error']); // readResponse: expect(reading.items[i].ok).toBe(outcomes[i])
      warnings.forEach((warning, j) => expected.push([`${path}.warnings.warning.${j}`, warning.key, 'warning']));
    });
    return { body, hints, expected };
  }
  if (shape === 'entity') {
    items.forEach(({ entry, ok }, i) => {
      const category = (ok ?? entry.category === 'success') ? 'success' : 'error';
      expected.push([`entity.${i}.status`, entry.key, category], [`entity.${i}.status.statusCode`, entry.key, category]);
    });
    return { body: entityResponse(items.map(({ entry, ok }) => ({ ...spec(entry), ok }))), hints, expected };
  }
  // v2, v2 batch, data: each item's entry is an error (its request failed) or, ok, no error at all.
  const lists = items.map(({ entry, ok, warnings }) => ({ errors: ok ? [] : [entry], warnings }));
  if (shape === 'v2') {
    const errors = lists.flatMap((list) => list.errors);
    const warnings = lists.flatMap((list) => list.warnings);
    errors.forEach((entry, i) => expected.push([`errors.${i}`, entry.key, 'error']));
    warnings.forEach((entry, i) => expected.push([`warnings.${i}`, entry.key, 'warning']));
    return { body: v2Response({ errors: errors.map(spec), warnings: warnings.map(spec) }), hints, expected };
  }
  const prefix = shape === 'data' ? 'data' : 'response';
  lists.forEach(({ errors, warnings }, i) => {
    errors.forEach((entry, j) => expected.push([`${prefix}.${i}.errors.${j}`, entry.key, 'error']));
    if (shape !== 'data') warnings.forEach((entry, j) => expected.push([`${prefix}.${i}.warnings.${j}`, entry.key, 'warning']));
  });
  const body =
    shape === 'data'
      ? dataResponse(lists.map(({ errors }) => ({ errors: errors.map(spec) })))
      : v2BatchResponse(lists.map(({ errors, warnings }) => ({ errors: errors.map(spec), warnings: warnings.map(spec) })));
  return { body, hints, expected };
}

/** The APIs whose entries each shape carries. */
const apisOf: Readonly<Record<Shape, readonly Entry['api'][]>> = { 'v1.1': ['v1.1'], v2: ['v2', 'v3'], 'v2 batch': ['v2', 'v3'], entity: ['v2'], data: ['v2', 'v3'] };

/** A shape, a resource with entries of its API, and a batch of them: errors and successes as items, with or without `ok`, warnings beside. */
const batches = fc
  .constantFrom(...shapes)
  .chain((shape) => {
    const fits = (entry: Entry) => apisOf[shape].includes(entry.api);
    const candidates = [...byResource.keys()].filter((resource) => resource !== 'api' && byResource.get(resource)!.some(fits));
    return fc.tuple(fc.constant(shape), fc.constantFrom(...candidates));
  })
  .chain(([shape, resource]) => {
    const fits = (entry: Entry) => apisOf[shape].includes(entry.api);
    const errors = ofCategory(resource, 'error').filter(fits);
    const successes = ofCategory(resource, 'success').filter(fits);
    const warnings = ofCategory(resource, 'warning').filter(fits);
    const itemEntries = shape === 'v1.1' || shape === 'entity' ? [...errors, ...successes, ...warnings] : errors;
    const item = fc.record({
      entry: fc.constantFrom(...(itemEntries.length ? itemEntries : ofCategory('api', 'error').filter(fits))),
      // In the items' statuses: an error or a success as its category says, given or not; a warning either way.
      ok: shape === 'v1.1' || shape === 'entity' ? fc.constantFrom(undefined, true, false) : fc.boolean(),
      warnings: warnings.length && shape !== 'entity' && shape !== 'data' ? fc.array(fc.constantFrom(...warnings), { maxLength: 3 }) : fc.constant([]),
    }).map((drawn) => (drawn.ok === undefined || drawn.entry.category === 'warning' || shape === 'v2' || shape === 'v2 batch' || shape === 'data' ? drawn : { ...drawn, ok: drawn.entry.category === 'success' }));
    return fc.tuple(fc.constant(resource), fc.constant(shape), fc.array(item, { minLength: 1, maxLength: 50 }));
  });

describe('round trip: the property', () => {
  test(`batches of 1-50 items, every resource and shape, mixed outcomes and warnings (${runs} runs)`, () => {
    const seen = { statuses: 0, entries: new Set<string>() };
    fc.assert(
      fc.property(batches, ([resource, shape, items]) => {
        const { body, hints, expected } = batch(resource, shape, items);
        const statuses = read(JSON.parse(JSON.stringify(body)), hints);
        const wrong = expected.flatMap((want) => {
          const why = mismatch(statuses, want);
          return why === undefined || (want[2] !== 'warning' && want[1] in warningItemExceptions) ? [] : [`${want[1]}: ${why}`];
        });
        seen.statuses += expected.length;
        for (const [, key] of expected) seen.entries.add(key);
        expect(wrong).toEqual([]);
      }),
      { numRuns: runs },
    );
    console.info(`round trip: ${runs} batches, ${seen.statuses} statuses, ${seen.entries.size} entries`);
  });
});

describe("round trip: warnings as items' own statuses", () => {
  const failing = new Set<string>();
  for (const entry of catalog.filter((candidate) => candidate.category === 'warning')) {
    for (const ok of [false, true]) {
      const resource = v11ResourceOf(entry);
      const spec = { key: entry, params: paramsOf(entry), ok };
      const body = entry.api === 'v1.1' ? v11Response([spec], { resource }) : entityResponse([spec]);
      const path = entry.api === 'v1.1' ? ['response', ...v11Elements[resource]!, 0, 'item_status'].join('.') : 'entity.0.status';
      if (mismatch(read(body, hintsOf(entry)), [path, entry.key, ok ? 'success' : 'error'])) failing.add(entry.key);
    }
  }

  test('CONCURRENT_CUSTOMER_ACTIONS (521) in a failed item reads back as itself, failed', () => {
    const statuses = read(v11Response(['CONCURRENT_CUSTOMER_ACTIONS']));
    expect(mismatch(statuses, ['response.customers.customer.0.item_status', 'CONCURRENT_CUSTOMER_ACTIONS', 'error'])).toBeUndefined();
    expect(keyAt(statuses, 'response.status')).toBe('ALL_REQUESTS_FAILED'); // readResponse: expect(reading.outcome).toBe('failure')
  });

  test('fail only where named, and every named one still fails', () => {
    expect([...failing].filter((key) => !(key in warningItemExceptions))).toEqual([]);
    expect(Object.keys(warningItemExceptions).filter((key) => !failing.has(key))).toEqual([]);
  });
});
