import type { Api, Resource } from './codes/index.js';
import { read, safely } from './safely.js';

/**
 * The `endpoint` hint of `resolve`, `match` and the readers: what a request's endpoint says
 * about the statuses of its response. The lookups need no endpoint table: an `Endpoint` object
 * carries its resource, api and documented codes, and a string is looked up in the endpoints
 * the program has loaded (`capillary-codes/endpoints` registers its table when imported). So a
 * bundle that never imports that entry carries no endpoint data.
 */

/**
 * What an endpoint hint reads of an endpoint: `Endpoint` from `capillary-codes/endpoints` is
 * one (`endpointOf`, `endpointById` and `endpoints` give them).
 */
export interface EndpointLike {
  readonly resource: Resource;
  readonly api: Api | undefined;
  /** The codes the endpoint's page documents, each with the keys of the entries it names. */
  readonly codes: readonly { readonly code: number; readonly keys: readonly string[] }[];
}

/**
 * The request a response answers: an `Endpoint` object, its id (`'POST /v2/customers'`), or a
 * concrete method and URL (`'POST https://eu.api.capillarytech.com/v2/customers?format=json'`).
 * A string is found only among the endpoints the program has loaded: import
 * `capillary-codes/endpoints` before passing one (an object needs no import). An endpoint that
 * is not found is set aside (`Resolution.ignored` lists `'endpoint'`), never a throw.
 * @example
 * import { endpointById } from 'capillary-codes/endpoints';
 * resolve(1101, { endpoint: endpointById('POST /v2/slab/manualSlabAdjustment') }); // resolved: TRANSACTION_INVALID_PROGRAM_ID, text 'none'
 * resolve(1101, { endpoint: 'POST https://eu.api.capillarytech.com/v2/slab/manualSlabAdjustment' }); // the same, once the entry is imported
 */
export type EndpointHint = EndpointLike | string;

/** What a found endpoint tells a lookup. */
export interface EndpointFacts {
  readonly resource: string;
  readonly api: string | undefined;
  /** The keys the endpoint's page documents for a code; `[]` where it documents none. */
  readonly keysOf: (code: number) => readonly string[];
}

/** Finds the endpoint of an id or a concrete request; `capillary-codes/endpoints` registers one. */
export type EndpointFinder = (request: string) => unknown;

// On globalThis under a registered symbol: every copy of the package (the root, each view, a
// second install) reads the table whichever copy's endpoints entry registered it.
const registry = /* @__PURE__ */ Symbol.for('capillary-codes.endpoints');

/**
 * Makes a table of endpoints the one string hints are looked up in (the endpoints entry calls
 * it when imported).
 * @example
 * registerEndpoints((request) => endpointById(request));
 */
export function registerEndpoints(find: EndpointFinder): void {
  (globalThis as Record<symbol, unknown>)[registry] = find;
}

/**
 * The facts of an endpoint hint, or `undefined` where the hint names no endpoint (an unknown
 * id, a string before `capillary-codes/endpoints` is imported, an object without a resource
 * and codes). Hints come from callers: nothing here throws.
 * @example
 * endpointFacts('POST /v2/slab/manualSlabAdjustment')?.keysOf(1101); // ['TRANSACTION_INVALID_PROGRAM_ID'], once endpoints are imported
 */
export function endpointFacts(hint: unknown): EndpointFacts | undefined {
  const endpoint = typeof hint === 'string' ? found(hint) : hint;
  const resource = read(endpoint, 'resource');
  const codes = read(endpoint, 'codes');
  if (typeof resource !== 'string' || !safely(() => Array.isArray(codes), () => false)) return undefined;
  const api = read(endpoint, 'api');
  return { resource, api: typeof api === 'string' ? api : undefined, keysOf: (code) => documentedKeys(codes as readonly unknown[], code) };
}

function found(request: string): unknown {
  const find = (globalThis as Record<symbol, unknown>)[registry];
  return typeof find === 'function' ? safely(() => (find as EndpointFinder)(request), () => undefined) : undefined;
}

function documentedKeys(codes: readonly unknown[], code: number): readonly string[] {
  return safely(
    () => {
      const keys: string[] = [];
      for (const row of codes) {
        const named = read(row, 'keys');
        if (read(row, 'code') === code && Array.isArray(named)) for (const key of named) if (typeof key === 'string') keys.push(key);
      }
      return keys;
    },
    () => [],
  );
}
