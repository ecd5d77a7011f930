/**
 * Issue 15, "Never confidently wrong": each case about answers, with its exact input and its
 * right answer (DESIGN "Answers that are never confidently wrong"). 0.2's answer is in each
 * test's comment. Cases that hang on wordings the data changes of the same issue rewrite
 * (documentation sample values becoming placeholders) read the wording from the catalog and
 * hold either way: a changed value is never `close`, a placeholder gives the server's value back.
 */
import { describe, expect, it } from 'vitest';
import { entries, find, format, readStatuses, resolve, type Entry, type Resolution } from 'capillary-codes';
import { isSure } from '../src/lookup.js';

const keyOf = (resolution: Resolution) => (resolution.status === 'unknown' ? undefined : resolution.entry.key);
/** A resource's entries: its own, shared with it, request-level. */
const heldBy = (entry: Entry, resource: string) => entry.resource === resource || entry.resource === 'api' || (entry.sharedWith?.includes(resource as never) ?? false);

describe('another resource’s entry only by its text', () => {
  it('429 with resource rewards-catalog is unknown, not OTP’s rate limit', () => {
    // 0.2: resolved OTP_RATE_LIMIT_EXCEEDED, retryable false: an app was told not to retry a rate limit.
    expect(resolve(429, { resource: 'rewards-catalog' })).toStrictEqual({ status: 'unknown' });
    expect(isSure(resolve(429, { resource: 'rewards-catalog' }))).toBe(false);
    // OTP's own resource, and no resource at all, still answer OTP's entry.
    expect(resolve(429, { resource: 'otp' })).toMatchObject({ status: 'resolved', entry: entries.OTP_RATE_LIMIT_EXCEEDED, text: 'none' });
    expect(resolve(429)).toMatchObject({ status: 'resolved', entry: entries.OTP_RATE_LIMIT_EXCEEDED });
    expect(resolve(429, { resource: 'otp' }).status === 'resolved' && 'ignored' in resolve(429, { resource: 'otp' })).toBe(false);
  });

  it('another resource’s entry is the answer where the text names it, and `ignored` says the resource was set aside', () => {
    expect(resolve(429, { resource: 'rewards-catalog', message: 'Rate limit exceeded.' })).toStrictEqual({
      status: 'resolved',
      entry: entries.OTP_RATE_LIMIT_EXCEEDED,
      params: {},
      text: 'exact',
      ignored: ['resource'],
    });
    expect(resolve(429, { resource: 'rewards-catalog', message: 'rate limit exceeded' })).toMatchObject({ status: 'resolved', text: 'close', ignored: ['resource'] });
    expect(resolve(429, { resource: 'rewards-catalog', message: 'Too many requests for this reward' })).toStrictEqual({ status: 'unknown' });
  });

  it('loyalty-promotions 740 "multiple owners not allowed in promotion" is not coupons’ COUPON_FRAUD_CUSTOMER', () => {
    // 0.2: resolved COUPON_FRAUD_CUSTOMER, and the CLI printed "Fraud customer".
    const resolution = resolve(740, { resource: 'loyalty-promotions', message: 'multiple owners not allowed in promotion' });
    expect(keyOf(resolution)).not.toBe('COUPON_FRAUD_CUSTOMER');
    const own = find(740).filter((entry) => heldBy(entry, 'loyalty-promotions'));
    if (own.length) expect(own).toContain(resolution.status === 'unknown' ? undefined : resolution.entry);
    else expect(resolution).toStrictEqual({ status: 'unknown' });
    // On the code alone too.
    if (!own.length) expect(resolve(740, { resource: 'loyalty-promotions' })).toStrictEqual({ status: 'unknown' });
  });

  it('coupons 696 "Redemption per coupon code limit has reached max limit" is coupons\' own entry (only a sample shows it), no transactions entry', () => {
    // 0.2: resolved TRANSACTION_POINTS_PROCESSING_FAILED_696 (internal), the coupons hint dropped silently.
    const message = 'Redemption per coupon code limit has reached max limit';
    const resolution = resolve(696, { resource: 'coupons', message });
    expect(resolution).toMatchObject({ status: 'resolved', entry: entries.COUPON_REDEMPTION_PER_CODE_LIMIT_REACHED, text: 'exact' });
    expect(entries.COUPON_REDEMPTION_PER_CODE_LIMIT_REACHED.origin).toBe('sample');
    // The code alone in coupons is its own entry; with a text neither entry says, not sure.
    expect(keyOf(resolve(696, { resource: 'coupons' }))).toBe('COUPON_REDEMPTION_PER_CODE_LIMIT_REACHED');
    expect(resolve(696, { resource: 'coupons', message: 'Service temporarily unavailable' })).toMatchObject({ entry: entries.COUPON_REDEMPTION_PER_CODE_LIMIT_REACHED, text: 'different' });
    expect(isSure(resolve(696, { resource: 'coupons', message: 'Service temporarily unavailable' }))).toBe(false);
    // The transactions entry's own wording names it: that entry, the coupons hint set aside and said so.
    const transactions = entries.TRANSACTION_POINTS_PROCESSING_FAILED_696;
    expect(resolve(696, { resource: 'coupons', message: transactions.message })).toStrictEqual({ status: 'resolved', entry: transactions, params: {}, text: 'exact', ignored: ['resource'] });
  });

  it('a published coupons response’s success 1000 "Coupons retrieved successfully" is customers’ entry, by its text', () => {
    // Coupons' own 1000 is an error: the list and the text both say otherwise, so the text names the answer.
    const resolution = resolve(1000, { resource: 'coupons', category: 'success', api: 'v1.1', message: 'Coupons retrieved successfully' });
    expect(resolution).toMatchObject({ status: 'resolved', entry: entries.COUPONS_RETRIEVED, text: 'close', ignored: ['resource'] });
  });
});

describe('resolved is not sure when the server says something else', () => {
  it('customers 1302 "supplementary program expiry is before membership expiry" is the entry that says it, never a sure TICKET_REGISTRATION_FAILED', () => {
    // 0.2: resolved TICKET_REGISTRATION_FAILED, printed the same way as a right answer.
    const message = 'supplementary program expiry is before membership expiry';
    expect(resolve(1302, { resource: 'customers', message })).toMatchObject({ status: 'resolved', entry: entries.SUPPLEMENTARY_EXPIRY_BEFORE_MEMBERSHIP_EXPIRY, text: 'exact' });
    // A text neither entry says is not sure, whatever the code documents.
    expect(isSure(resolve(1302, { resource: 'customers', message: 'membership renewed for the supplementary program' }))).toBe(false);
    // The same code with its own words is sure.
    expect(isSure(resolve(1302, { resource: 'customers', message: 'Ticket registration failed.' }))).toBe(true);
  });

  it('503 "Service Unavailable" in a v2 errors list is no sure "authorization unavailable"', () => {
    const [status] = readStatuses({ errors: [{ code: 503, message: 'Service Unavailable' }] });
    expect(isSure(status!.resolution)).toBe(false);
  });
});

describe('close never changes a value', () => {
  /** The answer for a text with other values: different where the wording prints the docs' value, else the server's values as params. */
  function expectValuesKept(code: number, key: keyof typeof entries, message: string, values: readonly string[], catalogValues: readonly string[]) {
    const entry = entries[key] as Entry;
    const resolution = resolve(code, { message });
    const printsSample = catalogValues.some((value) => new RegExp(`\\b${value}\\b`).test(entry.message));
    if (printsSample) {
      // The wording as the catalog has it today: the docs' sample values.
      expect(isSure(resolution)).toBe(false);
      expect(resolution.status !== 'unknown' && resolution.entry === entry && resolution.text).not.toMatch(/^(exact|close)$/);
      expect(resolve(code, { message: format(entry as never, {} as never) })).toMatchObject({ entry, text: 'exact' });
    } else {
      // The wording with placeholders: the server's values come back, and are what is shown.
      expect(isSure(resolution)).toBe(true);
      const shown = format(entry as never, (resolution.status === 'resolved' ? resolution.params : {}) as never);
      for (const value of values) expect(shown).toContain(value);
      for (const value of catalogValues) expect(shown).not.toMatch(new RegExp(`\\b${value}\\b`));
    }
  }

  it('12005 "…WEEKS is reached. Allowed limit is 3…" is not the wording’s "…DAYS… 15…"', () => {
    // 0.2: close, and userMessage showed "DAYS" and "15".
    expectValuesKept(
      12005,
      'REWARDS_CATALOG_ISSUE_CONSTRAINT_LIMIT_REACHED',
      'Reward constraint evaluation failed. Request failed. Max limit for the WEEKS is reached. Allowed limit is 3 for level CUSTOMER',
      ['WEEKS', '3'],
      ['DAYS', '15'],
    );
    // Its own values are its own wording.
    expect(resolve(12005, { message: 'Reward constraint evaluation failed. Request failed. Max limit for the DAYS is reached. Allowed limit is 15 for level CUSTOMER' })).toMatchObject({
      status: 'resolved',
      text: 'exact',
    });
  });

  it('3028 "…limit of 50 characters" is not the wording’s "80 characters"', () => {
    expectValuesKept(3028, 'REWARDS_CATALOG_CUSTOM_FIELD_ENUM_VALUE_TOO_LONG', 'Enum value exceeds the limit of 50 characters', ['50'], ['80']);
  });

  it('11026 "No tills found for store with store id: 456" is not the docs’ "store id: 123"', () => {
    expectValuesKept(11026, 'POINTS_LEDGER_NO_TILLS_FOR_STORE', 'No tills found for store with store id: 456', ['456'], ['123']);
  });

  it('still reads case, punctuation, spacing, word order and word forms as the same wording', () => {
    const reworded = 'reward constraint evaluation failed, request failed: max limit for the days is reached; allowed limit is 15 for level customer';
    expect(resolve(12005, { message: reworded })).toMatchObject({ status: 'resolved', text: 'close' });
  });
});

describe('an exact text outranks a hint', () => {
  it('{ errors: [{ code: 500, message: "All requests have failed due to errors" }] } is ALL_REQUESTS_FAILED, the api read from the shape set aside', () => {
    // 0.2: ambiguous, text exact, with the v2 500 first.
    const expected = { status: 'resolved', entry: entries.ALL_REQUESTS_FAILED, params: {}, text: 'exact', ignored: ['api'] };
    expect(resolve(500, { api: 'v2', message: 'All requests have failed due to errors' })).toStrictEqual(expected);
    const [status] = readStatuses({ errors: [{ code: 500, message: 'All requests have failed due to errors' }] });
    expect(status!.resolution).toStrictEqual(expected);
    expect(isSure(status!.resolution)).toBe(true);
  });

  it('a tolerant text does not outrank the hint: 500 "all requests failed" in v2 stays with the v2 entries’ answer', () => {
    const resolution = resolve(500, { api: 'v2', message: 'all the requests failed due to errors' });
    expect(resolution.status === 'resolved' && resolution.entry.key === 'ALL_REQUESTS_FAILED' && resolution.text === 'close').toBe(false);
  });
});

describe('a paraphrase never makes a code ambiguous on its own', () => {
  it('8015 without text is the entry servers send, resolved, text none', () => {
    // 0.2: ambiguous, with --resource customers too ("2 entries; what was given does not tell them apart").
    const expected = { status: 'resolved', entry: entries.CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS, params: {}, text: 'none' };
    expect(resolve(8015)).toStrictEqual(expected);
    expect(resolve(8015, { resource: 'customers' })).toStrictEqual(expected);
    expect(isSure(resolve(8015))).toBe(true);
  });

  it('the paraphrase answers where its own wording is given', () => {
    expect(resolve(8015, { message: 'No customer found with the given identifier.' })).toMatchObject({ status: 'resolved', entry: entries.LOOKUP_NO_CUSTOMER_FOUND, text: 'exact' });
  });

  it('two entries servers send under one code stay ambiguous', () => {
    expect(resolve(8088).status).toBe('ambiguous');
    expect(resolve(1000).status).toBe('ambiguous');
  });
});

describe('Resolution.ignored', () => {
  it('1017 in a warnings list: the category set aside', () => {
    const resolution = resolve(1017, { category: 'warning' });
    expect(resolution).toStrictEqual({ status: 'resolved', entry: entries.CUSTOM_FIELD_INVALID, params: {}, text: 'none', ignored: ['category'] });
    expect(Object.isFrozen(resolution.status === 'resolved' && resolution.ignored)).toBe(true);
  });

  it('is absent where every hint applied, and present on ambiguous answers', () => {
    expect('ignored' in resolve(1017, { category: 'error', resource: 'customers' })).toBe(false);
    const tie = resolve(400, { category: 'error', operation: 'no-such-operation' });
    expect(tie).toMatchObject({ status: 'ambiguous', ignored: ['operation'] });
  });
});

describe('isSure', () => {
  it('is true only for resolved answers with text exact, close or none', () => {
    expect(isSure(resolve(618))).toBe(true);
    expect(isSure(resolve(618, { message: 'Not allowed - customer is marked as fraud.' }))).toBe(true);
    expect(isSure(resolve(618, { message: 'The weather is fine today' }))).toBe(false);
    expect(isSure(resolve(1000))).toBe(false);
    expect(isSure(resolve(42424242))).toBe(false);
  });

  it('is false for anything that is no resolution, and never throws', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); } });
    for (const value of [undefined, null, 0, 'resolved', {}, { status: 'resolved' }, { status: 'resolved', text: 'different' }, hostile]) expect(isSure(value)).toBe(false);
    expect(isSure({ status: 'resolved', text: 'close' })).toBe(true);
  });
});
