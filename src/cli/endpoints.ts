import { entries, isKey, type Entry } from 'capillary-codes';
import { endpointById, endpointOf, endpoints, type Endpoint } from 'capillary-codes/endpoints';
import type { Command } from '../cli-args.js';
import { quote } from './given.js';
import { exitCodes, failureFacts, plural, type Out } from './output.js';

/**
 * `capillary-codes endpoints [--resource R] [METHOD PATH]`: the documented requests, or for one
 * request the codes its page documents, each with its entries, the page's reason and the page.
 */

function endpointJson(endpoint: Endpoint, detail: boolean): Record<string, unknown> {
  const { id, method, path, resource, api, title, docs } = endpoint;
  const head = { id, method, path, resource, api: api ?? null, title, docs };
  if (!detail) return { ...head, codes: endpoint.codes.length };
  return {
    ...head,
    codes: endpoint.codes.map((row) => ({
      code: row.code,
      reason: row.reason ?? null,
      entries: row.keys.map((key) => {
        const entry = entryOf(key);
        return entry ? { key, category: entry.category, message: entry.message, kind: entry.kind ?? null, retryable: entry.retryable ?? null, docs: entry.docs } : { key };
      }),
    })),
  };
}

function entryOf(key: string): Entry | undefined {
  // An `if`, not a conditional: `entries[key]` over the whole API's keys is too large a union for one expression.
  let entry: Entry | undefined;
  if (isKey(key)) entry = entries[key];
  return entry;
}

function renderList(out: Out, list: readonly Endpoint[]): void {
  const width = Math.max(...list.map((endpoint) => endpoint.id.length));
  for (const endpoint of list) out.line(`${out.style.bold(endpoint.id.padEnd(width))}  ${endpoint.title}`);
  out.line(out.style.dim(`${plural(list.length, 'endpoint', 'endpoints')}; one request's codes: capillary-codes endpoints METHOD PATH`));
}

function renderEndpoint(out: Out, endpoint: Endpoint): void {
  const { style } = out;
  out.line(`${style.bold(endpoint.id)}  ${endpoint.title}`);
  out.line(`${[endpoint.resource, endpoint.api ?? 'no catalog api'].join(' · ')} · docs: ${endpoint.docs}`);
  if (!endpoint.codes.length) {
    out.line(style.dim('Its page documents no codes: any code of the resource, and the request-level ones, may come.'));
    return;
  }
  out.line(`${plural(endpoint.codes.length, 'code', 'codes')} its page documents (documented, not exhaustive):`);
  for (const row of endpoint.codes) {
    out.line();
    const listed = row.keys.map(entryOf).filter((entry): entry is Entry => entry !== undefined);
    if (!listed.length) out.line(`  ${String(row.code).padStart(5)}  ${style.dim('no entry: the page names a status no table lists')}`);
    for (const entry of listed) {
      const facts = [style.category(entry.category, entry.category), entry.resource, ...failureFacts(entry)].join(' · ');
      out.line(`  ${String(row.code).padStart(5)}  ${style.bold(entry.key)}  ${facts}`);
      out.line(`         ${entry.message}`);
      // The request's page is printed once, above; only another page is worth a line.
      if (entry.docs !== endpoint.docs) out.line(`         ${style.dim('docs:')} ${entry.docs}`);
    }
    if (row.reason !== undefined) out.line(`         ${style.dim('reason:')} ${row.reason}`);
  }
}

/**
 * Lists the endpoints, or prints one request's documented codes; returns the exit status.
 * @example
 * runEndpoints(out, { name: 'endpoints', request: { method: 'POST', url: '/v2/slab/manualSlabAdjustment' }, json: false }); // 0
 */
export function runEndpoints(out: Out, cmd: Command & { name: 'endpoints' }): number {
  if (!cmd.request) {
    const list = cmd.resource === undefined ? endpoints : endpoints.filter((endpoint) => endpoint.resource === cmd.resource);
    if (cmd.json) out.json({ resource: cmd.resource ?? null, endpoints: list.map((endpoint) => endpointJson(endpoint, false)) });
    if (!list.length) return out.fail(exitCodes.notFound, `no documented endpoint of ${cmd.resource}`);
    if (!cmd.json) renderList(out, list);
    return exitCodes.found;
  }
  const { method, url } = cmd.request;
  const asked = `${method} ${url}`;
  const endpoint = endpointById(`${method.toUpperCase()} ${url}`) ?? endpointOf(method, url);
  if (!endpoint) return out.fail(exitCodes.usage, `${quote(asked)} is no documented request (capillary-codes endpoints lists them)`);
  if (cmd.resource !== undefined && cmd.resource !== endpoint.resource) {
    return out.fail(exitCodes.usage, `${quote(asked)} is ${endpoint.id}, a request of ${endpoint.resource}, not of ${cmd.resource}`);
  }
  if (cmd.json) out.json(endpointJson(endpoint, true));
  else renderEndpoint(out, endpoint);
  return exitCodes.found;
}
