/**
 * The `endpoint` hint (DESIGN "Endpoints: the request you made is the best hint"): the request
 * a response answers names its resource and api, and its page's entries decide the codes it
 * documents. Every case is built from the endpoint data, not copied from an answer.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { catalog, entries, format, match, resolve, type Entry, type Resolution } from 'capillary-codes';
import * as customers from 'capillary-codes/customers';
import { endpointById, endpointOf, endpoints, type Endpoint } from 'capillary-codes/endpoints';
import { isSure } from '../src/lookup.js';

const manualTier = endpointById('POST /v2/slab/manualSlabAdjustment')!;

/** What a resource's view holds: its own entries, those shared with it, and the request-level ones. */
const holds = (resource: string, entry: Entry) => entry.resource === resource || entry.resource === 'api' || (entry.sharedWith?.includes(resource as Entry['resource']) ?? false);

const entriesOf = new Map<number, Entry[]>();
for (const entry of catalog) entriesOf.set(entry.code, [...(entriesOf.get(entry.code) ?? []), entry]);

/** Each code an endpoint's page documents, once, with every key its rows name. */
const documented = (endpoint: Endpoint) => {
  const keys = new Map<number, Set<string>>();
  for (const { code, keys: named } of endpoint.codes) keys.set(code, new Set([...(keys.get(code) ?? []), ...named]));
  return [...keys].map(([code, named]) => ({ code, keys: [...named] }));
};

/** A collision: a code whose entries span two or more resources, or two or more entries of the endpoint's resource. */
const collides = (endpoint: Endpoint, code: number) => {
  const found = entriesOf.get(code) ?? [];
  return new Set(found.map((entry) => entry.resource)).size >= 2 || found.filter((entry) => holds(endpoint.resource, entry)).length >= 2;
};

/** Every (endpoint, code) whose page names exactly one entry for a code that collides. */
const decided = endpoints.flatMap((endpoint) =>
  documented(endpoint)
    .filter(({ code, keys }) => keys.length === 1 && collides(endpoint, code))
    .map(({ code, keys }) => ({ endpoint, code, key: keys[0]! })),
);
/** Those the resource alone leaves open. */
const openWithResource = decided.filter(({ endpoint, code, key }) => {
  const resolution = resolve(code, { resource: endpoint.resource });
  return !(resolution.status === 'resolved' && resolution.entry.key === key);
});
/** Every (endpoint, code) whose page names several entries. */
const several = endpoints.flatMap((endpoint) => documented(endpoint).filter(({ keys }) => keys.length > 1).map(({ code, keys }) => ({ endpoint, code, keys })));

const keyOf = (resolution: Resolution) => (resolution.status === 'unknown' ? undefined : resolution.entry.key);
const fill = (endpoint: Endpoint) => `https://eu.api.capillarytech.com${endpoint.path.replace(/\{[^{}]*\}/g, '12345')}?format=json`;

describe('1101 on Manual Tier Adjustment', () => {
  test('the resource alone leaves the channel type and the program id; the endpoint names the program id, sure, without text', () => {
    const byResource = resolve(1101, { resource: 'customers' });
    expect(byResource.status).toBe('ambiguous');
    expect(byResource.status === 'ambiguous' && byResource.candidates.map((entry) => entry.key)).toContain('TRANSACTION_INVALID_PROGRAM_ID');
    const resolution = resolve(1101, { endpoint: manualTier });
    expect(resolution).toEqual({ status: 'resolved', entry: entries.TRANSACTION_INVALID_PROGRAM_ID, params: {}, text: 'none' });
    expect(isSure(resolution)).toBe(true);
  });

  test("the server's text for the documented entry keeps it; an exact text of another entry wins and sets the endpoint aside", () => {
    const documentedText = resolve(1101, { endpoint: manualTier, message: entries.TRANSACTION_INVALID_PROGRAM_ID.message });
    expect(documentedText).toMatchObject({ status: 'resolved', entry: entries.TRANSACTION_INVALID_PROGRAM_ID, text: 'exact' });
    expect(documentedText).not.toHaveProperty('ignored');
    const otherText = resolve(1101, { endpoint: manualTier, message: entries.INVALID_CHANNEL_TYPE.message });
    expect(otherText).toMatchObject({ status: 'resolved', entry: entries.INVALID_CHANNEL_TYPE, text: 'exact' });
    expect(otherText.status === 'resolved' && otherText.ignored).toContain('endpoint');
  });

  test('a resource or api that contradicts the endpoint is set aside: the request is the better witness', () => {
    expect(resolve(1101, { endpoint: manualTier, resource: 'points' })).toEqual({ status: 'resolved', entry: entries.TRANSACTION_INVALID_PROGRAM_ID, params: {}, text: 'none', ignored: ['resource'] });
    expect(resolve(1101, { endpoint: manualTier, api: 'v1.1' })).toEqual({ status: 'resolved', entry: entries.TRANSACTION_INVALID_PROGRAM_ID, params: {}, text: 'none', ignored: ['api'] });
    // The same resource, given too, is no contradiction.
    expect(resolve(1101, { endpoint: manualTier, resource: 'customers', api: 'v2' })).not.toHaveProperty('ignored');
  });

  test('an answer with the endpoint is not kept as the answer for its resource alone', () => {
    expect(resolve(1101, { resource: 'customers', endpoint: manualTier }).status).toBe('resolved');
    expect(resolve(1101, { resource: 'customers' }).status).toBe('ambiguous');
  });
});

describe(`every collision an endpoint's page decides: ${decided.length} (endpoint, code) pairs, ${openWithResource.length} of them open with the resource alone`, () => {
  test('the data holds such collisions, some the resource alone does not decide', () => {
    expect(decided.length).toBeGreaterThan(0);
    expect(openWithResource.length).toBeGreaterThan(0);
    expect(decided.map(({ endpoint, code }) => `${endpoint.id} ${code}`)).toContain('POST /v2/slab/manualSlabAdjustment 1101');
  });

  test('the Endpoint object: resolved to the entry the page names, sure, no hint set aside', () => {
    const missed = decided.filter(({ endpoint, code, key }) => {
      const resolution = resolve(code, { endpoint });
      return !(resolution.status === 'resolved' && resolution.entry.key === key && isSure(resolution) && resolution.ignored === undefined);
    });
    expect(missed.map(({ endpoint, code, key }) => `${endpoint.id} ${code} ${key}: ${keyOf(resolve(code, { endpoint }))}`)).toEqual([]);
  });

  test("the endpoint's id, a string: the same answers (capillary-codes/endpoints is imported)", () => {
    for (const { endpoint, code } of decided) expect(resolve(code, { endpoint: endpoint.id }), `${endpoint.id} ${code}`).toEqual(resolve(code, { endpoint }));
  });

  test('a concrete request, its templates filled, any host, a query: the same answers', () => {
    for (const { endpoint, code } of decided) {
      const request = `${endpoint.method.toLowerCase()} ${fill(endpoint)}`;
      expect(endpointOf(endpoint.method, fill(endpoint))?.id, request).toBe(endpoint.id);
      expect(resolve(code, { endpoint: request }), request).toEqual(resolve(code, { endpoint }));
    }
  });

  test('in the view of the endpoint’s resource, where it holds the entry, the same entry', () => {
    const inCustomers = decided.filter(({ endpoint, key }) => endpoint.resource === 'customers' && holds('customers', entries[key as keyof typeof entries]));
    expect(inCustomers.length).toBeGreaterThan(0);
    for (const { endpoint, code, key } of inCustomers) expect(keyOf(customers.resolve(code, { endpoint })), `${endpoint.id} ${code}`).toBe(key);
  });
});

describe(`codes a page documents with several entries (${several.length} (endpoint, code) pairs)`, () => {
  test('without text: ambiguous among exactly the entries the page names', () => {
    expect(several.length).toBeGreaterThan(0);
    for (const { endpoint, code, keys } of several) {
      const resolution = resolve(code, { endpoint });
      expect(resolution.status, `${endpoint.id} ${code}`).toBe('ambiguous');
      expect(resolution.status === 'ambiguous' && [...resolution.candidates.map((entry) => entry.key)].sort(), `${endpoint.id} ${code}`).toEqual([...keys].sort());
    }
  });

  test("the server's text decides among them", () => {
    for (const { endpoint, code, keys } of several) {
      for (const key of keys) {
        const entry = entries[key as keyof typeof entries];
        const params = Object.fromEntries(entry.params.map((name, i) => [name, `V${i}`]));
        const resolution = resolve(code, { endpoint, message: format(entry, params as never) });
        expect(keyOf(resolution), `${endpoint.id} ${code} ${key}`).toBe(key);
      }
    }
  });
});

describe('codes the page does not document: as with the endpoint’s resource', () => {
  const undocumented = [...entriesOf.keys()].filter((code) => !manualTier.codes.some((row) => row.code === code));

  test(`each of the ${undocumented.length} codes the Manual Tier Adjustment page does not list resolves as with resource customers and api v2`, () => {
    for (const code of undocumented) {
      const withEndpoint = resolve(code, { endpoint: manualTier });
      const withHints = resolve(code, { resource: 'customers', api: 'v2' });
      expect(keyOf(withEndpoint), String(code)).toBe(keyOf(withHints));
      expect(withEndpoint.status, String(code)).toBe(withHints.status);
      // The api the endpoint implied, where set aside, is reported as the endpoint.
      const setAside = withHints.status === 'unknown' ? undefined : withHints.ignored;
      expect(withEndpoint.status === 'unknown' ? undefined : withEndpoint.ignored, String(code)).toEqual(setAside?.map((hint) => (hint === 'api' ? 'endpoint' : hint)));
    }
  });

  test("never another resource's entry on the code alone", () => {
    for (const code of undocumented) {
      const resolution = resolve(code, { endpoint: manualTier });
      const answered = resolution.status === 'resolved' ? [resolution.entry] : resolution.status === 'ambiguous' ? resolution.candidates : [];
      for (const entry of answered) expect(holds('customers', entry), `${code}: ${entry.key}`).toBe(true);
    }
  });
});

describe('a text that fits only entries outside the endpoint’s page and resource', () => {
  // Issue badges in bulk documents no codes; its resource, badges, has 404 entries whose
  // wordings the text does not fit, and customers' 404 is the wording without its full stop
  // (text close). Found by `npm run fuzz`: the answer listed customers' entry and said nothing.
  const earnBulk = endpointById('POST /api_gateway/v1/badges/customer/earnBulk')!;
  const outside = entries.CUSTOMER_NOT_FOUND_404;
  const message = outside.message.replace(/\.$/, '');

  test('joins the candidates first, and the answer says the endpoint was set aside', () => {
    expect(earnBulk.resource).toBe('badges');
    expect(holds('badges', outside)).toBe(false);
    const resolution = resolve(outside.code, { endpoint: earnBulk, message });
    expect(resolution.status).toBe('ambiguous');
    const { candidates, ignored } = resolution as Extract<Resolution, { status: 'ambiguous' }>;
    expect(candidates[0]).toBe(outside);
    expect(candidates.some((entry) => entry.resource === 'badges')).toBe(true);
    expect(ignored).toEqual(['endpoint']);
    expect(isSure(resolution)).toBe(false);
  });

  test('as the resource and api the endpoint implies: both named set aside', () => {
    const resolution = resolve(outside.code, { resource: earnBulk.resource, api: earnBulk.api, message });
    expect(resolution.status === 'ambiguous' && resolution.candidates[0]).toBe(outside);
    expect(resolution.status === 'ambiguous' && resolution.ignored).toEqual(['resource', 'api']);
  });
});

describe('an endpoint not found is set aside, with the answer the other hints give', () => {
  const registry = Symbol.for('capillary-codes.endpoints');
  const registered = (globalThis as Record<symbol, unknown>)[registry];
  afterEach(() => {
    (globalThis as Record<symbol, unknown>)[registry] = registered;
  });
  const withIgnored = (resolution: Resolution): unknown =>
    resolution.status === 'unknown' ? resolution : { ...resolution, ignored: [...(resolution.ignored ?? []), 'endpoint'] };

  test(`an unknown id, a request no endpoint fits, a value that is no endpoint: every code of the catalog (${entriesOf.size}), alone and with its first entry's resource and text`, () => {
    const notEndpoints: unknown[] = ['GET /nope', 'POST https://eu.api.capillarytech.com/v9/unknown', 'POST', '', 42, {}, { resource: 'customers' }, [], null];
    for (const [code, [first]] of entriesOf) {
      for (const endpoint of notEndpoints) {
        expect(resolve(code, { endpoint: endpoint as never }), `${code} ${String(endpoint)}`).toEqual(withIgnored(resolve(code)));
        const hints = { resource: first!.resource, message: first!.message };
        expect(resolve(code, { ...hints, endpoint: endpoint as never }), `${code} ${String(endpoint)}`).toEqual(withIgnored(resolve(code, hints)));
      }
    }
  });

  test('a string before capillary-codes/endpoints registers its table is not found; an Endpoint object needs no table', () => {
    delete (globalThis as Record<symbol, unknown>)[registry];
    expect(resolve(1101, { endpoint: manualTier.id })).toEqual(withIgnored(resolve(1101)));
    expect(keyOf(resolve(1101, { endpoint: manualTier }))).toBe('TRANSACTION_INVALID_PROGRAM_ID');
  });

  test('a table that throws, or a hint whose getters throw, is set aside, never a throw', () => {
    (globalThis as Record<symbol, unknown>)[registry] = () => {
      throw new Error('broken table');
    };
    expect(resolve(1101, { endpoint: manualTier.id })).toEqual(withIgnored(resolve(1101)));
    const hostile = new Proxy({}, { get: () => { throw new Error('hostile'); } });
    expect(resolve(1101, { endpoint: hostile as never })).toEqual(withIgnored(resolve(1101)));
    const hostileCodes = { resource: 'customers', api: 'v2', codes: new Proxy([], { get: () => { throw new Error('hostile'); } }) };
    expect(keyOf(resolve(618, { endpoint: hostileCodes as never }))).toBe(keyOf(resolve(618, { resource: 'customers', api: 'v2' })));
  });
});

describe('match with an endpoint', () => {
  // Wordings several entries share: `match` alone cannot pick one.
  const byWording = new Map<string, Entry[]>();
  for (const entry of catalog) byWording.set(entry.message, [...(byWording.get(entry.message) ?? []), entry]);
  const shared = [...byWording].filter(([, list]) => list.length > 1);
  const cases = shared.flatMap(([message, list]) =>
    endpoints.flatMap((endpoint) => {
      const named = list.filter((entry) => documented(endpoint).some(({ keys }) => keys.includes(entry.key)));
      return named.length === 1 && holds(endpoint.resource, named[0]!) ? [{ message, endpoint, entry: named[0]! }] : [];
    }),
  );

  test(`a wording several entries share is the one the endpoint's page documents (${cases.length} (wording, endpoint) pairs)`, () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const { message, endpoint, entry } of cases) {
      expect(match(message)?.entry, message).toBeUndefined();
      expect(match(message, { endpoint })?.entry.key, `${endpoint.id}: ${message}`).toBe(entry.key);
      expect(match(message, { endpoint: endpoint.id })?.entry.key, `${endpoint.id}: ${message}`).toBe(entry.key);
    }
  });

  test('the endpoint narrows like its resource; an endpoint not found is not used', () => {
    // Wordings of one entry: where entries share one, the page's decides (above).
    for (const entry of catalog.filter((candidate) => candidate.resource === 'customers' && byWording.get(candidate.message)!.length === 1)) {
      const message = format(entry, Object.fromEntries(entry.params.map((name, i) => [name, `V${i}`])) as never);
      expect(match(message, { endpoint: manualTier })?.entry.key ?? null, message).toBe(match(message, { resource: 'customers', api: 'v2' })?.entry.key ?? null);
      expect(match(message, { endpoint: 'GET /nope' }), message).toEqual(match(message, {}));
    }
  });
});

describe('the endpoint hint in readStatuses and readResponse', () => {
  test('1101 in a v2 errors list on Manual Tier Adjustment is the program id, root and view, object or id', async () => {
    const { readResponse, readStatuses } = await import('capillary-codes');
    const body = { errors: [{ code: 1101 }] };
    for (const endpoint of [manualTier, 'POST /v2/slab/manualSlabAdjustment', 'post https://eu.api.capillarytech.com/v2/slab/manualSlabAdjustment?format=json']) {
      for (const reading of [readResponse(body, { endpoint }), customers.readResponse(body, { endpoint })]) {
        const [failure] = reading.failures;
        expect(failure?.resolution).toMatchObject({ status: 'resolved', entry: { key: 'TRANSACTION_INVALID_PROGRAM_ID' }, text: 'none' });
        expect(failure?.resolution).not.toHaveProperty('ignored');
      }
      expect(readStatuses(body, { endpoint })[0]?.resolution).toMatchObject({ status: 'resolved', entry: { key: 'TRANSACTION_INVALID_PROGRAM_ID' } });
    }
    // Without the endpoint (and without a body's shape to guess an api from), customers cannot tell its two 1101s apart.
    expect(customers.resolve(1101).status).toBe('ambiguous');
  });

  test('an endpoint it does not know is set aside: the answer of the other hints, with ignored naming it', async () => {
    const { readResponse } = await import('capillary-codes');
    const body = { errors: [{ code: 1101 }] };
    const reading = readResponse(body, { resource: 'transactions', endpoint: 'POST /v9/nothing' });
    expect(reading.failures[0]?.resolution).toMatchObject({ status: 'resolved', entry: { key: 'TRANSACTION_INVALID_PROGRAM_ID' }, ignored: ['endpoint'] });
  });
});
