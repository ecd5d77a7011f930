/**
 * `capillary-codes/endpoints`: the documented requests of Capillary's API, each with its
 * resource, api, docs page and the codes its page documents (with the reason a server sends
 * each, where the page gives one), and `endpointOf`, which finds the endpoint of a concrete
 * request. Data apart from the root entry: an app that never imports it carries none of it.
 *
 * Importing it registers its table for the `endpoint` hint given as a string (`resolve(code,
 * { endpoint: 'POST /v2/customers' })`, in the root and every view): the one side effect of
 * the package (package.json `sideEffects` names this entry, so bundlers keep a bare
 * `import 'capillary-codes/endpoints'`). An `Endpoint` object needs no registration.
 */
import type { Api, Resource } from './codes/resources.js';
import type { ErrorCode as RequestErrorCode, ErrorKey as RequestErrorKey } from './codes/generated/api.js';
import { endpointRows, type DocumentedErrors } from './endpoints-data.js';
import { registerEndpoints } from './hints.js';
import type { Key } from './views/all.js';

/** A documented request's id: its method and path, e.g. `'POST /v2/customers'`. */
export type EndpointId = keyof DocumentedErrors;

/**
 * The error keys an endpoint's page documents, plus the request-level ones (resource `api`).
 * Documented, not exhaustive: a server may send any code of the resource.
 * @example
 * const key: ErrorKeyOf<'POST /v2/slab/manualSlabAdjustment'> = 'INTERNAL_SERVER_ERROR';
 */
export type ErrorKeyOf<E extends EndpointId> = DocumentedErrors[E]['keys'] | RequestErrorKey;

/**
 * The error codes an endpoint's page documents, plus the request-level ones.
 * @example
 * const code: ErrorCodeOf<'POST /v2/slab/manualSlabAdjustment'> = 500;
 */
export type ErrorCodeOf<E extends EndpointId> = DocumentedErrors[E]['codes'] | RequestErrorCode;

/** An HTTP method as the docs write it. */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A code an endpoint's page documents. */
export interface EndpointCode {
  readonly code: number;
  /** The catalog entries the page's row names; empty where the row names none (a symbolic name such as `UNEXPECTED_ERROR`). */
  readonly keys: readonly Key[];
  /** Why a server sends the code on this endpoint, verbatim from the page's Reason column. */
  readonly reason?: string;
}

/** One documented request. */
export interface Endpoint {
  readonly id: EndpointId;
  readonly method: Method;
  /** The path as requests write it, `{name}` for a segment of the caller's, e.g. `/v2/customers/{userId}`. */
  readonly path: string;
  readonly resource: Resource;
  /** The response surface; `undefined` for paths outside the catalog's apis (`/das/...`, `/x/neo/...`). */
  readonly api: Api | undefined;
  readonly title: string;
  /** The page that documents the request. */
  readonly docs: string;
  readonly codes: readonly EndpointCode[];
}

/**
 * Every documented request, frozen, in the docs' order.
 * @example
 * endpoints.find((endpoint) => endpoint.id === 'POST /v2/slab/manualSlabAdjustment')?.resource; // 'customers'
 */
export const endpoints: readonly Endpoint[] = Object.freeze(
  endpointRows.map(([method, path, resource, api, title, docs, codes]) =>
    Object.freeze({
      id: `${method} ${path}` as EndpointId,
      method: method as Method,
      path,
      resource,
      api,
      title,
      docs,
      codes: Object.freeze(
        codes.map(([code, keys, reason]) =>
          Object.freeze({ code, keys: Object.freeze(keys ? (keys.split(' ') as Key[]) : []), ...(reason === undefined ? {} : { reason }) }),
        ),
      ),
    }),
  ),
);

/**
 * The endpoint of an id, or `undefined`.
 * @example
 * endpointById('POST /v2/customers')?.title; // 'Add Customer'
 */
export function endpointById(id: unknown): Endpoint | undefined {
  return typeof id === 'string' ? byId().get(id) : undefined;
}

/**
 * The endpoint of a concrete request, or `undefined` when no documented request fits. The URL
 * may carry any host (`https://eu.api.capillarytech.com/...`) or none, a query string, a
 * fragment, a trailing slash or `//`; a `{name}` segment of a documented path matches any one
 * segment, and where two paths fit, the one with a literal segment earlier wins
 * (`/v2/customers/lookup` over `/v2/customers/{userId}`). v1.1's format suffix
 * (`/v1.1/customer/get.json`) is read as the path without it. Never throws.
 * @example
 * endpointOf('post', 'https://eu.api.capillarytech.com/v2/slab/manualSlabAdjustment?format=json')?.id;
 * // 'POST /v2/slab/manualSlabAdjustment'
 */
export function endpointOf(method: unknown, url: unknown): Endpoint | undefined {
  if (typeof method !== 'string' || typeof url !== 'string') return undefined;
  const segments = segmentsOf(url);
  if (!segments) return undefined;
  const candidates = byShape().get(`${method.trim().toUpperCase()} ${segments.length}`);
  if (!candidates) return undefined;
  const found = firstFitting(candidates, segments);
  if (found) return found;
  const last = segments[segments.length - 1]!;
  const bare = last.replace(/\.(?:json|xml)$/i, '');
  return bare !== last && bare !== '' ? firstFitting(candidates, [...segments.slice(0, -1), bare]) : undefined;
}

/**
 * The endpoint a string hint names: an id (`'POST /v2/customers'`), else a method and a
 * concrete URL (`'post https://eu.api.capillarytech.com/v2/customers?format=json'`).
 */
function endpointOfRequest(request: string): Endpoint | undefined {
  const byItsId = endpointById(request.trim());
  if (byItsId) return byItsId;
  const [, method, url] = /^\s*(\S+)\s+(\S[^]*)$/.exec(request) ?? [];
  return endpointOf(method, url);
}

registerEndpoints(endpointOfRequest);

interface Pattern {
  readonly endpoint: Endpoint;
  /** Each segment in lower case, `undefined` for a `{name}` segment. */
  readonly segments: readonly (string | undefined)[];
}

// Indexes built on first use, so that importing the entry costs no more than its data.
let ids: Map<string, Endpoint> | undefined;
let shapes: Map<string, Pattern[]> | undefined;

function byId(): Map<string, Endpoint> {
  ids ??= new Map(endpoints.map((endpoint) => [endpoint.id, endpoint]));
  return ids;
}

/** Patterns by method and segment count, most literal first. */
function byShape(): Map<string, Pattern[]> {
  if (shapes) return shapes;
  shapes = new Map();
  for (const endpoint of endpoints) {
    const segments = endpoint.path.split('/').filter(Boolean).map((segment) => (/^\{.*\}$/.test(segment) ? undefined : segment.toLowerCase()));
    const key = `${endpoint.method} ${segments.length}`;
    const list = shapes.get(key) ?? [];
    list.push({ endpoint, segments });
    shapes.set(key, list);
  }
  for (const list of shapes.values()) list.sort((a, b) => literalFirst(a.segments, b.segments));
  return shapes;
}

/** Orders two patterns of one length: at the first segment where one is literal and the other not, the literal first. */
function literalFirst(a: readonly (string | undefined)[], b: readonly (string | undefined)[]): number {
  for (let i = 0; i < a.length; i++) {
    if ((a[i] === undefined) !== (b[i] === undefined)) return a[i] === undefined ? 1 : -1;
  }
  return 0;
}

function firstFitting(patterns: readonly Pattern[], segments: readonly string[]): Endpoint | undefined {
  return patterns.find((pattern) => pattern.segments.every((segment, i) => segment === undefined || segment === segments[i]))?.endpoint;
}

const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;
// A first segment that is a host name (`eu.api.capillarytech.com`), not a version (`v1.1`).
const hostName = /^(?!v\d)[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?$/i;

/** The lower-cased path segments of a URL or path, without host, query and fragment; `undefined` for none. */
function segmentsOf(url: string): string[] | undefined {
  const path = url.trim().replace(scheme, '').replace(/[?#].*$/s, '');
  const segments = path.split('/').filter(Boolean);
  if (segments.length && hostName.test(segments[0]!) && !path.startsWith('/')) segments.shift();
  if (!segments.length) return undefined;
  return segments.map((segment) => {
    try {
      return decodeURIComponent(segment).toLowerCase();
    } catch {
      return segment.toLowerCase();
    }
  });
}
