import fc from 'fast-check';
import { expect } from 'vitest';
import { catalog, entries, type Entry } from 'capillary-codes/customers';

/**
 * What the fuzz suite throws at the library: arbitraries for any JS value a caller, a
 * server or a log can hand over, and the checks every property repeats (nothing leaked
 * into the prototypes, the catalog unchanged).
 */

/** Runs per property: a sample of 300 in `npm test`, which must stay fast; 100,000 in `npm run fuzz`. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
/** Properties over 1 MB inputs cost up to a second per run: a few runs, a hundred in `npm run fuzz`. */
export const HUGE_RUNS = Math.max(5, Math.round(RUNS / 1000));
/** The config's 30 s is sized for a thousand runs; 100,000 runs of the slowest properties take minutes. */
export const TIMEOUT = Math.max(60_000, RUNS * 40);

/** Run counts, with the inputs that once broke something run first, every time, whatever the seed. */
export const runs = <T>(numRuns = RUNS, examples: T[] = []): fc.Parameters<T> => ({ numRuns, examples });

/** Raised by every hostile getter and trap, so that an escaped one is recognisable. */
class Trap extends Error {
  override name = 'Trap';
}

const trap = (): never => {
  throw new Trap('hostile input');
};

const allTraps: ProxyHandler<object> = {
  get: trap,
  set: trap,
  has: trap,
  ownKeys: trap,
  getOwnPropertyDescriptor: trap,
  getPrototypeOf: trap,
  setPrototypeOf: trap,
  defineProperty: trap,
  deleteProperty: trap,
  isExtensible: trap,
  preventExtensions: trap,
  apply: trap,
  construct: trap,
};

/** Names that reach into `Object.prototype` when a lookup forgets `hasOwn`. */
export const prototypeNames = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
  'prototype',
  'then',
  'length',
] as const;

/** Field names the library reads from hints, entries, options and payloads. */
const fieldNames = [
  'key',
  'code',
  'message',
  'category',
  'api',
  'operation',
  'params',
  'cause',
  'messages',
  'missing',
  'escape',
  'success',
  'status',
  'errors',
  'warnings',
  'warning',
  'response',
  'item_status',
  'customers',
  'customer',
  ...prototypeNames,
];

function throwingGetters(): object {
  const target = {};
  for (const name of fieldNames) Object.defineProperty(target, name, { get: trap, enumerable: true, configurable: true });
  Object.defineProperty(target, Symbol.toPrimitive, { get: trap });
  Object.defineProperty(target, Symbol.iterator, { get: trap });
  return target;
}

function throwingIndex(): unknown[] {
  const list = [8011, 'Invalid source'];
  Object.defineProperty(list, 0, { get: trap, enumerable: true });
  return list;
}

function cyclicObject(): object {
  const status: Record<string, unknown> = { code: 8011, message: 'Look up, Invalid source passed', success: 'false' };
  const payload: Record<string, unknown> = { errors: [status], warnings: { warning: [status] }, status, response: { status } };
  status['self'] = status;
  status['payload'] = payload;
  payload['payload'] = payload;
  return payload;
}

function cyclicArray(): unknown[] {
  const list: unknown[] = [8011, { code: '8006' }];
  list.push(list, { list });
  return list;
}

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** Same value on no two reads: catches code that reads a field twice and trusts both. */
function liar(): object {
  let reads = 0;
  const target = {};
  for (const name of fieldNames) {
    Object.defineProperty(target, name, {
      enumerable: true,
      get: () => (++reads % 2 ? 'SUBSCRIPTION_CHANNEL_UPDATE_FAILED' : { toString: trap }),
    });
  }
  return target;
}

/**
 * A hostile value, as fast-check holds it: fast-check probes every generated value (for a
 * clone method, to print it), and a proxy whose traps throw would break the runner instead
 * of the library. Properties turn recipes into values with `real`, fresh for each call.
 */
export class Recipe {
  constructor(
    readonly label: string,
    readonly make: () => unknown,
  ) {}
  [fc.toStringMethod](): string {
    return `<${this.label}>`;
  }
}

const recipes: Record<string, () => unknown> = {
  throwingGetters,
  throwingIndex,
  throwingProxy: () => new Proxy({}, allTraps),
  throwingArrayProxy: () => new Proxy([], allTraps),
  throwingFunctionProxy: () => new Proxy(() => 8011, allTraps),
  entryProxy: () => new Proxy(entries.DATE_IN_PAST, {}),
  revoked,
  cyclicObject,
  cyclicArray,
  nullPrototype: () => Object.assign(Object.create(null) as object, { key: 'DATE_IN_PAST', code: 8011, message: '{x}{__proto__}' }),
  jsonProto: () => JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "code": "8011", "key": "__proto__"}'),
  throwingPrimitive: () => ({ toString: trap, valueOf: trap, [Symbol.toPrimitive]: trap }),
  thenable: () => ({ then: (resolve: (value: unknown) => void) => resolve(8011) }),
  inheritsEntry: () => Object.create(entries.ADD_CUSTOMER_EXISTS),
  wrongCode: () => ({ ...entries.CUSTOMER_NOT_FOUND_FOR_ORG, code: 1 }),
  forgedEntry: () => ({ key: 'NOT_A_KEY', code: 8011, category: 'error', message: 'forged {0}', params: ['0'], api: 'v2' }),
  boxedNumber: () => new Number(8011),
  boxedString: () => new String('8011'),
  frozenList: () => Object.freeze([8011, '8011']),
  map: () => new Map([['code', 8011]]),
  invalidDate: () => new Date(NaN),
  regexp: () => /8011/g,
  error: () => new Error('8011'),
  bytes: () => new Uint8Array(16),
};

/** One hostile value by name, for the `examples` a property always runs: the inputs that once broke something. */
export function recipe(label: keyof typeof recipes | 'liar'): Recipe {
  return new Recipe(label, label === 'liar' ? liar : recipes[label]!);
}

/** Objects that break whoever reads them, each read giving the same answer. */
const steadyHostileObject: fc.Arbitrary<Recipe> = fc.constantFrom(...Object.entries(recipes).map(([label, make]) => new Recipe(label, make)));

/** Objects that break whoever reads them, a liar among them. */
export const hostileObject: fc.Arbitrary<Recipe> = fc.constantFrom(...Object.entries({ ...recipes, liar }).map(([label, make]) => new Recipe(label, make)));

function isPlain(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The value a generated input stands for: recipes made, at any depth of the plain objects and arrays fast-check built. */
export function real(value: unknown): unknown {
  if (value instanceof Recipe) return value.make();
  if (Array.isArray(value)) {
    if (Object.isFrozen(value)) return value;
    const made = value.map(real);
    return made.some((item, i) => item !== value[i]) ? made : value;
  }
  if (!isPlain(value) || Object.isFrozen(value)) return value;
  const made = Object.create(Object.getPrototypeOf(value)) as Record<PropertyKey, unknown>;
  let changed = false;
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
    if ('value' in descriptor) {
      const item = real(descriptor.value);
      changed ||= item !== descriptor.value;
      descriptor.value = item;
    }
    Object.defineProperty(made, key, descriptor);
  }
  return changed ? made : value;
}

const whiteSpace = ['', ' ', '  ', '\t', '\n', '\r\n', '\v', '\f', '\u00a0', '\ufeff', '\u2028', '\u3000', '\u200b', '\u180e'];

/** Text that looks like a number and may or may not be a code. */
export const numericText: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      before: fc.constantFrom(...whiteSpace),
      sign: fc.constantFrom('', '', '', '+', '-'),
      zeros: fc.constantFrom('', '', '', '0', '00'),
      digits: fc.oneof(fc.stringMatching(/^[0-9]{1,17}$/), fc.constantFrom(...catalog.map((entry) => String(entry.code)))),
      fraction: fc.constantFrom('', '', '', '.', '.0', '.5', ',0'),
      exponent: fc.constantFrom('', '', '', '', 'e0', 'e3', 'E+2', 'e-1'),
      after: fc.constantFrom(...whiteSpace),
    })
    .map((p) => `${p.before}${p.sign}${p.zeros}${p.digits}${p.fraction}${p.exponent}${p.after}`),
  fc.constantFrom(
    '0x1F4B',
    '0X1f4b',
    '0b1',
    '0o17',
    '1_000',
    '１０００',
    '٨٠١١',
    'Infinity',
    '-Infinity',
    'NaN',
    '8011abc',
    'abc8011',
    '80 11',
    '8011\u0000',
    '.5',
    '5.',
    '',
    ' ',
    '9007199254740991',
    '9007199254740992',
    '1000000000000000',
    '0'.repeat(40),
    ' '.repeat(31) + '1',
    ' '.repeat(32) + '1',
  ),
  fc.maxSafeNat().map(String),
  fc.bigInt({ min: 0n, max: 2n ** 64n }).map(String),
);

const specialNumber = fc.constantFrom(
  NaN,
  -0,
  0,
  Infinity,
  -Infinity,
  -1,
  0.5,
  8011.5,
  8011.000000000001,
  1e21,
  5e-324,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 1,
  2 ** 53 + 2,
  Number.MAX_VALUE,
  Number.EPSILON,
);

const catalogCode = fc.constantFrom(...new Set(catalog.map((entry) => entry.code)));

/** Codes of the catalog in every form the wire or a caller uses. */
export const codeLike: fc.Arbitrary<unknown> = fc.oneof(
  catalogCode,
  catalogCode.map(String),
  catalogCode.map((code) => BigInt(code)),
  catalogCode.map((code) => ` ${code}\n`),
  catalogCode.map((code) => `0${code}`),
  catalogCode.map((code) => `${code}.0`),
  catalogCode.map((code) => `${code}abc`),
  catalogCode.map((code) => -code),
  catalogCode.map((code) => code + 0.5),
);

/** Catalog wordings, as sent and as reworded: the text a server might send. */
export const catalogText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...catalog.flatMap((entry) => [entry.message, ...(entry.aliases ?? [])])), fc.nat(), fc.constantFrom('same', 'lower', 'upper', 'strip', 'shuffle', 'fill', 'cut'))
  .map(([text, seed, how]) => {
    switch (how) {
      case 'lower':
        return text.toLowerCase();
      case 'upper':
        return text.toUpperCase();
      case 'strip':
        return text.replace(/[^\p{L}\p{N}\s]/gu, ' ');
      case 'shuffle': {
        const words = text.split(' ');
        for (let i = words.length - 1; i > 0; i--) {
          const j = (seed + i) % (i + 1);
          [words[i], words[j]] = [words[j]!, words[i]!];
        }
        return words.join(' ');
      }
      case 'fill':
        return text.replace(/\{[^{}]*\}/g, () => `v${seed}`);
      case 'cut':
        return text.slice(0, 1 + (seed % text.length));
      default:
        return text;
    }
  });

/** Text with markup, placeholders, control characters and replacement patterns. */
export const trickyText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '{',
        '}',
        '{x}',
        '{y}',
        '{0}',
        '{1}',
        '{}',
        '{{x}}',
        '{__proto__}',
        '{constructor}',
        '{toString}',
        '$&',
        '$1',
        '$$',
        "$'",
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '"',
        "'",
        '`',
        '&',
        '&amp;',
        '&#60;',
        '\u0000',
        '\u001b[31m',
        '\r\n',
        '\u2028',
        '\ud800',
        '\udc00',
        '😀',
        'undefined',
        'null',
        ' ',
      ),
      fc.string({ maxLength: 8 }),
      fc.constantFrom(...prototypeNames),
    ),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(''));

/** Any string: ASCII, full Unicode with lone surrogates, graphemes, and the tricky kinds above. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  trickyText,
  numericText,
  catalogText,
  fc.constantFrom(...prototypeNames),
  fc.constantFrom(...catalog.map((entry) => entry.key)),
);

function anyValueWith(hostile: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withTypedArray: true,
      withSparseArray: true,
      stringUnit: 'binary',
      key: fc.oneof(fc.string(), fc.constantFrom(...prototypeNames, ...fieldNames)),
    }),
    { arbitrary: hostile, weight: 4 },
    anyText,
    codeLike,
    specialNumber,
    fc.bigInt(),
    fc.string().map((description) => Symbol(description)),
    fc.constantFrom(Symbol.iterator, Symbol.for('capillary-codes.CapillaryError'), undefined, null, true, false),
    fc.constantFrom(...catalog),
    fc.constant(null).map(() => () => 8011),
  );
}

/** Any JS value, with the hostile ones over-represented. */
export const anyValue: fc.Arbitrary<unknown> = anyValueWith(hostileObject);
/** Any JS value that answers every read the same way: for properties that call twice and compare. */
export const steadyValue: fc.Arbitrary<unknown> = anyValueWith(steadyHostileObject);

function bagWith(value: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.record(
      {
        category: fc.oneof(fc.constantFrom('success', 'error', 'warning'), value),
        api: fc.oneof(fc.constantFrom('v1.1', 'v2'), value),
        operation: fc.oneof(fc.constantFrom(...new Set(catalog.flatMap((entry) => entry.operations ?? []))), value),
        message: fc.oneof(anyText, value),
        code: fc.oneof(codeLike, value),
        messages: value,
        missing: fc.oneof(fc.constantFrom('keep', 'throw'), value),
        escape: fc.oneof(fc.constant('html'), value),
      },
      { requiredKeys: [] },
    ),
    value,
  );
}

/** Hints and options: plain objects with the fields the library reads, valid or not, or any value at all. */
export const anyBag: fc.Arbitrary<unknown> = bagWith(anyValue);
export const steadyBag: fc.Arbitrary<unknown> = bagWith(steadyValue);

// --- what must not change --------------------------------------------------------------

const guarded = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Error.prototype] as const;

function describeOwn(target: object): Map<PropertyKey, unknown[]> {
  const described = new Map<PropertyKey, unknown[]>();
  for (const key of Reflect.ownKeys(target)) {
    const d = Object.getOwnPropertyDescriptor(target, key)!;
    described.set(key, [d.value, d.get, d.set, d.writable, d.enumerable, d.configurable]);
  }
  return described;
}

const prototypesBefore = guarded.map(describeOwn);
// A deep copy: `catalog` is a proxy (src/catalog.ts), which structuredClone refuses; its items are plain.
const catalogBefore = structuredClone([...catalog]) as unknown as Entry[];
const catalogRefs = [...catalog];
const entriesBefore = Reflect.ownKeys(entries).map((key) => [key, (entries as unknown as Record<PropertyKey, unknown>)[key]] as const);

/** Cheap enough for every run: no property was added to, removed from or replaced on a prototype. */
export function prototypesUntouched(): boolean {
  return guarded.every((target, i) => {
    const before = prototypesBefore[i]!;
    const now = Reflect.ownKeys(target);
    if (now.length !== before.size) return false;
    for (const key of now) {
      const d = Object.getOwnPropertyDescriptor(target, key)!;
      const was = before.get(key);
      if (!was || was[0] !== d.value || was[1] !== d.get || was[2] !== d.set) return false;
    }
    return true;
  }) && ({} as Record<string, unknown>)['polluted'] === undefined;
}

/** After each test: the prototypes as they were, and the catalog equal to a deep copy taken at load. */
export function expectUntouched(): void {
  expect(prototypesUntouched(), 'Object.prototype and friends unchanged').toBe(true);
  expect(catalog).toStrictEqual(catalogBefore);
  expect(catalog.length).toBe(catalogRefs.length);
  catalogRefs.forEach((entry, i) => expect(catalog[i]).toBe(entry));
  expect(Reflect.ownKeys(entries).map((key) => [key, (entries as unknown as Record<PropertyKey, unknown>)[key]])).toEqual(entriesBefore);
  expect(Object.getPrototypeOf(entries)).toBeNull();
}

/** Runs `call`; a throw is returned, not raised, so a property can say which throws are documented. */
export function attempt<T>(call: () => T): { ok: true; value: T } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: call() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** A thrown value, described for an assertion message (it may itself be hostile). */
export function describeError(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : `non-error ${typeof error}`;
  } catch {
    return 'an unreadable throw';
  }
}

export const catalogSet: ReadonlySet<Entry> = new Set(catalog);

/** The placeholder grammar as the README states it, for oracles: `{name}`, no brace in the name. */
export const placeholderPattern = /\{([^{}]*)\}/g;

/**
 * A param value as the README defines it: an own property holding a string or a number;
 * anything else, or a property that cannot be read, is missing.
 */
export function documentedValue(params: unknown, name: string): string | undefined {
  if (typeof params !== 'object' || params === null) return undefined;
  try {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return undefined;
    const value: unknown = Reflect.get(params, name);
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
  } catch {
    return undefined;
  }
}
