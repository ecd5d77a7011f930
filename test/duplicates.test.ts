import { describe, expect, it } from 'vitest';
import { catalog, entries, find, format, match, resolve, type Key, type Resolution, type ResolveHints } from 'capillary-codes/customers';

/** Every duplicated code of the table: which hints resolve each member, what stays ambiguous. */

function keyOf(resolution: Resolution): string {
  return resolution.status === 'unknown' ? 'unknown' : `${resolution.status} ${resolution.entry.key}`;
}

function candidatesOf(resolution: Resolution): string[] {
  return resolution.status === 'ambiguous' ? resolution.candidates.map((entry) => entry.key) : [];
}

function expectResolved(code: number, hints: ResolveHints, key: Key) {
  expect(keyOf(resolve(code, hints)), JSON.stringify(hints)).toBe(`resolved ${key}`);
}

describe('same code and category, two texts: 8011, 8013, 8015, 8065 (fact 4)', () => {
  const pairs: [number, Key, Key][] = [
    [8011, 'LOOKUP_INVALID_SOURCE_ACCOUNT', 'LOOKUP_INVALID_SOURCE'],
    [8013, 'LOOKUP_INVALID_IDENTIFIER_NAME', 'LOOKUP_INVALID_IDENTIFIER'],
    [8015, 'LOOKUP_NO_CUSTOMER_FOUND', 'CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS'],
    [8065, 'LOOKUP_NO_CUSTOMER_IN_SOURCE', 'USER_NOT_FOUND_FOR_SOURCE'],
  ];

  // 0.3: the paraphrase no server sends never makes the code ambiguous on its own (DESIGN "Answers
  // that are never confidently wrong", 6); 0.1 and 0.2 answered ambiguous here.
  it.each(pairs)('%i alone resolves to the entry servers send, text none', (code, paraphrase, server) => {
    expect(resolve(code)).toEqual({ status: 'resolved', entry: entries[server], params: {}, text: 'none' });
    expect(find(code).map((entry) => entry.key)).toEqual([paraphrase, server]);
  });

  it.each(pairs)('%i: category, api and operation leave the entry servers send', (code, _paraphrase, server) => {
    for (const hints of [{ category: 'error' }, { api: 'v2' }, { operation: 'get' }] as const) {
      expect(keyOf(resolve(code, hints)), JSON.stringify(hints)).toBe(`resolved ${server}`);
    }
  });

  it.each(pairs)('%i: a text that fits neither is the server entry, text different: not a pick of the paraphrase', (code, _paraphrase, server) => {
    expect(resolve(code, { message: 'Service temporarily unavailable' })).toMatchObject({ status: 'resolved', entry: { key: server }, text: 'different' });
  });

  it.each(pairs)('%i: the message separates them, exactly', (code, paraphrase, server) => {
    for (const key of [paraphrase, server]) {
      const resolution = resolve(code, { message: entries[key].message });
      expect(keyOf(resolution)).toBe(`resolved ${key}`);
      expect(resolution.status === 'resolved' && resolution.text).toBe('exact');
    }
  });

  it('8011: a reworded server text still finds the server entry', () => {
    expectResolved(8011, { message: 'look up, invalid source passed' }, 'LOOKUP_INVALID_SOURCE');
    expectResolved(8015, { message: 'Customer not found for given identifier' }, 'CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS');
  });
});

describe('identical duplicates are one entry: 1222, 8089 (fact 3)', () => {
  it('1222 resolves with no hint', () => {
    expectResolved(1222, {}, 'REFERRAL_SYSTEM_ERROR');
    expect(find(1222)).toHaveLength(1);
  });

  it('8089 resolves with either wording as an exact match', () => {
    for (const message of ['Customer not registered for the Loyalty Program', 'Customer not registered for the Loyalty Program.']) {
      const resolution = resolve(8089, { message });
      expect(keyOf(resolution)).toBe('resolved CUSTOMER_NOT_LOYALTY_MEMBER');
      expect(resolution.status === 'resolved' && resolution.text).toBe('exact');
    }
  });
});

describe('same code, two categories: 400, 8066, 8088, 8090 (fact 5)', () => {
  const pairs: [number, Key, Key][] = [
    [8066, 'USER_ID_USED_IN_SAME_SOURCE', 'MERGE_ALREADY_DONE_WARNING'],
    [8088, 'CUSTOMER_STATUS_GET_FAILED', 'CUSTOMER_STATUS_GET_FAILED_WARNING'],
    [8090, 'INSTORE_PROFILE_MISSING', 'INSTORE_PROFILE_MISSING_WARNING'],
  ];

  it.each(pairs)('%i alone is ambiguous; the category resolves each', (code, error, warning) => {
    expect(candidatesOf(resolve(code))).toEqual([error, warning]);
    expectResolved(code, { category: 'error' }, error);
    expectResolved(code, { category: 'warning' }, warning);
  });

  // 0.2: the request-level table adds three v2 errors of 400 (src/codes/api.ts) to 0.1's pair.
  it('400 alone is ambiguous; the category and the surface resolve the v1.1 error and the v2 warning', () => {
    expect(candidatesOf(resolve(400))).toEqual(['INVALID_INPUT', 'INVALID_PATH_PARAMETER', 'INVALID_ATTRIBUTION_LOOKUP_TYPE', 'INVALID_RANGE_OR_INDEX', 'ADMIN_AUTH_NOT_SUPPORTED']);
    expectResolved(400, { category: 'warning' }, 'ADMIN_AUTH_NOT_SUPPORTED');
    expectResolved(400, { api: 'v1.1' }, 'INVALID_INPUT');
    expectResolved(400, { category: 'error', api: 'v1.1' }, 'INVALID_INPUT');
    expectResolved(400, { category: 'warning', api: 'v2' }, 'ADMIN_AUTH_NOT_SUPPORTED');
    expect(candidatesOf(resolve(400, { category: 'error', api: 'v2' }))).toEqual(['INVALID_PATH_PARAMETER', 'INVALID_ATTRIBUTION_LOOKUP_TYPE', 'INVALID_RANGE_OR_INDEX']);
  });

  it('400 and 8066: the message resolves each, with its params', () => {
    expectResolved(400, { message: 'Input is invalid. Please check request parameters or input xml/json' }, 'INVALID_INPUT');
    expectResolved(400, { message: 'No identifier provided to get loyalty users.' }, 'INVALID_INPUT');
    const admin = resolve(400, { message: 'Admin user auth not supported for /v2/customers' });
    expect(keyOf(admin)).toBe('resolved ADMIN_AUTH_NOT_SUPPORTED');
    expect(admin.status === 'resolved' && admin.params).toEqual({ 0: '/v2/customers' });
    expectResolved(8066, { message: 'Same Customer found in other sources, Merge already done with userId 7' }, 'MERGE_ALREADY_DONE_WARNING');
    expectResolved(8066, { message: 'Combine not possible, User id already used in same source' }, 'USER_ID_USED_IN_SAME_SOURCE');
  });

  it('8088 and 8090: the shared text separates nothing, so it stays ambiguous', () => {
    for (const [code, error, warning] of pairs.slice(2)) {
      const resolution = resolve(code, { message: entries[error].message });
      expect(resolution.status).toBe('ambiguous');
      expect(resolution.status === 'ambiguous' && resolution.text).toBe('exact');
      expect(candidatesOf(resolution)).toEqual([error, warning]);
      expectResolved(code, { category: 'warning', message: entries[error].message }, warning);
    }
  });

  it('a category hint that fits no entry is ignored (fact 11: 1017 in a warnings list)', () => {
    expectResolved(1017, { category: 'warning' }, 'CUSTOM_FIELD_INVALID');
    expect(find(1017, { category: 'warning' })).toEqual([]);
  });
});

describe('one code, several messages: 1000, 1040, 1300 (facts 1 and 2)', () => {
  const successes = (code: number) => catalog.filter((entry) => entry.code === code && entry.category === 'success');

  it('1000 alone is ambiguous among the table’s 12 success messages in table order, then the error a per-API page prints under it (since 0.2), then the success only a sample shows', () => {
    const tabled = successes(1000).filter((entry) => entry.origin === 'table').map((entry) => entry.key);
    expect(tabled).toHaveLength(12);
    expect(candidatesOf(resolve(1000))).toEqual([...tabled, 'SUBSCRIPTIONS_ADD_FAILED', 'CUSTOMER_OPERATION_SUCCEEDED']);
    expect(candidatesOf(resolve(1000, { category: 'success' }))).toEqual([...tabled, 'CUSTOMER_OPERATION_SUCCEEDED']);
    expect(entries.SUBSCRIPTIONS_ADD_FAILED.origin).toBe('page');
    expect(entries.CUSTOMER_OPERATION_SUCCEEDED.origin).toBe('sample');
  });

  it.each([1000, 1300])('%i: each operation resolves its message', (code) => {
    for (const entry of successes(code)) for (const operation of entry.operations ?? []) expectResolved(code, { operation }, entry.key);
    // Every table success names its operation; the sample's "Operation Successful" names none, so no operation picks it.
    expect(successes(code).filter((entry) => !entry.operations?.length).map((entry) => entry.key)).toEqual(code === 1000 ? ['CUSTOMER_OPERATION_SUCCEEDED'] : []);
  });

  it.each([1000, 1300])('%i: each message resolves itself, also reworded', (code) => {
    for (const entry of successes(code)) expectResolved(code, { message: entry.message }, entry.key);
    expectResolved(1000, { message: 'Customer successfully retrieved' }, 'CUSTOMER_RETRIEVED');
    expectResolved(1000, { message: 'Referrals are invited successfully' }, 'REFERRALS_INVITED');
    expectResolved(1300, { message: 'ticket added successfully' }, 'TICKET_ADDED');
  });

  it('1040 is the identifier-change request alone; the referral text under 1040 does not move it', () => {
    expectResolved(1040, {}, 'IDENTIFIER_CHANGE_REQUESTED');
    const resolution = resolve(1040, { message: 'Referrals are invited successfully.' });
    expect(keyOf(resolution)).toBe('resolved IDENTIFIER_CHANGE_REQUESTED');
    expect(resolution.status === 'resolved' && resolution.text).toBe('different');
  });
});

describe('two codes, one text: 1050 and 1061 (fact 6)', () => {
  const text = 'Customer recommendations fetched successfully.';

  it('each code resolves to its own entry', () => {
    expectResolved(1050, { message: text }, 'RECOMMENDATIONS_FETCHED');
    expectResolved(1061, { message: text }, 'RECOMMENDATIONS_FETCHED_1061');
  });

  it('the text alone ties, so match says nothing unless the code separates', () => {
    expect(match(text)).toBeUndefined();
    expect(match(text, { code: 1050 })?.entry.key).toBe('RECOMMENDATIONS_FETCHED');
    expect(match(text, { code: '1061' })?.entry.key).toBe('RECOMMENDATIONS_FETCHED_1061');
  });
});

describe('every entry, formatted as a server would send it, resolves back to itself', () => {
  it(`round-trips all ${catalog.length} entries with their params`, () => {
    for (const entry of catalog) {
      const params = Object.fromEntries(entry.params.map((name, i) => [name, `P${i}-${entry.code}`]));
      const resolution = resolve(String(entry.code), { category: entry.category, message: format(entry, params) });
      expect(keyOf(resolution), entry.key).toBe(`resolved ${entry.key}`);
      expect(resolution.status === 'resolved' && resolution.params, entry.key).toEqual(params);
    }
  });
});
