import type { EntryShape } from './codes/index.js';
import { kinds, origins, type Origin, type Resource } from './codes/resources.js';
import type { Category } from './codes/row.js';
import { paramNames } from './template.js';

/**
 * A catalog at run time: the entries of some resources, unpacked from src/codes/generated/ on
 * first use. The root entry's catalog holds every resource; a view's, its resource and the
 * request-level one.
 *
 * Why on first use: import time. Unpacking and freezing 2,000 entries takes about 5 ms in a
 * fresh process, which would double the whole cost of importing the package; nothing an app
 * imports should pay it before it asks. So `catalog` and `entries` are frozen proxies over a
 * frozen array and a frozen prototype-free object that the first read fills; every answer
 * they give is the filled target's, so they read, iterate, `Array.isArray` and
 * `JSON.stringify` as the plain values they stand for. `structuredClone` refuses proxies:
 * clone `[...catalog]`.
 */

type Entry = EntryShape;

/** One resource's packed entries: `[codes, rows, pages]` (format: scripts/pack-catalog.mjs). */
export type Packed = readonly [codes: string, rows: string, pages: string];

/** A resource's own packed entries, or (`undefined`) entries shared in, whose runs name their home. */
export type Part = readonly [resource: Resource | undefined, packed: Packed];

export interface Catalog {
  /** The entries, in part order and file order within a part; unpacked on first call, frozen. */
  readonly list: () => readonly Entry[];
  /** The entries by key, prototype-free and frozen. */
  readonly byKey: () => Readonly<Record<string, Entry>>;
  /** The objects `list` and `byKey` fill in place, for `lazyList` and `lazyRecord` to stand over. */
  readonly targets: { readonly list: Entry[]; readonly byKey: Record<string, Entry> };
}

/** A key from its packed spelling: capital letters pick the message's words, `A` the next one. */
function keyOf(spelling: string, message: string): string {
  const said = message.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  let taken = 0;
  return spelling
    .match(/[A-Z]|[a-z0-9]+/g)!
    .map((word) => {
      if (word < 'A' || word > 'Z') return word;
      const at = (taken + word.charCodeAt(0) - 65) % said.length;
      taken = at + 1;
      return said[at];
    })
    .join('_')
    .toUpperCase();
}

const noParams: readonly string[] = Object.freeze([]);

function unpack([home, [codes, rows, pages]]: Part, into: Entry[]): void {
  const deltas = codes.split(',');
  // `t`, `p` or `s` (the origin's first letter), then the address.
  const documented = pages.split('\n').map((page) => [origins.find((origin) => origin[0] === page[0])!, page.slice(1)] as const);
  let run: readonly string[] = [];
  let code = 0;
  let count = 0;
  for (const row of rows.split('\n')) {
    const [spelling, message, kindAndPage, operations, aliases, paraphrase, sharedWith] = row.split('|') as [string, ...(string | undefined)[]];
    // A line without fields starts a run of entries: `category api [home]`.
    if (message === undefined) {
      run = spelling.split(' ');
      continue;
    }
    code += parseInt(deltas[count++]!, 36);
    // Fields in the order of an Entry, as JSON shows them.
    const entry = { key: keyOf(spelling, message), code, category: run[0] as Category, resource: (home ?? run[2]) as Resource } as {
      -readonly [P in keyof Entry]: Entry[P];
    };
    if (sharedWith) entry.sharedWith = Object.freeze(sharedWith.split(' ') as Resource[]);
    entry.message = message;
    entry.params = message.includes('{') ? Object.freeze(paramNames(message)) : noParams;
    entry.api = run[1] as Entry['api'];
    if (operations) entry.operations = Object.freeze(operations.split(' '));
    if (aliases) entry.aliases = Object.freeze(aliases.split('\t'));
    if (paraphrase) entry.paraphrase = true;
    // A letter per kind (upper case: retryable), counting on past the kinds for a developer's
    // entry; `~` a developer's success; then the index of its page, where not the first.
    const [, kind, page] = /^(\D?)(\d*)$/.exec(kindAndPage ?? '')!;
    let developer = kind === '~';
    if (kind && !developer) {
      const lower = kind.toLowerCase();
      let index = lower.charCodeAt(0) - 97;
      developer = index >= kinds.length;
      if (developer) index -= kinds.length;
      entry.kind = kinds[index]!;
      entry.retryable = kind !== lower;
    }
    entry.audience = developer ? 'developer' : 'user';
    [entry.origin, entry.docs] = documented[page ? Number(page) : 0]! as readonly [Origin, string];
    into.push(Object.freeze(entry));
  }
}

// Node's console.log shows a proxy's target without asking the proxy: the target says what it holds.
const inspect = Symbol.for('nodejs.util.inspect.custom');

/** A frozen proxy over `target` that `ready` fills and freezes before the proxy gives any answer. */
function lazy<T extends object>(target: T, ready: () => T, copy: (target: T) => object): T {
  Object.defineProperty(target, inspect, {
    value: Object.freeze((_depth: number, options: object, show: (value: unknown, options: object) => string) => show(copy(ready()), options)),
  });
  return new Proxy(target, {
    get: (_, name) => Reflect.get(ready(), name),
    has: (_, name) => Reflect.has(ready(), name),
    ownKeys: () => Reflect.ownKeys(ready()),
    getOwnPropertyDescriptor: (_, name) => Reflect.getOwnPropertyDescriptor(ready(), name),
    isExtensible: () => Reflect.isExtensible(ready()),
    preventExtensions: () => Reflect.preventExtensions(ready()),
    set: (_, name, value) => Reflect.set(ready(), name, value),
    defineProperty: (_, name, descriptor) => Reflect.defineProperty(ready(), name, descriptor),
    deleteProperty: (_, name) => Reflect.deleteProperty(ready(), name),
  });
}

/**
 * The catalog of some packed parts. Nothing is unpacked until the first lookup or read.
 * @example
 * const catalog = catalogOf([['api', api.home], ['customers', customers.home]]);
 */
export function catalogOf(parts: readonly Part[]): Catalog {
  // Filled in place: the proxies stand over these same objects from the start.
  const entries: Entry[] = [];
  const keyed: Record<string, Entry> = Object.create(null);
  const list = (): readonly Entry[] => {
    if (!Object.isFrozen(entries)) {
      for (const part of parts) unpack(part, entries);
      Object.freeze(entries);
    }
    return entries;
  };
  const byKey = (): Readonly<Record<string, Entry>> => {
    if (!Object.isFrozen(keyed)) {
      for (const entry of list()) keyed[entry.key] = entry;
      Object.freeze(keyed);
    }
    return keyed;
  };
  return { list, byKey, targets: { list: entries, byKey: keyed } };
}

/** `catalog` of an entry point: a frozen proxy over the list that fills it on first read. */
export function lazyList<E extends Entry>(catalog: Catalog): readonly E[] {
  return lazy(catalog.targets.list, catalog.list as () => Entry[], (target) => [...target]) as readonly Entry[] as readonly E[];
}

/** `entries` of an entry point: a frozen proxy over the entries by key that fills them on first read. */
export function lazyRecord<M>(catalog: Catalog): M {
  return lazy(catalog.targets.byKey, catalog.byKey as () => Record<string, Entry>, (target) => ({ ...target })) as M;
}
