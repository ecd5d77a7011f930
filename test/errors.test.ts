import { describe, expect, it } from 'vitest';
import { CapillaryError, defineMessages, entries, resolve } from 'capillary-codes/customers';

describe('CapillaryError', () => {
  it('carries the entry and formats its message', () => {
    const error = new CapillaryError('ADD_CUSTOMER_EXISTS', { 0: '42' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CapillaryError');
    expect(error.message).toBe('Add failed, Customer already exists with id 42 for same source');
    expect([error.key, error.code, error.category]).toEqual(['ADD_CUSTOMER_EXISTS', 8006, 'error']);
    expect(error.entry).toBe(entries.ADD_CUSTOMER_EXISTS);
    expect(error.params).toEqual({ 0: '42' });
    expect(Object.isFrozen(error.params)).toBe(true);
    expect(String(error)).toBe('CapillaryError: Add failed, Customer already exists with id 42 for same source');
  });

  it('writes its message, key, code, category, resource and params as JSON, not the entry or the cause', () => {
    const error = new CapillaryError('ADD_CUSTOMER_EXISTS', { 0: '42' }, { cause: new Error('socket hang up') });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'CapillaryError',
      message: 'Add failed, Customer already exists with id 42 for same source',
      key: 'ADD_CUSTOMER_EXISTS',
      code: 8006,
      category: 'error',
      resource: 'customers',
      params: { 0: '42' },
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

  it('is() recognises an error from another copy of the package, where instanceof cannot', async () => {
    // A query makes the module loader evaluate the file again: a second class, as two installs would have.
    const copy = '../src/views/customers.ts?second-copy';
    const other = (await import(/* @vite-ignore */ copy)) as typeof import('../src/views/customers.js');
    expect(other.CapillaryError).not.toBe(CapillaryError);
    const foreign = new other.CapillaryError('VALIDATION_FAILED');
    expect(foreign instanceof CapillaryError).toBe(false);
    expect(CapillaryError.is(foreign)).toBe(true);
    expect(other.CapillaryError.is(new CapillaryError('VALIDATION_FAILED'))).toBe(true);
  });

  it('is() of one entry point recognises an error of another (each view has its own class)', async () => {
    const root = await import('capillary-codes');
    const fromRoot = new root.CapillaryError('VALIDATION_FAILED');
    expect(fromRoot instanceof CapillaryError).toBe(false);
    expect(CapillaryError.is(fromRoot)).toBe(true);
    expect(root.CapillaryError.is(new CapillaryError('VALIDATION_FAILED'))).toBe(true);
  });
});
