import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, match } from 'capillary-codes';
import { search } from '../src/search.js';

const keys = (query: string, filter = {}) => search(query, filter).map((hit) => hit.entry.key);

describe('search', () => {
  it("puts match()'s reading first, with the values it read", () => {
    const [first] = search('Same Customer found in other sources, Merging with userId 42');
    expect(first).toMatchObject({ best: true, params: { 0: '42' } });
    expect(first!.entry.key).toBe('SAME_CUSTOMER_MERGING');
  });

  it('lists every entry that says what a few words say', () => {
    expect(keys('invalid source')).toEqual(
      expect.arrayContaining(['INVALID_SOURCE', 'GET_INVALID_SOURCE', 'LOOKUP_INVALID_SOURCE', 'LOOKUP_INVALID_SOURCE_ACCOUNT', 'INVALID_SOURCE_OR_ACCOUNT_ID']),
    );
    const retrieved = keys('retrieved', { category: 'success' });
    expect(retrieved).toHaveLength(7);
    expect(retrieved).toContain('TICKET_RETRIEVED');
  });

  it('ignores case, punctuation, word order and word forms, and reads a word being typed', () => {
    expect(keys('SUCCESSFULLY, customer... RETRIEVE')[0]).toBe('CUSTOMER_RETRIEVED');
    expect(keys('registration')).toContain('CUSTOMER_REGISTERED');
    expect(keys('passed')).toContain('INVALID_SOURCE');
    expect(keys('recommend')).toEqual(expect.arrayContaining(['RECOMMENDATIONS_FETCHED', 'RECOMMENDATIONS_FETCHED_1061']));
  });

  it('finds an entry by an alias', () => {
    expect(keys('No identifier provided to get loyalty users')).toEqual(expect.arrayContaining(['NO_IDENTIFIER_PROVIDED', 'INVALID_INPUT']));
  });

  it('filters strictly', () => {
    for (const hit of search('failed', { category: 'warning', api: 'v1.1' })) {
      expect(hit.entry).toMatchObject({ category: 'warning', api: 'v1.1' });
    }
    expect(search('invalid source', { category: 'success' })).toEqual([]);
  });

  it('finds nothing for text that resembles no entry', () => {
    expect(search('qwxz')).toEqual([]);
    expect(search('')).toEqual([]);
    expect(search('{x} {0} ,,, ')).toEqual([]);
  });

  it('finds every entry by its own wording, ranked first or tied at the top', () => {
    for (const entry of catalog) {
      const hits = search(entry.message);
      const top = hits[0]!.best ? hits[1]?.score ?? hits[0]!.score : hits[0]!.score;
      const own = hits.find((hit) => hit.entry === entry);
      expect(own, entry.key).toBeDefined();
      expect(own!.best || own!.score >= top, entry.key).toBe(true);
    }
  });

  it('never throws; best only where match() picks, scores otherwise descending', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...catalog.map((entry) => entry.message))), (query) => {
        const hits = search(query);
        const picked = match(query);
        expect(hits.filter((hit) => hit.best).map((hit) => hit.entry)).toEqual(picked && hits.length ? [picked.entry] : []);
        const rest = hits.filter((hit) => !hit.best).map((hit) => hit.score);
        expect(rest).toEqual([...rest].sort((a, b) => b - a));
        for (const hit of hits) expect(hit.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
