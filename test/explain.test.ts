import { describe, expect, it } from 'vitest';
import { catalog, entries, find, resources, type Entry } from 'capillary-codes';
import { catalog as badgesView } from 'capillary-codes/badges';
import { catalog as customersView } from 'capillary-codes/customers';
import { catalog as pointsView } from 'capillary-codes/points';
import { catalog as transactionsView } from 'capillary-codes/transactions';
import { explain, relations, resourceEntries } from '../src/explain.js';
import { belongsTo } from '../src/narrow.js';

const kinds = (key: keyof typeof entries) => relations(entries[key]).map(({ kind, other }) => `${kind} ${other.key}`);
const homes = (entry: Entry) => [entry.resource, ...(entry.sharedWith ?? [])];

describe('belongsTo and resourceEntries', () => {
  it("counts an entry's own resource, the ones it is shared with, and request-level entries everywhere", () => {
    expect(belongsTo(entries.CUSTOMER_NOT_FOUND_FOR_ORG, 'customers')).toBe(true);
    expect(belongsTo(entries.CUSTOMER_NOT_FOUND_FOR_ORG, 'points')).toBe(true);
    expect(belongsTo(entries.CUSTOMER_NOT_FOUND_FOR_ORG, 'badges')).toBe(false);
    for (const resource of resources) expect(belongsTo(entries.INVALID_PATH_PARAMETER, resource), resource).toBe(true);
  });

  it('lists what the resource view holds, in its order', () => {
    const views = { customers: customersView, points: pointsView, transactions: transactionsView, badges: badgesView };
    for (const [resource, view] of Object.entries(views)) {
      expect(resourceEntries(resource as keyof typeof views).map((entry) => entry.key), resource).toEqual(view.map((entry) => entry.key));
    }
  });
});

describe('relations', () => {
  it('pairs a paraphrase with the server text', () => {
    expect(kinds('LOOKUP_INVALID_SOURCE_ACCOUNT')).toEqual(['paraphrase-of LOOKUP_INVALID_SOURCE']);
    expect(kinds('LOOKUP_INVALID_SOURCE')).toEqual(['paraphrased-by LOOKUP_INVALID_SOURCE_ACCOUNT']);
  });

  it('finds the same code in another category, with or without the same text', () => {
    expect(relations(entries.CUSTOMER_STATUS_GET_FAILED)).toEqual([
      { kind: 'other-category', other: entries.CUSTOMER_STATUS_GET_FAILED_WARNING, sameText: true },
    ]);
    expect(kinds('MERGE_ALREADY_DONE_WARNING')).toEqual(['other-category USER_ID_USED_IN_SAME_SOURCE', 'same-text MERGE_ALREADY_DONE']);
  });

  it('tells the same code in resources that never meet apart by resource', () => {
    expect(relations(entries.CUSTOMER_NOT_FOUND_FOR_ORG)).toEqual([{ kind: 'other-resource', other: entries.BADGE_EVENT_DATE_OUTSIDE_DURATION }]);
    // Shared with customers, transactions' 1101 meets customers' own 1101 there: the same code, not another resource's.
    expect(kinds('INVALID_CHANNEL_TYPE')).toEqual(['same-code TRANSACTION_INVALID_PROGRAM_ID']);
    // 1000: the coupons error is another resource's; the customers error is the same code in another category.
    const retrieved = kinds('CUSTOMER_RETRIEVED');
    expect(retrieved).toContain('other-category SUBSCRIPTIONS_ADD_FAILED');
    expect(retrieved).toContain('other-resource COUPON_FILTERS_NOT_PROVIDED');
  });

  it('relates a request-level entry to every entry of its code, in any resource', () => {
    const others = find(400).filter((entry) => entry !== entries.INVALID_INPUT);
    const related = relations(entries.INVALID_INPUT).filter((relation) => relation.other.code === 400);
    expect(related.map((relation) => relation.other).sort((a, b) => a.key.localeCompare(b.key))).toEqual([...others].sort((a, b) => a.key.localeCompare(b.key)));
    expect(related.every((relation) => relation.kind !== 'other-resource')).toBe(true);
  });

  it('says other-resource exactly where two entries of a code share no resource and neither is request-level', () => {
    for (const entry of catalog) {
      for (const relation of relations(entry)) {
        if (relation.other.code !== entry.code) continue;
        const meet = entry.resource === 'api' || relation.other.resource === 'api' || homes(entry).some((r) => homes(relation.other).includes(r));
        expect(relation.kind === 'other-resource', `${entry.key} / ${relation.other.key}`).toBe(!meet);
      }
    }
  });

  it('finds one text under two codes, aliases included', () => {
    expect(kinds('RECOMMENDATIONS_FETCHED')).toEqual(['same-text RECOMMENDATIONS_FETCHED_1061']);
    expect(kinds('NO_IDENTIFIER_PROVIDED')).toEqual(['same-text INVALID_INPUT']);
  });

  it('finds the other texts of a code', () => {
    // Customers' own success texts of 1000; partner-program's 1000 success is another resource's.
    const siblings = find(1000, { resource: 'customers' }).filter((entry) => entry.category === 'success' && entry !== entries.CUSTOMER_RETRIEVED);
    expect(relations(entries.CUSTOMER_RETRIEVED).filter((relation) => relation.kind === 'same-code').map((relation) => relation.other)).toEqual(siblings);
    expect(kinds('CUSTOMER_RETRIEVED')).toContain('other-resource PARTNER_PROGRAM_CUSTOMER_RETRIEVED');
    expect(kinds('TICKET_ADDED')).toEqual(['same-code TICKET_RETRIEVED']);
  });

  it('is symmetric', () => {
    for (const entry of catalog) {
      for (const { kind, other } of relations(entry)) {
        const back = relations(other).find((relation) => relation.other === entry);
        expect(back, `${entry.key} / ${other.key}`).toBeDefined();
        const mirrored = kind === 'paraphrase-of' ? 'paraphrased-by' : kind === 'paraphrased-by' ? 'paraphrase-of' : kind;
        expect(back!.kind, `${entry.key} / ${other.key}`).toBe(mirrored);
      }
    }
  });
});

describe('explain', () => {
  it('says each relation in a sentence', () => {
    expect(explain(entries.RECOMMENDATIONS_FETCHED)).toEqual(['Same text as 1061 RECOMMENDATIONS_FETCHED_1061: only the code tells them apart.']);
    expect(explain(entries.NO_IDENTIFIER_PROVIDED)).toEqual(['Same text as 400 INVALID_INPUT (an alias of it): only the code tells them apart.']);
    expect(explain(entries.INVALID_INPUT)).toContain('Its alias "No identifier provided to get loyalty users." is the text of 1015 NO_IDENTIFIER_PROVIDED.');
    expect(explain(entries.TICKET_ADDED)).toEqual(['One of 2 success texts of 1300; the operation tells them apart (this one: tickets.add).']);
    expect(explain(entries.CUSTOMER_STATUS_GET_FAILED)).toEqual([
      '8088 is also a warning with the same text (CUSTOMER_STATUS_GET_FAILED_WARNING): the list it arrives in, errors or warnings, tells them apart.',
    ]);
  });

  it('says where else a code means something else, naming a few and counting many', () => {
    expect(explain(entries.CUSTOMER_NOT_FOUND_FOR_ORG)).toEqual([
      `816 means something else in badges: BADGE_EVENT_DATE_OUTSIDE_DURATION ("${entries.BADGE_EVENT_DATE_OUTSIDE_DURATION.message}"); the resource called tells them apart.`,
    ]);
    // A badges 400 meets the request-level 400s, not the 400s of rewards-catalog, cart-promotions ...
    const elsewhere = find(400).filter((entry) => entry.resource !== 'api' && entry.resource !== 'badges');
    const sentence = explain(entries.BADGE_INVALID_ENUM_VALUE).at(-1)!;
    expect(sentence).toMatch(new RegExp(`^400 has ${elsewhere.length} entries in other resources \\(.*rewards-catalog ${elsewhere.filter((e) => e.resource === 'rewards-catalog').length}.*\\); the resource called tells them apart\\.$`));
  });

  it('sums up many entries of another category in one sentence', () => {
    const errors = find(400).filter((entry) => entry.category === 'error' && (entry.resource === 'api' || homes(entry).includes('customers')));
    expect(explain(entries.ADMIN_AUTH_NOT_SUPPORTED)).toContain(`400 is also an error, in ${errors.length} entries: ${errors.map((entry) => entry.key).join(', ')}.`);
  });

  it('can leave the other entries of a code unsaid, for a listing that shows them', () => {
    expect(explain(entries.TICKET_ADDED, { siblings: false })).toEqual([]);
    expect(explain(entries.CUSTOMER_NOT_FOUND_FOR_ORG, { siblings: false })).toEqual([]);
  });
});
