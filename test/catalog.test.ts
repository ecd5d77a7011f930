import { describe, expect, it } from 'vitest';
import { noteOf } from 'capillary-codes/notes';
import { catalog, entries, format, match, type Entry } from 'capillary-codes/customers';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{([^{}]*)\}/g)].map((found) => found[1]!))];

describe('catalog', () => {
  it(`has ${catalog.length} entries with unique SCREAMING_SNAKE keys`, () => {
    expect(catalog.length).toBeGreaterThan(200);
    const keys = catalog.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/);
  });

  it('lists each entry under its key in `entries`, and nothing else', () => {
    expect(Object.keys(entries)).toEqual(catalog.map((entry) => entry.key));
    for (const entry of catalog) expect(entries[entry.key]).toBe(entry);
    expect(Object.getPrototypeOf(entries)).toBeNull();
  });

  it('derives params from the placeholders, in order of first appearance', () => {
    for (const entry of catalog) expect(entry.params).toEqual(placeholders(entry.message));
    expect(entries.SUBSCRIPTION_CHANNEL_UPDATE_FAILED.params).toEqual(['x', 'y']);
    expect(entries.NO_BEST_FITTING_PROFILE.params).toEqual(['0', '1']);
  });

  it('tags every customers code with the surface that sends it (DESIGN fact 10)', () => {
    // 1059, 1099's tracker text and 1212-1217 are printed only on the V2 pages (NOTES.md).
    const onlyOnV2Pages = ['REGISTER_EMAIL_OR_MOBILE_REQUIRED', 'TRACKER_DATA_FETCH_FAILED', 'INVALID_ENTITY_TYPE', 'INVALID_PROGRAM_ID', 'START_DATE_AFTER_END_DATE', 'DATE_IN_PAST', 'UNSUPPORTED_DATE_FORMAT', 'DATE_TOO_FAR_IN_FUTURE'];
    const v2 = (entry: Entry) =>
      (entry.code >= 8000 && entry.code < 9000) || entry.code === 521 || (entry.code === 400 && entry.category === 'warning') || onlyOnV2Pages.includes(entry.key);
    // The customers V1 page of 2026 lists this second 8014 among the v1.1 codes; the v2 Update
    // Subscription Details page prints an error under 1000.
    const notByTheRule = ['REGISTER_COUNTRY_CONFIG_INVALID', 'SUBSCRIPTIONS_ADD_FAILED'];
    // An entry only a sample shows has the surface of the sample's page.
    for (const entry of catalog.filter((entry) => entry.resource === 'customers' && entry.origin !== 'sample' && !notByTheRule.includes(entry.key))) {
      expect(`${entry.key} ${entry.api}`).toBe(`${entry.key} ${v2(entry) ? 'v2' : 'v1.1'}`);
    }
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(entries)).toBe(true);
    for (const entry of catalog) {
      expect(Object.isFrozen(entry)).toBe(true);
      for (const value of Object.values(entry)) if (typeof value === 'object') expect(Object.isFrozen(value)).toBe(true);
    }
    expect(catalog.filter((entry) => entry.resource === 'customers' && [1059, 1099, 1212, 1213, 1214, 1215, 1216, 1217].includes(entry.code) && entry.api === 'v2')).toHaveLength(8);
  });

  it('has only the fields of an Entry', () => {
    const fields = new Set(['key', 'code', 'category', 'resource', 'sharedWith', 'message', 'params', 'api', 'operations', 'aliases', 'note', 'paraphrase', 'kind', 'retryable', 'audience', 'origin', 'docs']);
    for (const entry of catalog) for (const field of Object.keys(entry)) expect(fields).toContain(field);
  });

  it("gives every entry, successes too, an audience: 'user' or 'developer'", () => {
    expect(catalog.filter((entry) => entry.audience !== 'user' && entry.audience !== 'developer').map((entry) => entry.key)).toEqual([]);
    expect(entries.DEFAULT_STATUS_CONFIG_READ_FAILED.audience).toBe('developer');
    expect(entries.CUSTOMER_NOT_FOUND_FOR_ORG.audience).toBe('user');
    expect(entries.CUSTOMER_REGISTERED.audience).toBe('user');
  });

  it("gives every entry an origin ('table', 'page' or 'sample') and the address of the page that documents it", () => {
    expect(catalog.filter((entry) => !['table', 'page', 'sample'].includes(entry.origin) || !/^https?:\/\/\S+$/.test(entry.docs)).map((entry) => entry.key)).toEqual([]);
    expect(entries.CUSTOMER_NOT_FOUND_FOR_ORG).toMatchObject({ origin: 'table', docs: 'https://docs.capillarytech.com/reference/status-codes-customer' });
  });

  it('keeps each wording free of placeholders distinct from every template, so text lookups are sound', () => {
    for (const entry of catalog) {
      if (entry.params.length) continue;
      const found = match(entry.message, { code: entry.code, category: entry.category });
      expect(found?.entry).toBe(entry);
      expect(found?.score).toBe(1);
    }
  });

  it('formats every entry with params into text that names no placeholder', () => {
    for (const entry of catalog) {
      const params = Object.fromEntries(entry.params.map((name) => [name, `value-${name}`]));
      const text = format(entry, params);
      expect(text).not.toMatch(/\{[^{}]*\}/);
      for (const name of entry.params) expect(text).toContain(`value-${name}`);
    }
  });
});

describe('facts about the table (DESIGN.md)', () => {
  it('splits error 400 into its message and an alias (fact 7)', () => {
    expect(entries.INVALID_INPUT.message).toBe('Input is invalid. Please check request parameters or input xml/json');
    expect(entries.INVALID_INPUT.aliases?.[0]).toBe('No identifier provided to get loyalty users.');
  });

  it('moves 500\'s documentation remark into its note (fact 8)', () => {
    expect(entries.ALL_REQUESTS_FAILED.message).toBe('All requests failed due to errors.');
    expect(noteOf(entries.ALL_REQUESTS_FAILED)).toMatch(/^For mobile wrapper API mobile\/v2\/api\/change\/email, during GET calls/);
  });

  it('sends referral invitations as 1000 and says why (fact 2)', () => {
    expect(entries.REFERRALS_INVITED.code).toBe(1000);
    expect(noteOf(entries.REFERRALS_INVITED)).toMatch(/1040/);
  });

  it('notes that warning 8066 carries the text of 8067 (fact 5)', () => {
    expect(entries.MERGE_ALREADY_DONE_WARNING.message).toBe(entries.MERGE_ALREADY_DONE.message);
    expect(noteOf(entries.MERGE_ALREADY_DONE_WARNING)).toMatch(/8067/);
  });

  it('marks the lookup paraphrases, and only those (fact 4)', () => {
    expect(catalog.filter((entry) => entry.paraphrase).map((entry) => entry.code)).toEqual([8011, 8013, 8015, 8065]);
  });

  it('keeps 1050 and 1061 as two entries with one text (fact 6)', () => {
    expect(entries.RECOMMENDATIONS_FETCHED.message).toBe(entries.RECOMMENDATIONS_FETCHED_1061.message);
    expect([entries.RECOMMENDATIONS_FETCHED.code, entries.RECOMMENDATIONS_FETCHED_1061.code]).toEqual([1050, 1061]);
  });

  it('ties each 1000, 1040 and 1300 success message to its operation (fact 1)', () => {
    // The table's messages: a sample's wording ("Operation Successful") names no operation.
    const tied = catalog.filter((entry) => [1000, 1040, 1300].includes(entry.code) && entry.category === 'success' && entry.origin === 'table');
    expect(tied).toHaveLength(15);
    for (const entry of tied) expect(entry.operations?.length).toBeGreaterThan(0);
    const operations = tied.flatMap((entry) => entry.operations ?? []);
    expect(new Set(operations).size).toBe(operations.length);
  });
});
