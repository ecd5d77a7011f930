import { describe, expect, it } from 'vitest';
import { catalog, format, resolve, resources, type Entry, type Resource } from 'capillary-codes';
import { endpoints } from 'capillary-codes/endpoints';

/**
 * Codes collide across resources: 1101 is a subscription channel error in customers and a
 * program error in transactions. Every entry resolves back to itself from what a response
 * says (its resource, category and text), and for every code two resources use with different
 * meanings, the resource hint separates them while no hint leaves the answer `ambiguous`.
 */

const sampleParams = (entry: Entry) => Object.fromEntries(entry.params.map((name, i) => [name, `P${i}-${entry.code}`]));

/** What a resource's view holds: its own entries, those shared with it, and the request-level ones. */
const holds = (resource: Resource, entry: Entry) => entry.resource === resource || entry.resource === 'api' || (entry.sharedWith?.includes(resource) ?? false);

describe(`every entry resolves back to itself (${catalog.length} entries)`, () => {
  it('from its resource, category and message formatted with sample params: the same entry, the same params', () => {
    const missed: string[] = [];
    for (const entry of catalog) {
      const params = sampleParams(entry);
      const resolution = resolve(entry.code, { resource: entry.resource, category: entry.category, message: format(entry, params) });
      const same = resolution.status === 'resolved' && resolution.entry === entry && JSON.stringify(resolution.params) === JSON.stringify(params);
      if (!same) missed.push(`${entry.resource} ${entry.code} ${entry.key}: ${resolution.status}${resolution.status === 'unknown' ? '' : ` ${resolution.entry.key}`}`);
    }
    expect(missed).toEqual([]);
  });
});

// Map.groupBy arrived in Node 21; the README names Node 18.
function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

/** Codes used by two or more resources (request-level entries aside), each with the entries of each resource. */
const collisions = [...groupBy(catalog, (entry) => entry.code)]
  .map(([code, entries]) => ({ code, byResource: groupBy(entries.filter((entry) => entry.resource !== 'api'), (entry) => entry.resource) }))
  .filter(({ byResource }) => byResource.size > 1);

describe(`codes two or more resources use with different meanings (${collisions.length} codes)`, () => {
  it('the code alone is ambiguous, with candidates from each resource; a paraphrase alone makes no tie', () => {
    for (const { code, byResource } of collisions) {
      const resolution = resolve(code);
      const sent = new Set([...byResource.values()].flat().filter((entry) => !entry.paraphrase).map((entry) => entry.resource));
      if (sent.size < 2) {
        // 8015: customers' server text, and a paraphrase in points (DESIGN 0.3, "A paraphrase never makes a code ambiguous").
        expect(resolution.status === 'resolved' && !resolution.entry.paraphrase, String(code)).toBe(true);
        continue;
      }
      expect(resolution.status, String(code)).toBe('ambiguous');
      const from = new Set(resolution.status === 'ambiguous' ? resolution.candidates.map((entry) => entry.resource) : []);
      for (const resource of byResource.keys()) expect(from, `${code} in ${resource}`).toContain(resource);
    }
  });

  it("a resource hint leaves only that resource's entries (and the request-level ones it sends)", () => {
    for (const { code, byResource } of collisions) {
      for (const resource of byResource.keys()) {
        const resolution = resolve(code, { resource });
        const answered = resolution.status === 'resolved' ? [resolution.entry] : resolution.status === 'ambiguous' ? resolution.candidates : [];
        expect(answered.length, `${code} in ${resource}`).toBeGreaterThan(0);
        for (const entry of answered) expect(holds(resource, entry), `${code} in ${resource}: ${entry.key}`).toBe(true);
      }
    }
  });

  it("the resource and the server's text name the entry", () => {
    for (const { code, byResource } of collisions) {
      for (const [resource, entries] of byResource) {
        for (const entry of entries) {
          const resolution = resolve(code, { resource, category: entry.category, message: format(entry, sampleParams(entry)) });
          expect(resolution.status === 'resolved' && resolution.entry.key, `${code} in ${resource}`).toBe(entry.key);
        }
      }
    }
  });

  it('involves only resources of the catalog', () => {
    for (const { byResource } of collisions) for (const resource of byResource.keys()) expect(resources).toContain(resource);
    // NOTES.md's examples are among them.
    for (const code of [1101, 1110, 8093, 1001, 1012, 8003, 8010]) expect(collisions.map((collision) => collision.code)).toContain(code);
  });
});

/** Each collision's code on each endpoint whose page names exactly one entry for it. */
const decidedByPages = collisions.flatMap(({ code }) =>
  endpoints.flatMap((endpoint) => {
    const keys = [...new Set(endpoint.codes.filter((row) => row.code === code).flatMap((row) => row.keys))];
    return keys.length === 1 ? [{ code, endpoint, key: keys[0]! }] : [];
  }),
);

describe(`the collisions an endpoint's page decides (${new Set(decidedByPages.map(({ code }) => code)).size} of the ${collisions.length} codes, in ${decidedByPages.length} (code, endpoint) pairs)`, () => {
  it('the endpoint names the entry its page documents, with no text, where the code alone is ambiguous', () => {
    expect(decidedByPages.length).toBeGreaterThan(0);
    for (const { code, endpoint, key } of decidedByPages) {
      const resolution = resolve(code, { endpoint });
      expect(resolution.status === 'resolved' && resolution.text === 'none' && resolution.entry.key, `${code} on ${endpoint.id}`).toBe(key);
    }
  });
});
