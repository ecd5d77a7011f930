/**
 * isRetryable and retryAfterMs: what retry libraries ask. Each is run against the real
 * library (devDependencies): p-retry's `shouldRetry: ({ error }) => isRetryable(error)` and
 * cockatiel's `handleWhen(isRetryable)`, for a 429 with `Retry-After`, a retryable entry, a
 * non-retryable entry and an unknown failure. Delays are 1 ms: the advice is recorded, not slept.
 */
import { ConstantBackoff, handleWhen, retry } from 'cockatiel';
import pRetry from 'p-retry';
import { describe, expect, it } from 'vitest';
import { assertOk, catalog, CapillaryError, entries, isRetryable, readResponse, resolve, retryAfterMs, type ResponseReading } from 'capillary-codes';

const retryableEntry = catalog.find((entry) => entry.retryable === true && entry.category === 'error')!;

/** Capillary's answers for one call after another: the first ones fail as given, then a success. */
const cases: Record<string, { readonly first: () => ResponseReading; readonly retried: boolean; readonly afterMs?: number }> = {
  'a 429 with Retry-After': { first: () => readResponse(undefined, { httpStatus: 429, headers: new Headers({ 'Retry-After': '1' }) }), retried: true, afterMs: 1000 },
  'a retryable entry': { first: () => readResponse({ errors: [{ status: false, code: retryableEntry.code, message: retryableEntry.message }] }, { resource: retryableEntry.resource }), retried: true },
  'a non-retryable entry': { first: () => readResponse({ errors: [{ status: false, code: 8015, message: 'Customer not found for the given identifiers' }] }, { httpStatus: 404 }), retried: false },
  'an unknown failure': { first: () => readResponse({ errors: [{ code: 987654, message: 'Something odd' }] }), retried: false },
};

const succeeded = () => readResponse({ createdId: 1 }, { httpStatus: 200 });

/** A client that fails once with the case's response, then succeeds; it throws what assertOk throws. */
function client(first: () => ResponseReading) {
  let calls = 0;
  return {
    call: async () => assertOk(++calls === 1 ? first() : succeeded()),
    calls: () => calls,
  };
}

describe('p-retry with shouldRetry: ({ error }) => isRetryable(error)', () => {
  it.each(Object.entries(cases))('%s', async (_, { first, retried, afterMs }) => {
    expect(retryableEntry).toBeDefined();
    const { call, calls } = client(first);
    const delays: (number | undefined)[] = [];
    const run = pRetry(call, {
      retries: 3,
      minTimeout: 1,
      maxTimeout: 1,
      shouldRetry: ({ error }) => isRetryable(error),
      onFailedAttempt: ({ error }) => void delays.push(retryAfterMs(error)),
    });
    if (retried) {
      await expect(run).resolves.toMatchObject({ ok: true });
      expect(calls()).toBe(2);
      expect(delays).toEqual([afterMs]);
    } else {
      const error = await run.catch((caught: unknown) => caught);
      expect(CapillaryError.is(error)).toBe(true);
      expect(calls()).toBe(1);
    }
  });
});

describe('cockatiel with handleWhen(isRetryable)', () => {
  it.each(Object.entries(cases))('%s', async (_, { first, retried, afterMs }) => {
    const policy = retry(handleWhen(isRetryable), { maxAttempts: 3, backoff: new ConstantBackoff(1) });
    const delays: (number | undefined)[] = [];
    policy.onRetry((reason) => void delays.push('error' in reason ? retryAfterMs(reason.error) : undefined));
    const { call, calls } = client(first);
    if (retried) {
      await expect(policy.execute(call)).resolves.toMatchObject({ ok: true });
      expect(calls()).toBe(2);
      expect(delays).toEqual([afterMs]);
    } else {
      const error = await policy.execute(call).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CapillaryError);
      expect(calls()).toBe(1);
    }
  });
});

describe('isRetryable and retryAfterMs', () => {
  const limited = readResponse(undefined, { httpStatus: 503, headers: { 'Retry-After': '4' } });

  it('read a CapillaryError, a reading, an item, a status, a resolution and an entry', () => {
    expect([isRetryable(limited), retryAfterMs(limited)]).toEqual([true, 4000]);
    const error = CapillaryError.from(limited);
    expect([isRetryable(error), retryAfterMs(error)]).toEqual([true, 4000]);
    const batch = readResponse([{ errors: [{ status: false, code: retryableEntry.code, message: retryableEntry.message }] }, {}], { resource: retryableEntry.resource, headers: { 'Retry-After': '1' } });
    expect([isRetryable(batch.items[0]), retryAfterMs(batch.items[0])]).toEqual([true, 1000]);
    expect([isRetryable(batch.items[1]), retryAfterMs(batch.items[1])]).toEqual([false, undefined]);
    expect(isRetryable(batch.failures[0])).toBe(true);
    expect(retryAfterMs(batch.failures[0])).toBeUndefined();
    expect(isRetryable(resolve(retryableEntry.code, { message: retryableEntry.message, resource: retryableEntry.resource }))).toBe(true);
    expect(isRetryable(retryableEntry)).toBe(true);
    expect(isRetryable(entries.CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS)).toBe(false);
    expect(isRetryable(new CapillaryError('CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS'))).toBe(false);
  });

  it('trust only a sure entry: an ambiguous or unknown resolution, or a success, is not retryable', () => {
    const tie = resolve(1101);
    expect(tie.status).toBe('ambiguous');
    expect(isRetryable(tie)).toBe(false);
    expect(isRetryable(resolve(987654))).toBe(false);
    expect(isRetryable(readResponse({ warnings: [{ code: retryableEntry.code, message: retryableEntry.message }] }).warnings[0])).toBe(true);
    expect(isRetryable(readResponse({ response: { status: { success: 'true', code: 200, message: 'SUCCESS' } } }).statuses[0])).toBe(false);
  });

  it('say false and undefined for anything else, without throwing', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = new Proxy({}, { get: () => { throw new Error('trap'); } });
    const lookalike = { retry: { retryable: 'yes', afterMs: 5 } };
    for (const value of [new Error('socket hang up'), undefined, null, 'retry', 429, {}, [], proxy, throwing, lookalike, { name: 'CapillaryError', retryable: true }]) {
      expect(isRetryable(value)).toBe(false);
      expect(retryAfterMs(value)).toBeUndefined();
    }
  });
});
