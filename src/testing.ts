/**
 * `capillary-codes/testing`: response bodies as Capillary sends them, built from keys or
 * entries, for the tests of an app that reads them (fetch mocks, MSW, undici's MockAgent).
 * Each builder's output has the structure of the published samples of its shape
 * (test/testing-shapes.test.ts holds it to them), and reads back as the statuses it was asked
 * for (test/testing.test.ts). Never part of the root bundle.
 */
import type { Resource } from './codes/index.js';
import { entries, format } from './views/all.js';
import { build, type Built, type ItemSpec, type StatusSpec } from './testing/specs.js';

export type { ItemExtra, ItemSpec, PlainKey, StatusSpec } from './testing/specs.js';

/**
 * Where a v1.1 body lists a resource's items, as the published samples name them
 * (`response.customers.customer[]`, `response.organization.entities.entity[]` ...).
 * @example
 * v11Elements.transactions; // ['transactions', 'transaction']
 */
export const v11Elements: Readonly<Partial<Record<Resource, readonly [string, ...string[]]>>> = {
  customers: ['customers', 'customer'],
  transactions: ['transactions', 'transaction'],
  coupons: ['coupons', 'coupon'],
  points: ['responses', 'points'],
  requests: ['requests', 'request'],
  store: ['stores', 'store'],
  product: ['product'],
  organization: ['organization', 'entities', 'entity'],
  tasks: ['tasks', 'task'],
};

/**
 * Options of `v11Response`.
 * @example
 * const options: V11Options = { resource: 'transactions', warnings: 'objects' };
 */
export interface V11Options {
  /** The resource whose element names hold the items (`customers` by default). */
  readonly resource?: Resource | undefined;
  /** Other element names, for a resource the samples show none for: `['wallet', 'item']`. */
  readonly elements?: readonly [string, ...string[]] | undefined;
  /** Item warnings as bare codes (`{"warning": ["91017"]}`, as the published samples list them) or `{ code, message }` objects. */
  readonly warnings?: 'codes' | 'objects' | undefined;
}

/**
 * How a v1.1 server writes `success` and `code`: as text (`"true"`, `"1000"`) in most samples,
 * as a boolean and a number in every product sample.
 */
function wireOf(resource: Resource) {
  const typed = resource === 'product';
  return { flag: (ok: boolean) => (typed ? ok : String(ok)), code: (code: number) => (typed ? code : String(code)) };
}

/** The request-level status a v1.1 server sends for these outcomes: 200 all succeeded, 201 some failed, 500 all failed. */
function requestStatus(outcomes: readonly boolean[], wire: ReturnType<typeof wireOf>) {
  const failed = outcomes.filter((ok) => !ok).length;
  const entry = failed === 0 ? entries.REQUEST_SUCCEEDED : failed < outcomes.length ? entries.SOME_REQUESTS_FAILED : entries.ALL_REQUESTS_FAILED;
  return { success: wire.flag(failed === 0), code: wire.code(entry.code), message: format(entry) };
}

/**
 * A v1.1 body: the request-level `response.status` as the server computes it (200 when every
 * item succeeded, 201 when some failed, 500 when all did, in the catalog's wordings), and
 * each item under the resource's own element names with its `item_status` (`success` and
 * `code` as text, as most samples send them; a boolean and a number for product, as its
 * samples do) and its warnings. An item fails when `ok:
 * false`, or without `ok` when its entry is not a success.
 * @example
 * v11Response(['CUSTOMER_RETRIEVED', { key: 'CUSTOMER_NOT_FOUND_FOR_ORG', warnings: ['WEB_ENGAGE_PROFILE_MISSING'] }]);
 * // { response: { status: { success: 'false', code: '201', message: 'One or more requests have failed due to errors.' },
 * //   customers: { customer: [{ item_status: { success: 'true', code: '1000', message: 'Customer retrieved successfully.' } },
 * //     { item_status: { success: 'false', code: '816', message: 'Customer not found for organization.', warnings: { warning: ['91017'] } } }] } } }
 */
export function v11Response(items: readonly ItemSpec[], options?: V11Options): { response: Record<string, unknown> } {
  const resource = options?.resource ?? 'customers';
  const elements = options?.elements ?? v11Elements[resource];
  if (!elements) {
    throw new TypeError(`capillary-codes/testing: no published v1.1 sample names the elements of ${resource}; pass { elements: [...] } (known: ${Object.keys(v11Elements).join(', ')})`);
  }
  const built = items.map((item) => build(item));
  const wire = wireOf(resource);
  // Warnings are text in every sample, whatever the item's code is.
  const warning = (status: Built) => (options?.warnings === 'objects' ? { code: String(status.entry.code), message: status.message } : String(status.entry.code));
  const list = built.map(({ entry, message, ok, warnings }) => ({
    item_status: {
      success: wire.flag(ok),
      code: wire.code(entry.code),
      message,
      ...(warnings.length ? { warnings: { warning: warnings.map(warning) } } : {}),
    },
  }));
  const nested = elements.reduceRight<unknown>((inner, name) => ({ [name]: inner }), list) as Record<string, unknown>;
  return { response: { status: requestStatus(built.map(({ ok }) => ok), wire), ...nested } };
}

/** A v2 status in an `errors` or `warnings` list: `{ status: false, code, message }`, code a number. */
const v2Status = (status: Built) => ({ status: false, code: status.entry.code, message: status.message });

/**
 * What a v2 body carries: its errors, its warnings, and the body's other fields.
 * @example
 * const spec: V2Spec = { warnings: ['WEB_ENGAGE_PROFILE_MISSING'], data: { createdId: 4211 } };
 */
export interface V2Spec {
  readonly errors?: readonly StatusSpec[] | undefined;
  readonly warnings?: readonly StatusSpec[] | undefined;
  /** Other fields of the body (`createdId`, `entity` ...), beside the lists. */
  readonly data?: Readonly<Record<string, unknown>> | undefined;
}

/** The lists of a v2 spec, each present only when given. */
function v2Lists(spec: V2Spec) {
  return {
    ...(spec.errors ? { errors: spec.errors.map((status) => v2Status(build(status))) } : {}),
    ...(spec.warnings ? { warnings: spec.warnings.map((status) => v2Status(build(status))) } : {}),
  };
}

/**
 * A v2 body: `errors` and `warnings` lists of `{ status: false, code, message }`, each
 * present when given, beside the body's other fields.
 * @example
 * v2Response({ errors: [{ key: 'ADD_CUSTOMER_EXISTS', params: { 0: 4211 } }] });
 * // { errors: [{ status: false, code: 8006, message: 'Add failed, Customer already exists with id 4211 for same source' }] }
 */
export function v2Response(spec: V2Spec): Record<string, unknown> {
  return { ...spec.data, ...v2Lists(spec) };
}

/**
 * A v2 batch body (`POST /v2/transactions/bulk`, `/v2/cards/bulk` ...): one element per
 * request under `response`, each with its `errors` and `warnings` lists, then `totalCount`
 * and `failureCount` (the elements with errors).
 * @example
 * v2BatchResponse([{ data: { entityId: 1 } }, { errors: ['CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS'] }]).failureCount; // 1
 */
export function v2BatchResponse(items: readonly V2Spec[]): { response: Record<string, unknown>[]; totalCount: number; failureCount: number } {
  const response = items.map((item) => ({ ...item.data, ...v2Lists({ errors: item.errors ?? [], warnings: item.warnings ?? [] }) }));
  return { response, totalCount: items.length, failureCount: items.filter((item) => item.errors?.length).length };
}

/**
 * An API-gateway body (rewards catalog, badges, promotions ...): `{ status: { success, code,
 * message } }` beside the data. `success` is the entry's category, or the `ok` asked for.
 * @example
 * gatewayResponse('REWARDS_CATALOG_CARD_SERIES_NOT_FOUND', { rewardList: [] });
 * // { rewardList: [], status: { success: false, code: 6003, message: 'Card series not found.' } }
 */
export function gatewayResponse(status: ItemSpec, data?: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const built = build(status);
  return { ...data, status: { success: built.ok, code: built.entry.code, message: built.message } };
}

/**
 * A v2 body that lists entities with their own statuses (`GET /v2/customers/{id}/coupons`):
 * `entity[]`, each with `status: { statusCode: { status, code, message }, warnings,
 * warningsAsStatusCode, code, success, message }`, and the body's `warnings`, `errors`,
 * `success` (every entity succeeded).
 * @example
 * entityResponse(['COUPON_RESENT']).entity[0]?.status.code; // 700
 */
export function entityResponse(items: readonly ItemSpec[]) {
  const built = items.map((item) => build(item));
  const entity = built.map(({ entry, message, ok, warnings }) => ({
    status: {
      statusCode: { status: ok, code: entry.code, message },
      warnings: warnings.map(v2Status),
      warningsAsStatusCode: [],
      code: entry.code,
      success: ok,
      message,
    },
  }));
  return { entity, warnings: [], errors: [], success: built.every(({ ok }) => ok) };
}

/**
 * A v2 body that lists records under `data[]`, each with its own `errors` (`GET
 * /v2/organization/...` retries): a failed record carries its error, a clean one `[]`.
 * @example
 * dataResponse([{}, { errors: ['TRANSACTION_NEW_BILL_EVENT_CALL_FAILED'] }]).data[1]?.errors[0]?.code; // 683
 */
export function dataResponse(items: readonly Pick<V2Spec, 'errors' | 'data'>[]) {
  const data = items.map((item) => ({ ...item.data, errors: (item.errors ?? []).map((status) => v2Status(build(status))) }));
  return { data, warnings: [], errors: [] };
}

/**
 * What `fetchResponse` takes besides the body.
 * @example
 * const init: FetchResponseInit = { status: 503, headers: { 'retry-after': '30' } };
 */
export interface FetchResponseInit {
  /** The HTTP status, 200 by default. */
  readonly status?: number | undefined;
  /** More headers; `content-type` is `application/json` unless given. */
  readonly headers?: HeadersInit | undefined;
}

/**
 * A real `Response` whose body is the JSON of `body`, for fetch mocks, MSW handlers and
 * undici's MockAgent.
 * @example
 * const response = fetchResponse(v2Response({ errors: ['CONCURRENT_CUSTOMER_ACTIONS'] }), { status: 429, headers: { 'retry-after': '2' } });
 * response.headers.get('content-type'); // 'application/json'
 */
export function fetchResponse(body: unknown, init?: FetchResponseInit): Response {
  const headers = new Headers(init?.headers);
  if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  return new Response(JSON.stringify(body), { status: init?.status ?? 200, headers });
}
