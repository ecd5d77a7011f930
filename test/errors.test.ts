import { describe, expect, it } from 'vitest';
import { readResponse as readAnyResponse } from 'capillary-codes';
import { assertOk, CapillaryError, defineMessages, entries, readResponse, resolve } from 'capillary-codes/customers';

describe('CapillaryError', () => {
  it('carries the entry and formats its message', () => {
    const error = new CapillaryError('ADD_CUSTOMER_EXISTS', { 0: '42' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CapillaryError');
    expect(error.message).toBe('Add failed, Customer already exists with id 42 for same source');
    expect([error.key, error.code, error.category]).toEqual(['ADD_CUSTOMER_EXISTS', 8006, 'error']);
    // One class for every entry point: the entry is the first registered catalog's copy (equal, maybe not the same object).
    expect(error.entry).toEqual(entries.ADD_CUSTOMER_EXISTS);
    expect(error.params).toEqual({ 0: '42' });
    expect(Object.isFrozen(error.params)).toBe(true);
    expect(String(error)).toBe('CapillaryError: Add failed, Customer already exists with id 42 for same source');
  });

  it('writes its message, key, code, category, resource, params, kind, retryability and the entry’s docs as JSON, not the entry or the cause', () => {
    const error = new CapillaryError('ADD_CUSTOMER_EXISTS', { 0: '42' }, { cause: new Error('socket hang up') });
    // Every entry names the page that documents it.
    expect(entries.ADD_CUSTOMER_EXISTS.docs).toMatch(/^https:\/\//);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'CapillaryError',
      message: 'Add failed, Customer already exists with id 42 for same source',
      key: 'ADD_CUSTOMER_EXISTS',
      code: 8006,
      category: 'error',
      resource: 'customers',
      params: { 0: '42' },
      kind: entries.ADD_CUSTOMER_EXISTS.kind,
      retryable: false,
      docs: entries.ADD_CUSTOMER_EXISTS.docs,
    });
    // Error's own message is not enumerable: without toJSON a log would lose it.
    expect(Object.keys(new Error('x'))).not.toContain('message');
    expect(new CapillaryError('REQUEST_SUCCEEDED').resource).toBe('api');
  });

  it('takes a cause and translated wording', () => {
    const cause = new Error('socket hang up');
    const fr = defineMessages({ VALIDATION_FAILED: 'Échec de la validation.' });
    const error = new CapillaryError('VALIDATION_FAILED', {}, { cause, messages: fr });
    expect(error.cause).toBe(cause);
    expect(error.message).toBe('Échec de la validation.');
    expect('cause' in new CapillaryError('VALIDATION_FAILED')).toBe(false);
  });

  it('is built from a resolved entry and its params', () => {
    const resolution = resolve(8051, { message: 'Same Customer found in other sources, Merging with userId 9' });
    if (resolution.status !== 'resolved') throw new Error('expected a resolution');
    const error = new CapillaryError(resolution.entry, resolution.params);
    expect([error.key, error.message]).toEqual(['SAME_CUSTOMER_MERGING', 'Same Customer found in other sources, Merging with userId 9']);
  });

  it('throws a TypeError for an unknown key', () => {
    expect(() => new CapillaryError('NOPE' as never)).toThrow(new TypeError('CapillaryError expects a key of the catalog, got "NOPE"'));
    expect(() => new CapillaryError('toString' as never)).toThrow(TypeError);
    expect(() => new CapillaryError(42 as never)).toThrow('got number');
    expect(() => new CapillaryError({ key: 'FAKE', message: 'x' } as never)).toThrow('got "FAKE"');
    expect(() => new CapillaryError(null as never)).toThrow(/got null$/);
    expect(() => new CapillaryError({ key: ['A'] } as never)).toThrow(/got an array$/);
    // A long or multi-line name stays one short line: cut at 60 characters, line breaks escaped.
    expect(() => new CapillaryError(`${'X'.repeat(100)}\n` as never)).toThrow(new TypeError(`CapillaryError expects a key of the catalog, got "${'X'.repeat(60)}…"`));
    expect(() => new CapillaryError('A\u2028B' as never)).toThrow('got "A\\u2028B"');
  });

  it('is() recognises instances, and nothing else', () => {
    expect(CapillaryError.is(new CapillaryError('VALIDATION_FAILED'))).toBe(true);
    for (const value of [new Error('x'), { key: 'VALIDATION_FAILED', name: 'CapillaryError' }, null, undefined, 'CapillaryError', 1]) {
      expect(CapillaryError.is(value)).toBe(false);
    }
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(CapillaryError.is(hostile)).toBe(false);
  });

  it('is() and instanceof recognise an error from another copy of the package (the brand); a plain Error is none', async () => {
    // A query makes the module loader evaluate the file again: a second class, as two installs would have.
    const copy = '../src/errors.ts?second-copy';
    const other = (await import(/* @vite-ignore */ copy)) as typeof import('../src/errors.js');
    const { catalogOf } = await import('../src/catalog.js');
    const api = await import('../src/codes/generated/api.js');
    const OtherError = other.registered<typeof CapillaryError>(catalogOf([['api', api.home]]));
    expect(OtherError).not.toBe(CapillaryError);
    // Its catalog holds the request-level entries only.
    const foreign = new OtherError('REQUEST_SUCCEEDED');
    expect(foreign instanceof CapillaryError).toBe(true);
    expect(new CapillaryError('VALIDATION_FAILED') instanceof OtherError).toBe(true);
    expect(new Error('VALIDATION_FAILED') instanceof CapillaryError).toBe(false);
    expect(CapillaryError.is(foreign)).toBe(true);
    expect(OtherError.is(new CapillaryError('VALIDATION_FAILED'))).toBe(true);
    // A subclass keeps the prototype check: only its own instances are its.
    // (The entry point's class type has overloads of several return types, which `extends` refuses.)
    const Base = CapillaryError as unknown as new (key: 'VALIDATION_FAILED') => Error;
    class AppError extends Base {}
    expect(new CapillaryError('VALIDATION_FAILED') instanceof AppError).toBe(false);
    expect(new AppError('VALIDATION_FAILED') instanceof AppError).toBe(true);
  });

  it('is one class in the package: the root and every view export the same constructor, so instanceof holds across them', async () => {
    const root = await import('capillary-codes');
    const coupons = await import('capillary-codes/coupons');
    expect(root.CapillaryError).toBe(CapillaryError);
    expect(coupons.CapillaryError).toBe(CapillaryError);
    const fromRoot = new root.CapillaryError('VALIDATION_FAILED');
    expect(fromRoot instanceof CapillaryError).toBe(true);
    expect(new CapillaryError('ADD_CUSTOMER_EXISTS', { 0: '1' }) instanceof coupons.CapillaryError).toBe(true);
    // A key of a registered catalog is a key, whichever entry point constructs it.
    expect(new (coupons.CapillaryError as unknown as typeof CapillaryError)('ADD_CUSTOMER_EXISTS', { 0: '1' }).key).toBe('ADD_CUSTOMER_EXISTS');
    // An entry given is kept, the very object.
    expect(new CapillaryError(root.entries.ADD_CUSTOMER_EXISTS, { 0: '1' }).entry).toBe(root.entries.ADD_CUSTOMER_EXISTS);
  });
});

const notFound = { errors: [{ status: false, code: 8015, message: 'Customer not found for the given identifiers' }] };

describe('CapillaryError.from and assertOk', () => {
  it('names the first sure failure of a reading, with every failure, the server text, path, HTTP status, kind and retry advice', () => {
    const reading = readResponse(notFound, { httpStatus: 404, headers: { 'Retry-After': '5' } });
    const error = CapillaryError.from(reading);
    expect(error).toBeInstanceOf(CapillaryError);
    expect(CapillaryError.is(error)).toBe(true);
    expect([error.key, error.code, error.entry]).toEqual(['CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS', 8015, entries.CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS]);
    expect(error.statuses).toEqual(reading.failures);
    expect([error.serverMessage, error.path, error.httpStatus, error.kind, error.retryable, error.retryAfterMs]).toEqual([
      'Customer not found for the given identifiers',
      'errors.0',
      404,
      'not-found',
      false,
      undefined,
    ]);
    expect(error.message).toBe('Capillary request failed (HTTP 404): 8015 (CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS) at errors.0 "Customer not found for the given identifiers"; not retryable');
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'CapillaryError',
      message: error.message,
      key: 'CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS',
      code: 8015,
      category: 'error',
      resource: 'customers',
      params: {},
      kind: 'not-found',
      retryable: false,
      serverMessage: 'Customer not found for the given identifiers',
      path: 'errors.0',
      httpStatus: 404,
      docs: entries.CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS.docs,
    });
    expect(entries.CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS.docs).toMatch(/^https:\/\//);
  });

  it('for an unknown failure: no entry, key or code, the server text kept, HTTP semantics for the retry', () => {
    const reading = readResponse({ errors: [{ code: 987654, message: 'Upstream\nbroke' }] }, { httpStatus: 503, headers: { 'retry-after': '2' } });
    const error = CapillaryError.from(reading);
    expect([error.key, error.code, error.entry, error.resource, error.category]).toEqual([undefined, undefined, undefined, undefined, 'error']);
    expect([error.serverMessage, error.path, error.retryable, error.retryAfterMs]).toEqual(['Upstream\nbroke', 'errors.0', true, 2000]);
    // One line for a log, whatever the server sent.
    expect(error.message).toBe('Capillary request failed (HTTP 503): 987654 (not in the catalog) at errors.0 "Upstream\\nbroke"; retryable after 2000 ms');
    const json = JSON.parse(JSON.stringify(error));
    expect(json).not.toHaveProperty('key');
    // No entry, so no page documents it.
    expect(json).not.toHaveProperty('docs');
    expect(json).toMatchObject({ category: 'error', retryable: true, httpStatus: 503, serverMessage: 'Upstream\nbroke' });
  });

  it('for an ambiguous failure: no entry, and says so', () => {
    const error = CapillaryError.from(readAnyResponse({ errors: [{ code: 8093 }] }));
    expect(error.key).toBeUndefined();
    expect(error.message).toMatch(/8093 \(ambiguous\) at errors\.0/);
  });

  it('for a body that is no JSON: the HTTP status alone', () => {
    const error = CapillaryError.from(readResponse('<html>Bad Gateway</html>', { httpStatus: 502 }));
    expect([error.key, error.statuses, error.retryable, error.httpStatus]).toEqual([undefined, [], true, 502]);
    expect(error.message).toBe('Capillary request failed (HTTP 502): no status in the body; retryable');
  });

  it('from an item or a status: that failure; a failed 521 item is an error, not a warning', () => {
    const concurrent = 'Multiple actions running for the same customer, please try after some time';
    const reading = readResponse([{ entity: { id: 1 } }, { errors: [{ status: false, code: '521', message: concurrent }] }]);
    const fromItem = CapillaryError.from(reading.items[1]!);
    expect([fromItem.key, fromItem.category, fromItem.path, fromItem.retryable]).toEqual(['CONCURRENT_CUSTOMER_ACTIONS', 'error', '1.errors.0', entries.CONCURRENT_CUSTOMER_ACTIONS.retryable === true]);
    expect(entries.CONCURRENT_CUSTOMER_ACTIONS.category).toBe('warning');
    const fromStatus = CapillaryError.from(reading.failures[0]!);
    expect([fromStatus.key, fromStatus.path, fromStatus.httpStatus]).toEqual(['CONCURRENT_CUSTOMER_ACTIONS', '1.errors.0', undefined]);
  });

  it('says a batch partly failed, and counts the other failures', () => {
    const reading = readResponse([{ entity: { id: 1 } }, { errors: [{ status: false, code: 987654 }] }, { errors: [{ status: false, code: 816, message: 'Customer not found for organization' }] }]);
    expect(reading.outcome).toBe('partial');
    // The sure failure is named, though it comes second.
    expect(CapillaryError.from(reading).message).toBe('Capillary request partly failed: 816 (CUSTOMER_NOT_FOUND_FOR_ORG) at 2.errors.0 "Customer not found for organization"; 1 more failure; not retryable');
  });

  it('never throws, whatever it is given', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const value of [undefined, null, 42, 'x', {}, [], proxy, new Proxy({}, { get: () => { throw new Error('trap'); } }), { failures: [null, 1] }]) {
      const error = CapillaryError.from(value as never);
      expect(CapillaryError.is(error)).toBe(true);
      expect(error.message).toMatch(/^Capillary request failed/);
    }
  });

  it('assertOk returns an ok reading and throws the error of one that is not', () => {
    const ok = readResponse({ createdId: 1 }, { httpStatus: 200 });
    expect(assertOk(ok)).toBe(ok);
    const failed = readResponse(notFound, { httpStatus: 404 });
    expect(() => assertOk(failed)).toThrow(CapillaryError);
    try {
      assertOk(failed);
    } catch (error) {
      expect(CapillaryError.is(error) && error.key).toBe('CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS');
    }
    const item = readResponse([{ errors: [{ status: false, code: 8015 }] }]).items[0]!;
    expect(() => assertOk(item)).toThrow(/8015/);
  });
});
