import { endpointById, endpointOf, type Endpoint, type EndpointId } from 'capillary-codes/endpoints';
import { clip, quoted } from '../safely.js';

/**
 * What the command line gives, read and passed on: the command's name, user text quoted for a
 * one-line reason, the `--endpoint` and `--status` values, and the hints as the library takes
 * them. Shared by the parser (src/cli-args.ts) and the commands (src/cli/).
 */

/**
 * The command's name, as usage text and reasons write it.
 * @example
 * `${bin} search "invalid source"`;
 */
export const bin = 'capillary-codes';

/**
 * User text in a one-line reason: quoted, escaped (no raw newline), and kept short.
 * @example
 * quote('a\nb'); // '"a\\nb"'
 */
export function quote(text: string): string {
  return quoted(clip(text, 40));
}

/**
 * The documented request a `--endpoint` value names: an id (`POST /v2/customers`), or a method
 * and a concrete path or URL (`post https://eu.api.capillarytech.com/v2/customers?format=json`),
 * else the one-line reason it names none.
 * @example
 * readEndpoint('post /v2/slab/manualSlabAdjustment'); // the endpoint 'POST /v2/slab/manualSlabAdjustment'
 * readEndpoint('GET /v2/nope'); // '--endpoint "GET /v2/nope" is no documented request (capillary-codes endpoints lists them)'
 */
export function readEndpoint(text: string): Endpoint | string {
  const [method, url, extra] = text.trim().split(/\s+/);
  if (!method || !url || extra !== undefined) return `--endpoint takes a method and a path, as in "POST /v2/customers", got ${quote(text)}`;
  const endpoint = endpointById(`${method.toUpperCase()} ${url}`) ?? endpointOf(method, url);
  return endpoint ?? `--endpoint ${quote(text)} is no documented request (${bin} endpoints lists them)`;
}

/**
 * An HTTP status given with `--status`, a whole number from 100 to 599, else why not.
 * @example
 * readHttpStatus('503'); // 503
 */
export function readHttpStatus(text: string): number | string {
  const trimmed = text.trim();
  return /^[1-5][0-9]{2}$/.test(trimmed) ? Number(trimmed) : `--status takes an HTTP status from 100 to 599, got ${quote(text)}`;
}

/**
 * The params `format` is given as `name=value` words (a value may hold "="), else why not.
 * @example
 * readParams(['x=SMS', 'y=a=b']); // { x: 'SMS', y: 'a=b' }
 * readParams(['oops']); // 'expected a param as name=value, got "oops"'
 */
export function readParams(pairs: readonly string[]): Record<string, string> | string {
  // Prototype-free, so a param named "__proto__" or "constructor" is a param like any other.
  const params: Record<string, string> = Object.create(null);
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at < 0) return `expected a param as name=value, got ${quote(pair)}`;
    const name = pair.slice(0, at);
    if (!name) return `a param needs a name before "=", got ${quote(pair)}`;
    if (Object.hasOwn(params, name)) return `param ${quote(name)} is given twice`;
    params[name] = pair.slice(at + 1);
  }
  return params;
}

/**
 * The hints as the library's lookups take them: the endpoint id as the `Endpoint` it names
 * (an object needs no registered table), which stands for its resource and api.
 * @example
 * libraryHints({ endpoint: 'POST /v2/slab/manualSlabAdjustment', message: 'x' }); // { endpoint: <the Endpoint>, message: 'x' }
 */
export function libraryHints<H extends { readonly endpoint?: EndpointId }>(hints: H): Omit<H, 'endpoint'> & { readonly endpoint?: Endpoint } {
  const { endpoint: id, ...rest } = hints;
  const endpoint = id === undefined ? undefined : endpointById(id);
  return endpoint ? { ...rest, endpoint } : rest;
}

/**
 * What an endpoint's page says about a code: the row's reason and the page, where the page
 * documents the code.
 * @example
 * documented('POST /v2/slab/manualSlabAdjustment', 1101); // { endpoint, code: { code: 1101, keys: [...], reason: '...' } }
 */
export function documented(id: EndpointId | undefined, code: number | undefined): { readonly endpoint: Endpoint; readonly reasons: readonly string[]; readonly keys: readonly string[] } | undefined {
  const endpoint = id === undefined ? undefined : endpointById(id);
  if (!endpoint || code === undefined) return undefined;
  const rows = endpoint.codes.filter((row) => row.code === code);
  if (!rows.length) return undefined;
  return { endpoint, reasons: rows.flatMap((row) => (row.reason === undefined ? [] : [row.reason])), keys: rows.flatMap((row) => row.keys) };
}
