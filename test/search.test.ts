import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, entries, format, match, resources } from 'capillary-codes';
import { belongsTo } from '../src/narrow.js';
import { search, type SearchFilter } from '../src/search.js';

const keys = (query: string, filter: SearchFilter = {}) => search(query, filter).map((hit) => hit.entry.key);

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
    // Every success worded "... retrieved ..." is found, and nothing but successes.
    const worded = catalog.filter((entry) => entry.category === 'success' && /\bretrieved\b/i.test([entry.message, ...(entry.aliases ?? [])].join(' ')));
    expect(worded.length).toBeGreaterThan(3);
    expect(retrieved).toEqual(expect.arrayContaining(worded.map((entry) => entry.key)));
    expect(retrieved.every((key) => entries[key as keyof typeof entries].category === 'success')).toBe(true);
  });

  it('ignores case, punctuation, word order and word forms, and reads a word being typed', () => {
    expect(keys('SUCCESSFULLY, customer... RETRIEVE')[0]).toBe('CUSTOMER_RETRIEVED');
    expect(keys('registration')).toContain('CUSTOMER_REGISTERED');
    expect(keys('passed')).toContain('INVALID_SOURCE');
    expect(keys('recommend')).toEqual(expect.arrayContaining(['RECOMMENDATIONS_FETCHED', 'RECOMMENDATIONS_FETCHED_1061']));
  });

  it('reads "notes" as notes, not as "not"', () => {
    const found = search('customer notes');
    expect(found.length).toBeGreaterThan(0);
    // Every hit speaks of notes; none is a "Customer not found".
    for (const hit of found) expect(hit.wording, hit.entry.key).toMatch(/\bnotes?\b/i);
    expect(keys('Customer not found')).toContain('CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS');
  });

  it('finds an entry by an alias, and says which wording it found', () => {
    expect(keys('No identifier provided to get loyalty users')).toEqual(expect.arrayContaining(['NO_IDENTIFIER_PROVIDED', 'INVALID_INPUT']));
    const hit = search('No identifier provided to get loyalty users').find((h) => h.entry.key === 'INVALID_INPUT');
    expect(hit!.wording).toBe('No identifier provided to get loyalty users.');
    expect(entries.INVALID_INPUT.aliases).toContain(hit!.wording);
  });

  it('filters strictly', () => {
    for (const hit of search('failed', { category: 'warning', api: 'v1.1' })) {
      expect(hit.entry).toMatchObject({ category: 'warning', api: 'v1.1' });
    }
    expect(search('invalid source', { category: 'success' })).toEqual([]);
  });

  it("filters by resource as the resource's view holds entries: its own, shared with it, request-level", () => {
    const hits = search('customer not found', { resource: 'points' });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(belongsTo(hit.entry, 'points'), hit.entry.key).toBe(true);
    // CUSTOMER_NOT_FOUND_FOR_ORG is a customers entry that points shares.
    expect(hits.map((hit) => hit.entry.key)).toContain('CUSTOMER_NOT_FOUND_FOR_ORG');
    expect(keys('customer not found', { resource: 'badges' })).not.toContain('CUSTOMER_NOT_FOUND_FOR_ORG');
    // Without the filter, entries of other resources come too.
    expect(search('customer not found').some((hit) => !belongsTo(hit.entry, 'points'))).toBe(true);
  });

  it('reads a filled template from a few words: "Card is BLOCKED" is 8087 with 0=BLOCKED', () => {
    // match() reads filled placeholders only where the rest of the wording is there too:
    // "Card is BLOCKED" leaves out most of 8087's words, so match() picks nothing ...
    expect(match('Card is BLOCKED')).toBeUndefined();
    expect(match('Card is BLOCKED, not allowed to do any further actions')).toMatchObject({ entry: entries.CARD_ACTIONS_NOT_ALLOWED, params: { 0: 'BLOCKED' } });
    // ... and search reads the words beside the placeholder as its value.
    const [first] = search('Card is BLOCKED');
    expect(first).toMatchObject({ entry: entries.CARD_ACTIONS_NOT_ALLOWED, params: { 0: 'BLOCKED' }, wording: entries.CARD_ACTIONS_NOT_ALLOWED.message });
    expect(format(first!.entry, first!.params as never)).toMatch(/^Card is BLOCKED, /);
    expect(search('card is blocked')[0]?.params).toEqual({ 0: 'blocked' });
  });

  it('reads a value before a placeholder-led wording and inside one, not where no template word stands beside it', () => {
    expect(search('startDate cannot be a past date')[0]).toMatchObject({ entry: entries.DATE_IN_PAST, params: { x: 'startDate' } });
    expect(search('Bill not found with id 777')[0]).toMatchObject({ entry: entries.POINTS_ISSUE_BILL_NOT_FOUND, params: { 'id number': '777' } });
    // "blocked" stands after "date", not beside the {x} that starts "{x} cannot be a past date.".
    expect(search('past date blocked').find((hit) => hit.entry === entries.DATE_IN_PAST)?.params ?? {}).toEqual({});
  });

  it('never lets a value carry a reading: a common word beside a placeholder is not enough', () => {
    // "is" stands before {0} in 8087, and before {1} in 3045: the rest would all be values.
    expect(search('is zyxwvut')).toEqual([]);
    // "failed" before {0} in 750 "Redemption update failed: {0}." does not make the rest its value.
    const hits = search('Add failed, Customer already exists with id 42');
    expect(hits[0]!.entry).toBe(entries.ADD_CUSTOMER_EXISTS);
    expect(hits.map((hit) => hit.entry.key)).not.toContain('POINTS_REDEMPTION_UPDATE_FAILED');
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

  it('finds every entry with placeholders by its wording filled, ranked first or tied at the top, with the values', () => {
    let read = 0;
    for (const entry of catalog.filter((e) => e.params.length)) {
      const params = Object.fromEntries(entry.params.map((name, i) => [name, `zq${i}value`]));
      const filled = format(entry, params as never);
      const hits = search(filled);
      const own = hits.find((hit) => hit.entry === entry);
      expect(own, entry.key).toBeDefined();
      const top = Math.max(...hits.filter((hit) => !hit.best).map((hit) => hit.score));
      expect(own!.best || own!.score >= top, `${entry.key}: ${filled}`).toBe(true);
      if (own!.wording === entry.message) read += Number(JSON.stringify(own!.params) === JSON.stringify(params));
    }
    // The values come back wherever the placeholders stand apart (not "{x}{y}", not a value that repeats a template word).
    expect(read / catalog.filter((e) => e.params.length).length).toBeGreaterThan(0.9);
  });

  it('never throws; best only where match() picks, scores otherwise descending; a resource filter keeps its own', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constantFrom(...catalog.map((entry) => entry.message))),
        fc.option(fc.constantFrom(...resources), { nil: undefined }),
        (query, resource) => {
          const filter = resource ? { resource } : {};
          const hits = search(query, filter);
          const picked = match(query, filter);
          const pick = picked && (!resource || belongsTo(picked.entry, resource)) ? [picked.entry] : [];
          expect(hits.filter((hit) => hit.best).map((hit) => hit.entry)).toEqual(hits.length ? pick : []);
          const rest = hits.filter((hit) => !hit.best).map((hit) => hit.score);
          expect(rest).toEqual([...rest].sort((a, b) => b - a));
          for (const hit of hits) {
            expect(hit.score).toBeLessThanOrEqual(1);
            if (resource) expect(belongsTo(hit.entry, resource)).toBe(true);
            expect([hit.entry.message, ...(hit.entry.aliases ?? [])]).toContain(hit.wording);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
