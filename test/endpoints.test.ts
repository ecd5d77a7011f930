/**
 * `capillary-codes/endpoints`: the data against its source (test/fixtures/endpoints/), every
 * page and row accounted for, and `endpointOf` on concrete requests.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { entries, resources } from 'capillary-codes';
import { endpointById, endpointOf, endpoints, type Endpoint } from 'capillary-codes/endpoints';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs script without types.
import { endpointsOf, loadSources, normalPath, readCodeCell, render } from '../scripts/generate-endpoints.mjs';
import { pagesLeftOut, pathDecisions, rowExceptions } from './tables/endpoint-exceptions.js';

interface Page {
  readonly url: string;
  readonly title: string;
  readonly method: string | null;
  readonly path: string | null;
  readonly conflicts: readonly string[] | null;
  readonly codes: readonly { readonly code: number; readonly description: string; readonly reason?: string }[];
  readonly nonNumericRows: readonly { readonly cells: readonly string[] }[];
}

const pages: readonly Page[] = JSON.parse(readFileSync(new URL('./fixtures/endpoints/endpoints.json', import.meta.url), 'utf8'));
const sources = await loadSources();
const built = endpointsOf(sources);
const fates: readonly { page: string; fate: string; why?: string; id?: string }[] = built.pageFates;
const byDocs = new Map(endpoints.map((endpoint) => [endpoint.docs, endpoint]));
const requestOf = (page: Page): string | undefined => {
  const decided = pathDecisions[page.url];
  const method = decided?.method ?? page.method;
  const path = decided?.path ?? page.path;
  return method && path ? `${method} ${normalPath(path)}` : undefined;
};

describe('the data', () => {
  test('src/endpoints-data.ts is what scripts/generate-endpoints.mjs writes', () => {
    const text = render([...built.requests.values(), ...built.sampleEndpoints], sources.lib);
    expect(readFileSync(new URL('../src/endpoints-data.ts', import.meta.url), 'utf8')).toBe(text);
  });

  test(`every one of the ${pages.length} pages is an endpoint, folded into one, or left out with a reason`, () => {
    expect(new Set(fates.map((fate) => fate.page))).toEqual(new Set(pages.map((page) => page.url)));
    for (const fate of fates) {
      if (fate.fate === 'left out') expect(fate.why, fate.page).toMatch(/\w{3,}.*\w{3,}/);
      else {
        expect(['endpoint', 'folded'], fate.page).toContain(fate.fate);
        const page = pages.find((one) => one.url === fate.page)!;
        expect(endpointById(fate.id)?.id, fate.page).toBe(requestOf(page));
      }
    }
    for (const fate of fates.filter((one) => one.fate === 'endpoint')) expect(endpointById(fate.id)?.docs, fate.id).toBe(fate.page);
  });

  const conflicting = pages.filter((page) => page.conflicts?.length);
  test(`the ${conflicting.length} pages that contradict themselves are each judged, with a reason`, () => {
    expect(Object.keys(pathDecisions).sort()).toEqual(conflicting.map((page) => page.url).sort());
    for (const decision of Object.values(pathDecisions)) expect(decision.why.length).toBeGreaterThan(40);
  });

  test('a page left out by hand is no endpoint', () => {
    for (const url of Object.keys(pagesLeftOut)) expect(byDocs.has(url), url).toBe(false);
  });

  const kept = pages.filter((page) => fates.some((fate) => fate.page === page.url && fate.fate !== 'left out'));
  const rows = kept.flatMap((page) => page.codes.map((row) => ({ page, row })));
  test(`every one of the ${rows.length} rows of the ${kept.length} pages kept is a code of its endpoint, with its reason verbatim`, () => {
    for (const { page, row } of rows) {
      const endpoint = endpointById(requestOf(page))!;
      const found = endpoint.codes.filter((code) => code.code === row.code && (row.reason ? code.reason === row.reason : true));
      expect(found.length, `${page.url} ${row.code}`).toBeGreaterThan(0);
      const exception = rowExceptions.find((one) => one.page === page.url && one.code === row.code && one.description === row.description);
      if (exception) expect(found.map((code) => code.keys), page.url).toContainEqual(exception.keys);
    }
  });

  const looseRows = kept.flatMap((page) => page.nonNumericRows.map((row) => ({ page, row, read: readCodeCell(sources.decisions.unmark, row.cells) })));
  const coded = looseRows.filter(({ read }) => read);
  test(`of the ${looseRows.length} rows of kept pages whose code cell is no number, the ${coded.length} that begin with a code are codes of their endpoint; the rest have no code to name`, () => {
    for (const { page, read } of coded) {
      expect(endpointById(requestOf(page))!.codes.map((code) => code.code), page.url).toContain(read.code);
    }
    for (const { page, row, read } of looseRows.filter((one) => !one.read)) {
      expect(sources.decisions.unmark(row.cells[0] ?? ''), page.url).not.toMatch(/^\s*\d{3}/);
    }
    expect(coded.length).toBeGreaterThan(10);
  });

  test(`each code's keys are entries of that code, and each of the ${rowExceptions.length} row exceptions is used and says why`, () => {
    for (const endpoint of endpoints) {
      for (const code of endpoint.codes) {
        for (const key of code.keys) expect(entries[key]?.code, `${endpoint.id} ${key}`).toBe(code.code);
      }
    }
    expect(built.staleExceptions).toEqual([]);
    for (const exception of rowExceptions) expect(exception.why.length).toBeGreaterThan(40);
  });

  const reasonRows = pages.flatMap((page) => page.codes.filter((row) => row.reason)).length;
  test(`the Reason cells of the pages kept (of the ${reasonRows} in the source) are their endpoints' reasons, verbatim, and no reason is invented`, () => {
    const cells = new Set<string>();
    for (const fate of fates.filter((one) => one.id)) {
      const page = pages.find((one) => one.url === fate.page)!;
      for (const row of page.codes) if (row.reason) cells.add(`${fate.id} ${row.code} ${row.reason}`);
    }
    const carried = new Set(endpoints.flatMap((endpoint) => endpoint.codes.filter((code) => code.reason !== undefined).map((code) => `${endpoint.id} ${code.code} ${code.reason}`)));
    expect(carried.size).toBeGreaterThan(200);
    expect(carried).toEqual(cells);
  });

  test('every endpoint has a catalog resource, a docs URL, a unique id, and is frozen', () => {
    expect(new Set(endpoints.map((endpoint) => endpoint.id)).size).toBe(endpoints.length);
    for (const endpoint of endpoints) {
      expect(resources).toContain(endpoint.resource);
      expect(endpoint.docs).toMatch(/^https:\/\//);
      expect(endpoint.id).toBe(`${endpoint.method} ${endpoint.path}`);
      expect(Object.isFrozen(endpoint) && Object.isFrozen(endpoint.codes)).toBe(true);
    }
    expect(Object.isFrozen(endpoints)).toBe(true);
  });

  test('the manual tier adjustment documents 1101 as the program id, not the channel type', () => {
    const endpoint = endpointById('POST /v2/slab/manualSlabAdjustment')!;
    expect(endpoint.resource).toBe('customers');
    const keys = endpoint.codes.filter((code) => code.code === 1101).flatMap((code) => code.keys);
    expect(keys).toHaveLength(1);
    expect(entries[keys[0]!]!.message.toLowerCase()).toContain('program');
  });
});

/** A concrete request for an endpoint: its templates filled with `fill`. */
const concrete = (endpoint: Endpoint, fill: string): string => endpoint.path.replace(/\{[^{}]*\}/g, fill);

test('the root entry carries no endpoint data', async () => {
  const { build } = await import('esbuild');
  const result = await build({ entryPoints: ['src/index.ts'], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' });
  const root = result.outputFiles[0]!.text;
  expect(root).not.toContain('manualSlabAdjustment');
  // The pages' URLs are entries' `docs` too; the reasons travel with the endpoints only.
  const reasons = endpoints.flatMap((endpoint) => endpoint.codes.flatMap((row) => (row.reason === undefined ? [] : [row.reason])));
  const longest = reasons.reduce((a, b) => (b.length > a.length ? b : a));
  expect(root).not.toContain(JSON.stringify(longest).slice(1, 40));
});

describe('endpointOf', () => {
  test(`each of the ${endpoints.length} endpoints finds itself from its own path, its templates filled`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...endpoints), fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/), (endpoint, fill) => {
        const found = endpointOf(endpoint.method, concrete(endpoint, fill));
        // A filled template may spell another endpoint's literal segment: that one wins.
        if (found?.id !== endpoint.id) expect(found && found.path.split('/').length).toBe(endpoint.path.split('/').length);
        else expect(found.id).toBe(endpoint.id);
      }),
    );
    for (const endpoint of endpoints) expect(endpointOf(endpoint.method, concrete(endpoint, '12345'))?.id, endpoint.id).toBe(endpoint.id);
  });

  test('reads any host, a query, a fragment, trailing slashes, // and the method in any case', () => {
    const id = 'POST /v2/slab/manualSlabAdjustment';
    for (const url of [
      'https://eu.api.capillarytech.com/v2/slab/manualSlabAdjustment?format=json',
      'http://apac2.api.capillarytech.com:8080/v2/slab/manualSlabAdjustment/#top',
      'eu.api.capillarytech.com/v2/slab/manualSlabAdjustment',
      '/v2//slab/manualSlabAdjustment/',
      'v2/slab/manualslabadjustment',
    ]) {
      expect(endpointOf('post', url)?.id, url).toBe(id);
    }
    expect(endpointOf('GET', '/v2/slab/manualSlabAdjustment')).toBeUndefined();
  });

  test('a literal segment beats a template where two paths overlap', () => {
    expect(endpointOf('POST', '/v2/customers/lookup/negativePointsAdjustment')?.id).toBe('POST /v2/customers/lookup/negativePointsAdjustment');
    expect(endpointOf('POST', '/v2/customers/565039505/negativePointsAdjustment')?.id).toBe('POST /v2/customers/{userid}/negativePointsAdjustment');
    expect(endpointOf('GET', '/api_gateway/rewards/core/v1/reward/list/brand/61')?.id).toBe('GET /api_gateway/rewards/core/v1/reward/list/brand/{BrandID}');
    expect(endpointOf('GET', '/api_gateway/rewards/core/v1/reward/197661/brand/61')?.id).toBe('GET /api_gateway/rewards/core/v1/reward/{RewardId}/brand/{BrandId}');
  });

  test("v1.1's format suffix is the path without it", () => {
    expect(endpointOf('GET', 'https://eu.api.capillarytech.com/v1.1/customer/get.json?mobile=1')?.id).toBe('GET /v1.1/customer/get');
  });

  test('an unknown request is undefined, and no input throws', () => {
    expect(endpointOf('GET', '/v9/nothing/here')).toBeUndefined();
    expect(endpointOf('POST', '')).toBeUndefined();
    expect(endpointOf(undefined, '/v2/customers')).toBeUndefined();
    expect(endpointOf('POST', 42)).toBeUndefined();
    expect(endpointById(42)).toBeUndefined();
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (method, url) => {
        endpointOf(method, url);
      }),
    );
    fc.assert(
      fc.property(fc.string(), fc.string(), (method, url) => {
        const found = endpointOf(method, url);
        if (found) expect(found.method).toBe(method.trim().toUpperCase());
      }),
    );
  });
});
