/**
 * Built bodies against the wire: for each builder of `capillary-codes/testing`, every key path
 * of what it builds, with its value's type (text or number for codes, text or boolean for
 * flags, object or list), must appear in a published sample of that shape
 * (test/fixtures/payloads/published/ and docs/, copies of ../shared/payloads/ under the same
 * names). So a built body has the structure of one Capillary sent, field by field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Resource } from 'capillary-codes';
import { dataResponse, entityResponse, gatewayResponse, v11Elements, v11Response, v2BatchResponse, v2Response } from 'capillary-codes/testing';

interface Sample {
  readonly name: string;
  readonly api: string;
  readonly resource: string;
  readonly payload: unknown;
  readonly converted_from_xml?: boolean;
  readonly malformed_json?: boolean;
}

const samples: readonly Sample[] = ['published', 'docs'].flatMap((folder) => {
  const directory = new URL(`./fixtures/payloads/${folder}/`, import.meta.url);
  return readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ ...(JSON.parse(readFileSync(new URL(name, directory), 'utf8')) as Omit<Sample, 'name'>), name: `${folder}/${name}` }))
    // An XML conversion keeps every value as text, and a malformed sample has no structure to hold to.
    .filter((sample) => !sample.converted_from_xml && !sample.malformed_json);
});

const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value);

/**
 * Every key path of a value with its type, list items as `[]`:
 * `response.customers.customer[].item_status.code: string`. `oneOrMany`: a list and a single
 * object at the same place read alike, as v1.1 servers send one item either way.
 */
function structure(value: unknown, oneOrMany = false, path = '', into = new Set<string>()): Set<string> {
  const many = Array.isArray(value);
  if (!(oneOrMany && many)) into.add(`${path}: ${typeOf(value)}`);
  if (many) for (const item of value) structure(item, oneOrMany, oneOrMany ? path : `${path}[]`, into);
  else if (typeof value === 'object' && value !== null) for (const [key, child] of Object.entries(value)) structure(child, oneOrMany, path ? `${path}.${key}` : key, into);
  return into;
}

/** The paths of a built body that no sample of its shape has, with that type. */
function unlike(built: unknown, shapeSamples: readonly Sample[], oneOrMany = false): string[] {
  const seen = new Set(shapeSamples.flatMap((sample) => [...structure(sample.payload, oneOrMany)]));
  return [...structure(built, oneOrMany)].filter((path) => !seen.has(path));
}

const named = (list: readonly Sample[]) => list.map((sample) => sample.name);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The sample shapes, told apart by their structure alone (never by what a builder makes). */
const shapes = {
  v11: (resource: Resource) => {
    const items = `response.${v11Elements[resource]!.join('.')}.item_status: object`;
    return samples.filter((sample) => sample.api === 'v1.1' && sample.resource === resource && structure(sample.payload, true).has(items));
  },
  v2Errors: samples.filter((sample) => isObject(sample.payload) && Array.isArray(sample.payload['errors']) && sample.payload['errors'].length > 0 && sample.api === 'v2'),
  v2Warnings: samples.filter((sample) => isObject(sample.payload) && Array.isArray(sample.payload['warnings']) && sample.payload['warnings'].length > 0 && sample.api === 'v2'),
  v2Batch: samples.filter((sample) => isObject(sample.payload) && Array.isArray(sample.payload['response']) && 'totalCount' in sample.payload),
  gateway: samples.filter((sample) => sample.api === 'api_gateway' && isObject(sample.payload) && isObject(sample.payload['status']) && 'success' in sample.payload['status']),
  entity: samples.filter((sample) => isObject(sample.payload) && Array.isArray(sample.payload['entity'])),
  data: samples.filter((sample) => isObject(sample.payload) && Array.isArray(sample.payload['data']) && sample.payload['data'].some((record) => isObject(record) && Array.isArray(record['errors']))),
};

describe('v11Response has the structure of the v1.1 samples of its resource', () => {
  test.each(Object.keys(v11Elements) as Resource[])('%s', (resource) => {
    const list = shapes.v11(resource);
    expect(named(list), `no v1.1 sample of ${resource} to compare with`).not.toEqual([]);
    const built = v11Response([{ key: 'CUSTOMER_RETRIEVED' }, { key: 'CUSTOMER_NOT_FOUND_FOR_ORG' }], { resource });
    expect(unlike(built, list, true)).toEqual([]);
  });

  test('item warnings as bare codes, as the customers samples list them', () => {
    const built = v11Response([{ key: 'CUSTOMER_REGISTERED', warnings: ['WEB_ENGAGE_PROFILE_MISSING', 'CUSTOM_FIELD_INVALID'] }]);
    expect(unlike(built, shapes.v11('customers'), true)).toEqual([]);
  });

  test('item warnings as objects: no published sample shows them (the wire fixture v11-add-registered-with-warning-object.json does)', () => {
    const built = v11Response([{ key: 'CUSTOMER_REGISTERED', warnings: ['WEB_ENGAGE_PROFILE_MISSING'] }], { warnings: 'objects' });
    expect(unlike(built, shapes.v11('customers'), true)).toEqual([
      'response.customers.customer.item_status.warnings.warning: object',
      'response.customers.customer.item_status.warnings.warning.code: string',
      'response.customers.customer.item_status.warnings.warning.message: string',
    ]);
    const wire = JSON.parse(readFileSync(new URL('./fixtures/payloads/v11-add-registered-with-warning-object.json', import.meta.url), 'utf8')) as { payload: unknown };
    expect(unlike(built, [{ name: 'wire', api: 'v1.1', resource: 'customers', payload: wire.payload }], true).filter((missing) => !missing.startsWith('response.status'))).toEqual([]);
  });
});

describe('the v2 and other shapes have the structure of their samples', () => {
  test('v2Response errors: codes as numbers, status false', () => {
    expect(shapes.v2Errors.length).toBeGreaterThan(0);
    expect(unlike(v2Response({ errors: ['CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS', { key: 'ADD_CUSTOMER_EXISTS', params: { 0: 1 } }] }), shapes.v2Errors)).toEqual([]);
  });

  test('v2Response warnings', () => {
    expect(shapes.v2Warnings.length).toBeGreaterThan(0);
    expect(unlike(v2Response({ warnings: [{ key: 'MERGE_ALREADY_DONE_WARNING', params: { 0: 4211 } }] }), shapes.v2Warnings)).toEqual([]);
  });

  test('v2BatchResponse', () => {
    expect(shapes.v2Batch.length).toBeGreaterThan(0);
    const built = v2BatchResponse([{ errors: ['CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS'], warnings: [{ key: 'MERGE_ALREADY_DONE_WARNING', params: { 0: 4211 } }] }, {}]);
    expect(unlike(built, shapes.v2Batch)).toEqual([]);
  });

  test('gatewayResponse: status { success, code, message }, code a number, success a boolean', () => {
    expect(shapes.gateway.length).toBeGreaterThan(0);
    expect(unlike(gatewayResponse('REWARDS_CATALOG_CARD_SERIES_NOT_FOUND'), shapes.gateway)).toEqual([]);
  });

  test('entityResponse: entity[].status with statusCode, warnings, warningsAsStatusCode, code, success, message', () => {
    expect(shapes.entity.length).toBeGreaterThan(0);
    expect(unlike(entityResponse(['COUPON_RESENT', { key: 'COUPON_RESENT', ok: false }]), shapes.entity)).toEqual([]);
  });

  test('dataResponse: data[].errors', () => {
    expect(shapes.data.length).toBeGreaterThan(0);
    expect(unlike(dataResponse([{ errors: ['TRANSACTION_NEW_BILL_EVENT_CALL_FAILED'] }, {}]), shapes.data)).toEqual([]);
  });

  test('the samples each shape was held to', () => {
    const list = Object.fromEntries([
      ...(Object.keys(v11Elements) as Resource[]).map((resource) => [`v1.1 ${resource}`, named(shapes.v11(resource))] as const),
      ...(['v2Errors', 'v2Warnings', 'v2Batch', 'gateway', 'entity', 'data'] as const).map((shape) => [shape, named(shapes[shape])] as const),
    ]);
    console.info(JSON.stringify(list, null, 1));
    expect(Object.values(list).every((names) => names.length > 0)).toBe(true);
  });
});
