import { describe, expect, it } from 'vitest';
import { catalog, entries } from 'capillary-codes';
import { explain, relations } from '../src/explain.js';

const kinds = (key: keyof typeof entries) => relations(entries[key]).map(({ kind, other }) => `${kind} ${other.key}`);

describe('relations', () => {
  it('pairs a paraphrase with the server text', () => {
    expect(kinds('LOOKUP_INVALID_SOURCE_ACCOUNT')).toEqual(['paraphrase-of LOOKUP_INVALID_SOURCE']);
    expect(kinds('LOOKUP_INVALID_SOURCE')).toEqual(['paraphrased-by LOOKUP_INVALID_SOURCE_ACCOUNT']);
  });

  it('finds the same code in another category, with or without the same text', () => {
    expect(relations(entries.CUSTOMER_STATUS_GET_FAILED)).toEqual([
      { kind: 'other-category', other: entries.CUSTOMER_STATUS_GET_FAILED_WARNING, sameText: true },
    ]);
    expect(kinds('INVALID_INPUT')).toEqual(['other-category ADMIN_AUTH_NOT_SUPPORTED', 'same-text NO_IDENTIFIER_PROVIDED']);
  });

  it('finds one text under two codes, aliases included', () => {
    expect(kinds('RECOMMENDATIONS_FETCHED')).toEqual(['same-text RECOMMENDATIONS_FETCHED_1061']);
    expect(kinds('NO_IDENTIFIER_PROVIDED')).toEqual(['same-text INVALID_INPUT']);
    expect(kinds('MERGE_ALREADY_DONE_WARNING')).toEqual(['other-category USER_ID_USED_IN_SAME_SOURCE', 'same-text MERGE_ALREADY_DONE']);
  });

  it('finds the other texts of a code', () => {
    expect(relations(entries.CUSTOMER_RETRIEVED).filter((relation) => relation.kind === 'same-code')).toHaveLength(11);
    expect(kinds('TICKET_ADDED')).toEqual(['same-code TICKET_RETRIEVED']);
  });

  it('is symmetric and leaves unique entries alone', () => {
    for (const entry of catalog) {
      for (const { other } of relations(entry)) {
        expect(relations(other).some((relation) => relation.other === entry), `${entry.key} / ${other.key}`).toBe(true);
      }
    }
    expect(relations(entries.CUSTOMER_NOT_FOUND_FOR_ORG)).toEqual([]);
  });
});

describe('explain', () => {
  it('says each relation in a sentence', () => {
    expect(explain(entries.RECOMMENDATIONS_FETCHED)).toEqual(['Same text as 1061 RECOMMENDATIONS_FETCHED_1061: only the code tells them apart.']);
    expect(explain(entries.NO_IDENTIFIER_PROVIDED)).toEqual(['Same text as 400 INVALID_INPUT (an alias of it): only the code tells them apart.']);
    expect(explain(entries.INVALID_INPUT)[1]).toBe('Its alias "No identifier provided to get loyalty users." is the text of 1015 NO_IDENTIFIER_PROVIDED.');
    expect(explain(entries.TICKET_ADDED)).toEqual(['One of 2 success texts of 1300; the operation tells them apart (this one: tickets.add).']);
  });

  it('can leave the other texts of a code unsaid, for a listing that shows them', () => {
    expect(explain(entries.TICKET_ADDED, { siblings: false })).toEqual([]);
  });
});
