import { describe, expect, it } from 'vitest';
import {
  catalog,
  entries,
  find,
  isCode,
  isErrorCode,
  isKey,
  isSuccessCode,
  isWarningCode,
  match,
  parseCode,
  resolve,
} from 'capillary-codes/customers';

describe('parseCode: the code grammar', () => {
  it.each([
    [8011, 8011],
    [8011.0, 8011],
    [8011n, 8011],
    ['8011', 8011],
    [' 8011 ', 8011],
    ['\t1000\n', 1000],
    ['0', 0],
    [-0, 0],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  ])('reads %o as %o', (value, code) => {
    expect(Object.is(parseCode(value), code)).toBe(true);
  });

  it.each([
    '8011abc',
    '08011',
    '8011.0',
    '+8011',
    '-8011',
    '8e3',
    '0x1F4B',
    '80 11',
    '',
    '   ',
    '１０００',
    '9'.repeat(16),
    ' '.repeat(40) + '1',
    -1,
    8011.5,
    NaN,
    Infinity,
    -1n,
    2n ** 64n,
    Number.MAX_SAFE_INTEGER + 1,
    null,
    undefined,
    true,
    {},
    [8011],
    new Number(8011),
    Symbol('8011'),
  ])('rejects %o', (value) => {
    expect(parseCode(value)).toBeUndefined();
  });
});

describe('find', () => {
  it('returns every entry of a code in table order, for numbers and numeric strings alike', () => {
    expect(find(8011).map((entry) => entry.key)).toEqual(['LOOKUP_INVALID_SOURCE_ACCOUNT', 'LOOKUP_INVALID_SOURCE']);
    expect(find('8011')).toBe(find(8011));
    expect(find(816)).toEqual([entries.CUSTOMER_NOT_FOUND_FOR_ORG]);
  });

  it('gives [] for unknown or malformed codes', () => {
    for (const value of [42, 99999, '8011abc', null, undefined, {}, 'CUSTOMER_NOT_FOUND_FOR_ORG']) expect(find(value)).toEqual([]);
  });

  it('filters strictly: a filter that matches nothing gives []', () => {
    expect(find(400, { category: 'warning' })).toEqual([entries.ADMIN_AUTH_NOT_SUPPORTED]);
    expect(find(400, { api: 'v1.1' })).toEqual([entries.INVALID_INPUT]);
    expect(find(1000, { operation: 'tickets.add' })).toEqual([]);
    expect(find(1300, { operation: 'tickets.add' })).toEqual([entries.TICKET_ADDED]);
    expect(find(816, { category: 'success' })).toEqual([]);
    expect(find(816, { category: 'nonsense' } as never)).toEqual([]);
    expect(find(816, {})).toEqual([entries.CUSTOMER_NOT_FOUND_FOR_ORG]);
  });

  it('returns frozen arrays', () => {
    expect(Object.isFrozen(find(8011))).toBe(true);
    expect(Object.isFrozen(find(8011, { category: 'error' }))).toBe(true);
    expect(Object.isFrozen(find(1))).toBe(true);
  });
});

describe('resolve', () => {
  it('resolves a code with one entry without hints', () => {
    expect(resolve(816)).toEqual({ status: 'resolved', entry: entries.CUSTOMER_NOT_FOUND_FOR_ORG, params: {}, text: 'none' });
    expect(resolve('816')).toBe(resolve(816));
  });

  it('says unknown for codes outside the catalog and for malformed input', () => {
    for (const value of [42, '4201', 0, '8011abc', null, undefined, NaN, {}, [], () => 816]) {
      expect(resolve(value)).toEqual({ status: 'unknown' });
    }
  });

  it('ignores a hint that would leave no candidate, and applies the rest', () => {
    // No 400 is v1.1 and a warning: the api hint would leave none, so it is ignored.
    expect(resolve(400, { category: 'warning', api: 'v1.1' })).toMatchObject({ status: 'resolved', entry: entries.ADMIN_AUTH_NOT_SUPPORTED });
    expect(resolve(816, { category: 'warning', api: 'v2', operation: 'register' })).toMatchObject({ status: 'resolved', entry: entries.CUSTOMER_NOT_FOUND_FOR_ORG });
  });

  it('reads server rewordings (fact 11)', () => {
    const reworded: [number, string, string][] = [
      [1000, 'Successfully retrieved the customer', 'CUSTOMER_RETRIEVED'],
      [8050, 'Same Customer found in other sources,Combining', 'SAME_CUSTOMER_COMBINING'],
      [8006, 'Add failed ,  Customer already exists for same  source', 'ADD_CUSTOMER_EXISTS'],
      [8003, 'INVALID SOURCE', 'INVALID_SOURCE'],
      [1000, 'CUSTOMER REGISTRATION SUCCESSFUL', 'CUSTOMER_REGISTERED'],
      [1000, 'successfully updated   the customer', 'CUSTOMER_UPDATED'],
    ];
    for (const [code, message, key] of reworded) {
      expect(resolve(code, { message }), message).toMatchObject({ status: 'resolved', entry: { key }, text: 'close' });
    }
    // A rewording a published sample shows is the entry's alias since the samples landed: exact, no longer close.
    expect(entries.CUSTOMER_RETRIEVED.aliases).toContain('Customer successfully retrieved');
    expect(resolve(1000, { message: 'Customer successfully retrieved' })).toMatchObject({ status: 'resolved', entry: entries.CUSTOMER_RETRIEVED, text: 'exact' });
  });

  it('tells exact, close and different apart', () => {
    expect(resolve(8003, { message: 'Invalid source passed' })).toMatchObject({ text: 'exact' });
    expect(resolve(8003, { message: '  Invalid source passed  ' })).toMatchObject({ text: 'exact' });
    expect(resolve(8003, { message: 'invalid source passed' })).toMatchObject({ text: 'close' });
    expect(resolve(8003, { message: 'Payment gateway timed out' })).toMatchObject({ status: 'resolved', text: 'different', params: {} });
    expect(resolve(8003, {})).toMatchObject({ text: 'none' });
  });

  it('reads placeholder values from exact and reworded messages', () => {
    expect(resolve(8006, { message: 'Add failed, Customer already exists with id 42 for same source' })).toMatchObject({ params: { 0: '42' } });
    expect(resolve(8051, { message: 'Same customer found in other sources, merging with userid ABC-12' })).toMatchObject({
      text: 'close',
      params: { 0: 'ABC-12' },
    });
    expect(resolve(91022, { message: 'Failed to update subscription for SMS channel and priority HIGH.' })).toMatchObject({
      params: { x: 'SMS', y: 'HIGH' },
    });
    expect(resolve(91007, { message: 'Failed to register. a.b@example.com already exists for some other user.' })).toMatchObject({
      params: { x: 'a.b@example.com' },
    });
  });

  it('accepts a placeholder the server left unfilled, without inventing a value', () => {
    expect(resolve(8006, { message: 'Add failed, Customer already exists with id {0} for same source' })).toMatchObject({
      status: 'resolved',
      text: 'exact',
      params: {},
    });
  });

  it('keeps a tie ambiguous, never a silent pick', () => {
    const resolution = resolve(8088, { message: 'customer status get failed' });
    expect(resolution).toMatchObject({ status: 'ambiguous', text: 'close' });
  });

  // A sample added "Customer note added successfully" to NOTES_SAVED, whose "added" is the only
  // wording of 1000 with that word; "Customer successfully added" (a customer, not a note) leaves
  // out "note", the word that sets it apart (no longer read as the common "not"), so it wins nothing.
  it('stays ambiguous for "Customer successfully added", which names no note', () => {
    expect(resolve(1000, { message: 'Customer successfully added' }).status).toBe('ambiguous');
    expect(match('Customer successfully added')).toBeUndefined();
  });

  it('stays ambiguous where no word of the message tells the candidates apart', () => {
    const ambiguous: [number, string][] = [
      [1000, 'SUCCESS'],
      [1000, 'Updated successfully'],
      [1000, 'retrieved successfully'],
    ];
    for (const [code, message] of ambiguous) expect(resolve(code, { message }).status, message).toBe('ambiguous');
    // 0.3: "Invalid source" fits neither of 8011's texts, and the documentation's paraphrase makes no tie:
    // the entry servers send, text different (not sure).
    expect(resolve(8011, { message: 'Invalid source' })).toMatchObject({ status: 'resolved', entry: entries.LOOKUP_INVALID_SOURCE, text: 'different' });
    for (const message of ['Updated successfully', 'Invalid source passed in']) expect(match(message), message).toBeUndefined();
    // 0.2: the Add Customer page words 8003 "Invalid source": that wording is 8003's alias.
    expect(match('Invalid source')?.entry).toBe(entries.INVALID_SOURCE);
    // Alone, the word is the request-level 200's wording (0.2).
    expect(match('SUCCESS')?.entry).toBe(entries.REQUEST_SUCCEEDED);
  });

  it('takes an exact text over the hint it contradicts, and says which hint it set aside', () => {
    // 0.3: the warning's own words in a v2 errors list are the warning; 0.2 answered ambiguous.
    const resolution = resolve(400, { category: 'error', api: 'v2', message: 'Admin user auth not supported for MOBILE_APP' });
    expect(resolution).toEqual({ status: 'resolved', entry: entries.ADMIN_AUTH_NOT_SUPPORTED, params: { 0: 'MOBILE_APP' }, text: 'exact', ignored: ['category'] });
    expect(Object.isFrozen(resolution.status === 'resolved' && resolution.ignored)).toBe(true);
  });

  it('trusts neither a hint nor the text where they disagree and the text is not exact', () => {
    // The text fits the warning the category hint left out, tolerantly: it joins, first, before the v2 errors the hints leave.
    const resolution = resolve(400, { category: 'error', api: 'v2', message: 'admin auth not supported for MOBILE_APP' });
    expect(resolution).toMatchObject({ status: 'ambiguous', text: 'close' });
    expect(resolution.status === 'ambiguous' && resolution.candidates.map((entry) => entry.key)).toEqual([
      'ADMIN_AUTH_NOT_SUPPORTED',
      'INVALID_PATH_PARAMETER',
      'INVALID_ATTRIBUTION_LOOKUP_TYPE',
      'INVALID_RANGE_OR_INDEX',
    ]);
  });

  it('does not compare a message longer than any wording could be', () => {
    const long = `Customer not found for organization. ${'x'.repeat(5000)}`;
    expect(resolve(816, { message: long })).toMatchObject({ status: 'resolved', text: 'different', params: {} });
    expect(match(long)).toBeUndefined();
  });

  it('returns frozen, repeatable answers', () => {
    const first = resolve(8011, { message: 'Invalid source account passed.' });
    expect(Object.isFrozen(first)).toBe(true);
    expect(resolve(8011, { message: 'Invalid source account passed.' })).toEqual(first);
  });
});

describe('match', () => {
  it('finds entries by text alone, tolerantly', () => {
    expect(match('Customer successfully retrieved')?.entry.key).toBe('CUSTOMER_RETRIEVED');
    expect(match('invalid mobile')?.entry.key).toBe('INVALID_MOBILE');
    expect(match('Same Customer found in other sources, Merging with userId 42')).toMatchObject({
      entry: { key: 'SAME_CUSTOMER_MERGING' },
      params: { 0: '42' },
      score: 1,
    });
  });

  it('scores the wording itself 1 and a rewording less', () => {
    const reworded = match('Add failed ,  Customer already exists for same  source');
    expect(reworded?.entry.key).toBe('ADD_CUSTOMER_EXISTS');
    expect(reworded?.score).toBeGreaterThanOrEqual(0.5);
    expect(reworded?.score).toBeLessThan(1);
  });

  it('returns undefined for text that resembles no entry, or for non-text', () => {
    for (const value of ['hello world', '', '   ', 'the', '{0}', null, 42, {}]) expect(match(value)).toBeUndefined();
  });

  it('returns undefined on ties unless a hint separates them', () => {
    expect(match('Customer status get failed')).toBeUndefined();
    expect(match('Customer status get failed', { category: 'warning' })?.entry.key).toBe('CUSTOMER_STATUS_GET_FAILED_WARNING');
    expect(match('No identifier provided to get loyalty users.')).toBeUndefined();
    expect(match('No identifier provided to get loyalty users.', { code: 1015 })?.entry.key).toBe('NO_IDENTIFIER_PROVIDED');
  });

  it('ignores hints that would leave nothing to compare with', () => {
    expect(match('Invalid source passed', { code: 99999, category: 'success' })?.entry.key).toBe('INVALID_SOURCE');
    expect(match('Provided Custom Field is invalid.', { category: 'warning', api: 'v1.1' })?.entry.key).toBe('CUSTOM_FIELD_INVALID');
    expect(match('Invalid source passed', { code: 816 })?.entry.key).toBe('INVALID_SOURCE');
    // 0.2: 8011's "Invalid source account passed." with one word left out fits, so the code hint holds.
    expect(match('Invalid source passed', { code: 8011 })?.entry.key).toBe('LOOKUP_INVALID_SOURCE_ACCOUNT');
  });
});

describe('what people type and servers send (0.2)', () => {
  it('reads a one-letter slip in a word of five letters or more: left out, added, changed or two swapped', () => {
    for (const slip of ['Custmer', 'Customeer', 'Cuztomer', 'Cusotmer']) {
      const message = `${slip} not found for organization`;
      expect(match(message)?.entry, message).toBe(entries.CUSTOMER_NOT_FOUND_FOR_ORG);
      expect(resolve(816, { message }), message).toMatchObject({ status: 'resolved', entry: entries.CUSTOMER_NOT_FOUND_FOR_ORG, text: 'close' });
    }
  });

  it('reads no slip of two letters, or in a short word, and never turns text that fits nothing into an entry', () => {
    expect(match('Cstmer nt fund fr orgnzation')).toBeUndefined();
    expect(resolve(816, { message: 'Cstmer nt fund fr orgnzation' })).toMatchObject({ text: 'different' });
    for (const message of ['Hello wrold', 'Custmer', 'Quxxer zibbled the frobnicator']) expect(match(message), message).toBeUndefined();
  });

  it('reads a wording with one of its words left out', () => {
    expect(resolve(1000, { message: 'Customer updated' })).toMatchObject({ status: 'resolved', entry: entries.CUSTOMER_UPDATED, text: 'close' });
    expect(match('Customer updated', { code: 1000 })?.entry).toBe(entries.CUSTOMER_UPDATED);
    // Left out, not said otherwise: "Add failed" is no "Update failed" without "Update".
    expect(match('Add failed, Customer already exists for same source')?.entry).toBe(entries.ADD_CUSTOMER_EXISTS);
    // Two words wordings keep both: one word alone is no wording.
    expect(match('Invalid')).toBeUndefined();
    // Where the word left out is the one that told entries apart, they stay tied.
    expect(resolve(1000, { message: 'Updated successfully' }).status).toBe('ambiguous');
  });

  it('reads a param of several words where the template has one placeholder', () => {
    expect(match('start date cannot be a past date')).toMatchObject({ entry: entries.DATE_IN_PAST, params: { x: 'start date' } });
    expect(resolve(entries.DATE_IN_PAST.code, { message: 'start date cannot be a past date' })).toMatchObject({ status: 'resolved', entry: entries.DATE_IN_PAST, params: { x: 'start date' } });
    expect(match('card is BLOCKED FOR GOOD, not allowed to do any further actions')).toMatchObject({ entry: entries.CARD_ACTIONS_NOT_ALLOWED, params: { 0: 'BLOCKED FOR GOOD' } });
  });
});

describe('guards', () => {
  it('isCode accepts catalog codes as numbers only', () => {
    expect(isCode(8011)).toBe(true);
    expect(isCode(200)).toBe(true);
    expect(isCode(42)).toBe(false);
    expect(isCode('8011')).toBe(false);
    expect(catalog.every((entry) => isCode(entry.code))).toBe(true);
  });

  it('category guards follow the entries of a code', () => {
    // 0.2: the Update Subscription Details page prints an error under 1000 (SUBSCRIPTIONS_ADD_FAILED).
    expect([isSuccessCode(1000), isErrorCode(1000), isWarningCode(1000)]).toEqual([true, true, false]);
    expect([isSuccessCode(1300), isErrorCode(1300), isWarningCode(1300)]).toEqual([true, false, false]);
    expect([isSuccessCode(400), isErrorCode(400), isWarningCode(400)]).toEqual([false, true, true]);
    expect([isSuccessCode(8050), isErrorCode(8050), isWarningCode(8050)]).toEqual([false, false, true]);
    expect([isErrorCode('816'), isWarningCode(null)]).toEqual([false, false]);
  });

  it('isKey accepts own keys only', () => {
    expect(isKey('CUSTOMER_NOT_FOUND_FOR_ORG')).toBe(true);
    for (const value of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'customer_not_found_for_org', 816, null]) {
      expect(isKey(value)).toBe(false);
    }
  });
});
