#!/usr/bin/env node
/**
 * Writes src/endpoints-data.ts, the data of the `capillary-codes/endpoints` entry point: one
 * endpoint per documented request (method + path), from the docs pages of
 * test/fixtures/endpoints/endpoints.json (a verbatim copy of
 * ../shared/source/capillary/endpoints/, its README says what each field means) and the
 * `endpoint` fields of the published samples (test/fixtures/payloads/published/,
 * test/fixtures/payloads/docs/).
 *
 * - A page's resource is the one the per-API page map names (test/tables/api-specific/), else
 *   the one `resourceByPath` in test/tables/endpoint-exceptions.ts gives its path; a page
 *   without a method and path, or whose API is no resource of the catalog, is no endpoint
 *   (`pagesLeftOut` there says why).
 * - Pages that document the same request (archived copies, a guide and its reference) fold
 *   into one endpoint: its title and docs are the current page's (not archived, not hidden,
 *   with an error table), its codes every page's rows.
 * - A row's `keys` are the entries the library resolves its code and wording to, within the
 *   page's resource (the wording, or the entry's message followed by the row's explanation);
 *   a row that names no entry, or several of different wordings, takes its keys from
 *   `rowExceptions`, each with its reason. The generator fails naming any row left over.
 * - Paths are written as requests are: `{name}` placeholders slash-separated (the docs'
 *   `badgeMeta{badgeId}` is `badgeMeta/{badgeId}`, `customers[customerId]` is
 *   `customers/{customerId}`), no spaces inside braces, no `//`; an example id the docs print
 *   where the placeholder belongs (`/v2/customers/34301543/pointsTransfers`) is `{id}`.
 *
 *   node scripts/generate-endpoints.mjs            writes the file
 *   node scripts/generate-endpoints.mjs --check    exits 1 when the file is stale
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importTs } from './pack-catalog.mjs';

const outFile = new URL('../src/endpoints-data.ts', import.meta.url);

const pageMapFiles = readdirSync(new URL('../test/tables/api-specific/', import.meta.url)).filter((file) => file.endsWith('.ts') && file !== 'page-map.ts');

/** What the generator reads: the library, the page map, the decisions, the source. */
export async function loadSources() {
  const lib = await importTs(`export { find, resolve, entries } from './src/index.ts'; export { resources, apis } from './src/codes/resources.ts';`);
  const decisions = await importTs(`export * from './test/tables/endpoint-exceptions.ts'; export { unmark } from './test/tables/read-table.ts';`);
  const maps = await importTs(pageMapFiles.map((file, i) => `export * as map${i} from './test/tables/api-specific/${file}';`).join('\n'));
  const pageMap = new Map();
  const mapLeftOut = new Map();
  for (const map of Object.values(maps)) {
    for (const [heading, resource] of Object.entries(map.pages)) pageMap.set(heading.split(' — ').at(-1), resource);
    for (const [heading, why] of Object.entries(map.pagesLeftOut)) mapLeftOut.set(heading.split(' — ').at(-1), why);
  }
  const pages = JSON.parse(readFileSync(new URL('../test/fixtures/endpoints/endpoints.json', import.meta.url), 'utf8'));
  const samples = ['../test/fixtures/payloads/published/', '../test/fixtures/payloads/docs/'].flatMap((dir) => {
    const url = new URL(dir, import.meta.url);
    return readdirSync(url)
      .filter((file) => file.endsWith('.json'))
      .map((file) => ({ file: `${dir.slice(3)}${file}`, ...JSON.parse(readFileSync(new URL(file, url), 'utf8')) }));
  });
  return { lib, decisions, pageMap, mapLeftOut, pages, samples };
}

/** A path as requests write it (see the file's comment). */
export function normalPath(path) {
  const withSlash = `/${path}`
    .replace(/\[([A-Za-z]\w*)\]/g, '{$1}')
    .replace(/\/\d+(?=\/|$)/g, '/{id}')
    .replace(/\{([^{}]*)\}/g, (_, name) => `{${name.replace(/\s+/g, '')}}`)
    .replace(/([^/])\{/g, '$1/{')
    .replace(/\/{2,}/g, '/');
  return withSlash.length > 1 ? withSlash.replace(/\/$/, '') : withSlash;
}

/** The request-surface of a path, one of the catalog's `apis`, else `undefined`. */
export function apiOf(path, apis) {
  const first = path.split('/')[1];
  return apis.includes(first) ? first : undefined;
}

const cleanText = (unmark, text) => unmark(text).replace(/\s+/g, ' ').trim();
const comparable = (text) => text.toLowerCase().replace(/\{[^{}]*\}/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * The entries a row names: those its code and wording resolve to within `resource`, the
 * wording's twins (an error and a warning of one wording), or the one entry whose message
 * the row's text begins with (message, then the page's explanation).
 */
export function keysOf(lib, unmark, resource, code, description) {
  const text = cleanText(unmark, description);
  const resolution = lib.resolve(code, { resource, message: text });
  if (resolution.status === 'resolved' && resolution.text !== 'different') return [resolution.entry.key];
  if (resolution.status === 'ambiguous' && resolution.text === 'exact') {
    const wording = comparable(resolution.entry.message);
    const twins = resolution.candidates.filter((entry) => comparable(entry.message) === wording);
    return twins.map((entry) => entry.key);
  }
  const row = comparable(text);
  const prefixed = lib.find(code, { resource }).filter((entry) => {
    const message = comparable(entry.message);
    return message.length > 0 && (row === message || row.startsWith(`${message} `));
  });
  return prefixed.length === 1 ? [prefixed[0].key] : undefined;
}

/**
 * A non-numeric row that begins with a code (`624: ...`, `1601 Fallback ...`, `901\*`): its
 * code and wording (the rest of the cell, markup removed, else the next cell).
 */
export function readCodeCell(unmark, cells) {
  const first = unmark(cells[0] ?? '').replace(/\s+/g, ' ');
  const found = /^(\d{3,6})(?:\s*\*)?\s*(?:[:\-–]\s*)?(.*)$/.exec(first);
  if (!found) return undefined;
  const description = found[2] ? found[2].trim() : cells[1];
  return description === undefined ? undefined : { code: Number(found[1]), description };
}

const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Every page's request, resource and rows; what became of each page; the rows that need a decision. */
export function endpointsOf({ lib, decisions, pageMap, mapLeftOut, pages, samples }) {
  const { pathDecisions, resourceByPath, pagesLeftOut, rowExceptions, unmark } = decisions;
  const requests = new Map();
  const pageFates = [];
  const unaccounted = [];
  const usedExceptions = new Set();
  const resourceFor = (page, path) =>
    pageMap.get(page.url) ?? resourceByPath.find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`))?.[1];

  pages.forEach((page, index) => {
    const decided = pathDecisions[page.url];
    const method = decided?.method ?? page.method;
    const rawPath = decided?.path ?? page.path;
    const leftOut = pagesLeftOut[page.url];
    if (leftOut !== undefined) return pageFates.push({ page: page.url, index, fate: 'left out', why: leftOut });
    if (!method || !rawPath) {
      const missing = method ? 'path' : rawPath ? 'method' : 'method and path';
      return pageFates.push({ page: page.url, index, fate: 'left out', why: `The page names no ${missing} (${page.undeterminedReason ?? 'none found'}), so no request to find it by.` });
    }
    const path = normalPath(rawPath);
    const resource = resourceFor(page, path);
    // The page map leaves out pages whose rows are no catalog entries; a page of a known
    // resource's path (an archived copy) is still a request, and folds into its current page.
    const mapWhy = mapLeftOut.get(page.url);
    if (!resource && mapWhy !== undefined) return pageFates.push({ page: page.url, index, fate: 'left out', why: mapWhy });
    if (!resource) return pageFates.push({ page: page.url, index, fate: 'unjudged', why: `no resource for ${path}` });
    const id = `${method} ${path}`;
    const request = requests.get(id) ?? { id, method, path, resource, pages: [] };
    requests.set(id, request);
    request.pages.push({ page, index, resource });
  });

  for (const request of requests.values()) {
    const current = [...request.pages].sort((a, b) => rank(a.page) - rank(b.page) || a.index - b.index)[0];
    request.resource = current.resource;
    request.title = current.page.title.trim();
    request.docs = current.page.url;
    request.api = apiOf(request.path, lib.apis) ?? (lib.apis.includes(current.page.apiSurface) ? current.page.apiSurface : undefined);
    const codes = [];
    const seen = new Set();
    for (const { page, index, resource } of request.pages) {
      pageFates.push({ page: page.url, index, fate: page === current.page ? 'endpoint' : 'folded', id: request.id });
      const rows = [
        ...page.codes.map((row) => ({ ...row, numeric: true })),
        ...page.nonNumericRows.map((row) => ({ ...readCodeCell(unmark, row.cells), cells: row.cells, numeric: false })),
      ];
      for (const row of rows) {
        if (row.code === undefined) continue;
        const exception = rowExceptions.find((one) => one.page === page.url && one.code === row.code && one.description === row.description);
        if (exception) usedExceptions.add(exception);
        const keys = exception?.keys ?? keysOf(lib, unmark, resource, row.code, row.description);
        if (!keys) {
          unaccounted.push({ page: page.url, code: row.code, description: row.description, resource, candidates: lib.find(row.code, { resource }).map((entry) => `${entry.key}: ${entry.message}`) });
          continue;
        }
        const reason = row.numeric && row.reason ? row.reason : undefined;
        const identity = JSON.stringify([row.code, keys, reason ?? null]);
        if (seen.has(identity)) continue;
        seen.add(identity);
        codes.push({ code: row.code, keys, ...(reason === undefined ? {} : { reason }) });
      }
    }
    request.codes = codes;
  }

  const sampleEndpoints = samplesOf(samples, requests, lib);
  const staleExceptions = rowExceptions.filter((exception) => !usedExceptions.has(exception));
  return { requests, pageFates, unaccounted, sampleEndpoints, staleExceptions };
}

/** The current page of a request first: not archived, not hidden, with an error table. */
const rank = (page) => (page.archived ? 4 : 0) + (page.hidden ? 2 : 0) + (page.codes.length ? 0 : 1);

/**
 * Requests the samples show and no page documents (`POST v2/transactions/bulk`): an endpoint
 * each, without codes, its docs the sample's page, its title the page title the sample gives,
 * else its endpoint as written. Samples whose path spells a placeholder otherwise than `{name}`,
 * names a file, or several methods name no request template, and are left to the pages.
 */
function samplesOf(samples, requests, lib) {
  const added = new Map();
  // The current publication's sample names the docs: not a historical version, not a git blob.
  const order = (sample) => (sample.historical ? 2 : 0) + (sample.source.startsWith('https://github.com/') ? 1 : 0);
  for (const sample of [...samples].sort((a, b) => order(a) - order(b))) {
    const found = /^([A-Z]+)\s+(\S+)$/.exec(sample.endpoint ?? '');
    if (!found || !methods.includes(found[1]) || !lib.resources.includes(sample.resource) || sample.resource === 'api') continue;
    const path = normalPath(found[2].replace(/[?#].*$/, '').replace(/\.(?:\{xml\/json\}|<xml\/json>|json|xml)$/, ''));
    // A placeholder in another spelling (`<id>`, `(programId)`), a file name (`logs.file`), or no path of the catalog's apis: no request template.
    if (path.split('/').some((segment) => /[<>()]/.test(segment) || (segment.includes('.') && !/^v\d+(?:\.\d+)*$/.test(segment))) || !/^\/(?:v1\.1|v2|v3|api_gateway|auth)\//.test(path)) continue;
    const id = `${found[1]} ${path}`;
    if (requests.has(id) || added.has(id)) continue;
    if ([...requests.values(), ...added.values()].some((request) => request.method === found[1] && sameShape(request.path, path))) continue;
    added.set(id, {
      id,
      method: found[1],
      path,
      resource: sample.resource,
      api: apiOf(path, lib.apis),
      title: (sample.doc_page_title ?? sample.endpoint).trim(),
      docs: sample.source,
      codes: [],
      sample: sample.file,
    });
  }
  return [...added.values()];
}

/** Whether a documented path (with placeholders) matches a concrete one. */
function sameShape(template, path) {
  const a = template.split('/');
  const b = path.split('/');
  return a.length === b.length && a.every((segment, i) => segment === b[i] || /^\{.*\}$/.test(segment) || /^\{.*\}$/.test(b[i]));
}

const quote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

/** The file text. */
export function render(endpoints, lib) {
  const errorKeysOf = (endpoint) => [...new Set(endpoint.codes.flatMap((code) => code.keys).filter((key) => lib.entries[key]?.category === 'error'))];
  const errorCodesOf = (endpoint) => [...new Set(endpoint.codes.filter((code) => code.keys.some((key) => lib.entries[key]?.category === 'error')).map((code) => code.code))];
  const union = (items, write) => (items.length ? items.map(write).join(' | ') : 'never');
  const lines = endpoints.map((endpoint) => {
    const codes = endpoint.codes.map((code) => `[${code.code}, ${quote(code.keys.join(' '))}${code.reason === undefined ? '' : `, ${quote(code.reason)}`}]`);
    return `  [${quote(endpoint.method)}, ${quote(endpoint.path)}, ${quote(endpoint.resource)}, ${endpoint.api === undefined ? 'undefined' : quote(endpoint.api)}, ${quote(endpoint.title)}, ${quote(endpoint.docs)}, [${codes.join(', ')}]],`;
  });
  const types = endpoints.map(
    (endpoint) => `  ${quote(endpoint.id)}: { keys: ${union(errorKeysOf(endpoint), quote)}; codes: ${union(errorCodesOf(endpoint), String)} };`,
  );
  return `// Generated by scripts/generate-endpoints.mjs from test/fixtures/endpoints/endpoints.json, the samples' endpoints and test/tables/endpoint-exceptions.ts: do not
// edit. \`node scripts/generate-endpoints.mjs\` rewrites it; test/endpoints.test.ts fails while it is stale.
/**
 * The documented requests, one row each: method, path, resource, api, title, docs page, and
 * the page's codes as \`[code, keys (space-separated), reason?]\`. Data only: src/endpoints.ts
 * reads it.
 */
import type { Api, Resource } from './codes/resources.js';

/** One endpoint's row. */
export type EndpointRow = readonly [
  method: string,
  path: string,
  resource: Resource,
  api: Api | undefined,
  title: string,
  docs: string,
  codes: readonly (readonly [code: number, keys: string, reason?: string])[],
];

/** Every endpoint, in the docs' order. */
export const endpointRows: readonly EndpointRow[] = [
${lines.join('\n')}
];

/** Per endpoint id: the error keys and codes its page documents (the request-level ones apart). */
export interface DocumentedErrors {
${types.join('\n')}
}
`;
}

async function main() {
  const sources = await loadSources();
  const { requests, pageFates, unaccounted, sampleEndpoints, staleExceptions } = endpointsOf(sources);
  const all = [...requests.values(), ...sampleEndpoints];
  // Two requests `endpointOf` could not tell apart: one method, one path but for placeholder names.
  const shapeOf = (endpoint) => `${endpoint.method} ${endpoint.path.replace(/\{[^{}]*\}/g, '{}').toLowerCase()}`;
  const twins = all.filter((endpoint) => all.some((other) => other !== endpoint && shapeOf(other) === shapeOf(endpoint)));
  const problems = [
    ...twins.map((endpoint) => `request ${endpoint.id} (${endpoint.docs}) has a twin of another placeholder name`),
    ...pageFates.filter((fate) => fate.fate === 'unjudged').map((fate) => `page ${fate.page}: ${fate.why}`),
    ...unaccounted.map((row) => `row ${row.page} ${row.code} ${JSON.stringify(row.description)} (${row.resource}): ${row.candidates.join(' ; ') || 'no entry'}`),
    ...staleExceptions.map((exception) => `stale exception ${exception.page} ${exception.code}`),
  ];
  if (problems.length) {
    console.error(`generate-endpoints: ${problems.length} to judge in test/tables/endpoint-exceptions.ts:\n${problems.join('\n')}`);
    process.exit(1);
  }
  const text = render(all, sources.lib);
  if (process.argv.includes('--check')) {
    const stale = !existsSync(outFile) || readFileSync(outFile, 'utf8') !== text;
    if (stale) console.error('generate-endpoints: src/endpoints-data.ts is stale');
    process.exit(stale ? 1 : 0);
  }
  writeFileSync(outFile, text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
