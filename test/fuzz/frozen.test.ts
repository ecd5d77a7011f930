import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { CapillaryError, catalog, defineMessages, entries, find, match, resolve } from 'capillary-codes/customers';
import { anyText, anyValue, catalogText, codeLike, expectUntouched, prototypeNames, prototypesUntouched, real, runs, TIMEOUT } from './hostile.js';

afterEach(expectUntouched);

/** Every object reachable from `roots` through own properties, each once. */
function reachable(...roots: unknown[]): object[] {
  const seen = new Set<object>();
  const stack = [...roots];
  while (stack.length) {
    const value = stack.pop();
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) continue;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) stack.push(Object.getOwnPropertyDescriptor(value, key)!.value);
  }
  return [...seen];
}

const table = reachable(catalog, entries);

function snapshot(target: object): unknown[] {
  return [Object.getPrototypeOf(target), ...Reflect.ownKeys(target).flatMap((key) => [key, Object.getOwnPropertyDescriptor(target, key)!.value])];
}

const mutations = ['set', 'set existing', 'delete existing', 'define', 'redefine existing', 'set prototype', 'push', 'pop', 'unshift', 'length'] as const;
type Mutation = (typeof mutations)[number];

/** Tries one mutation the way strict-mode code would; returns what was thrown, if anything. */
function mutate(target: object, how: Mutation, key: PropertyKey, value: unknown): unknown {
  const bag = target as Record<PropertyKey, unknown>;
  const own = Reflect.ownKeys(target);
  const existing = own.length ? own[Math.abs(String(key).length) % own.length]! : key;
  // An array's length must be a number, else a RangeError comes before the frozen check.
  const another = (name: PropertyKey) => (Array.isArray(target) && name === 'length' ? target.length + 1 : {});
  try {
    switch (how) {
      case 'set':
        // `x.__proto__ = primitive` is a no-op by the language's rules, not a write: give it an object.
        bag[key] = key === '__proto__' ? {} : value;
        break;
      case 'set existing':
        bag[existing] = value;
        break;
      case 'delete existing':
        delete bag[existing];
        break;
      case 'define':
        Object.defineProperty(target, key, { value: another(key), writable: true, configurable: true, enumerable: true });
        break;
      case 'redefine existing':
        Object.defineProperty(target, existing, { value: another(existing) });
        break;
      case 'set prototype':
        Object.setPrototypeOf(target, { planted: true });
        break;
      case 'push':
        (target as unknown[]).push(value);
        break;
      case 'pop':
        (target as unknown[]).pop();
        break;
      case 'unshift':
        (target as unknown[]).unshift(value);
        break;
      case 'length':
        (target as unknown[]).length = 0;
        break;
    }
  } catch (error) {
    return error;
  }
  return undefined;
}

const arrayOnly = new Set<Mutation>(['push', 'pop', 'unshift', 'length']);
const key = fc.oneof(anyText, fc.constantFrom<PropertyKey>(...prototypeNames, 'code', 'key', 'message', '0', 'length', Symbol.iterator, Symbol('planted')));

function expectMutationRefused(target: object, how: Mutation, name: PropertyKey, value: unknown): void {
  if (arrayOnly.has(how) && !Array.isArray(target)) return;
  if ((how === 'set existing' || how === 'delete existing' || how === 'redefine existing') && !Reflect.ownKeys(target).length) return;
  const before = snapshot(target);
  const thrown = mutate(target, how, name, value);
  // ES modules are strict: a write to a frozen object throws a TypeError instead of failing silently.
  expect(thrown, `${how} ${String(name)}`).toBeInstanceOf(TypeError);
  expect(snapshot(target)).toEqual(before);
}

describe('fuzz: immutability', () => {
  it('freezes the catalog, `entries`, every entry and every nested array', () => {
    const arrays = table.filter((value) => Array.isArray(value));
    // The catalog, the params of each entry, operations and aliases: a walk that found them all.
    for (const entry of catalog) expect(table).toContain(entry);
    for (const entry of catalog) expect(arrays).toContain(entry.params);
    expect(table.filter((value) => !Object.isFrozen(value))).toEqual([]);
    expect(Object.getPrototypeOf(entries)).toBeNull();
  });

  it('refuses, with a TypeError, every mutation of anything in the table', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...table), fc.constantFrom(...mutations), key, anyValue, (target, how, name, value) => {
        expectMutationRefused(target, how, name, real(value));
        expect(prototypesUntouched()).toBe(true);
      }),
      runs(),
    );
  });

  const answers = fc.oneof(
    fc.tuple(codeLike, fc.option(fc.constantFrom('error', 'warning', 'success'), { nil: undefined })).map(([code, category]) => () => find(code, category && { category })),
    fc.tuple(codeLike, fc.option(catalogText, { nil: undefined })).map(([code, message]) => () => resolve(code, message === undefined ? undefined : { message })),
    catalogText.map((text) => () => match(text)),
    fc.constantFrom(...catalog).map((entry) => () => new CapillaryError(entry, Object.fromEntries(entry.params.map((name) => [name, name]))).params),
    fc.constant(() => defineMessages({ DATE_IN_PAST: '{x} ne peut pas être une date passée.' })),
  );

  it('freezes every answer it hands out twice, so no caller can change what the next caller gets', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...mutations), key, anyValue, (ask, how, name, value) => {
        const first = ask();
        const second = ask();
        expect(second).toEqual(first);
        const shared = reachable(first).filter((object) => reachable(second).includes(object) && !table.includes(object));
        for (const object of shared) {
          expect(Object.isFrozen(object)).toBe(true);
          expectMutationRefused(object, how, name, real(value));
        }
        expect(ask()).toEqual(first);
      }),
      runs(),
    );
  });
});
