import type { EntryShape } from './codes/index.js';
import type { FormatOptions } from './format.js';
import type { LooseParams, NoPlaceholders, ParamName, ParamValue } from './template.js';

/**
 * The types that make a call by key check what it should and say what is wrong in words: an
 * unknown key ("is not a key ...; did you mean ..."), a key whose params are missing ("needs
 * the params {x}"), an extra or misnamed param (the compiler names it), params for a message
 * without placeholders (`NoPlaceholders`). Each entry point gives them its own name, keys,
 * params and placeholders (`Keyed`); test/compile-errors.test.ts holds the wording.
 *
 * Cost: a few conditional types per call. The params a key needs are looked up in a map the
 * generator writes out (src/codes/generated/: only the keys that have placeholders), never read
 * from the entry's type or parsed from its template: a lookup in that small map made a call by
 * key about 5x cheaper to check than a conditional over the entry type.
 */

/** What an entry point knows about its keys. */
export interface Keyed {
  /** The import path, which the sentences name: a key of another view is no key here. */
  readonly entryPoint: string;
  readonly key: string;
  /** Key → the names of its placeholders, for the keys that have some (`'x' | 'y'`). */
  readonly params: object;
  /** Key → its placeholders as messages write them, for the same keys (`'{x}, {y}'`). */
  readonly placeholders: object;
}

/** The placeholder names of a key; a key without any is not listed. */
type ParamsOfKey<K, V extends Keyed> = K extends keyof V['params'] ? V['params'][K] & string : never;

/** `K` with one of its words, any one, replaced by any text: the keys a one-word slip could have meant. */
type OneWordOff<K extends string> = K extends `${infer Word}_${infer Rest}` ? `${string}_${Rest}` | `${Word}_${OneWordOff<Rest>}` : string;

/** The keys `K` begins with, or that begin with `K`: a letter too many or too few at the end. */
type PrefixOf<K extends string, Keys extends string> = K extends string
  ? Extract<Keys, `${K}${string}`> | { [Key in Keys]: K extends `${Key}${string}` ? Key : never }[Keys]
  : never;

/** The keys `K` could be with one word slipped. */
type OneWordFrom<K extends string, Keys extends string> = K extends string ? Extract<Keys, OneWordOff<K>> : never;

type IsUnion<T, All = T> = T extends unknown ? ([All] extends [T] ? false : true) : never;
/** `U` when it is exactly one type, else never. */
type Single<U> = [U] extends [never] ? never : IsUnion<U> extends false ? U : never;

/** The one key a key that is none most likely meant, or never when no single key stands out. */
type Suggestion<K extends string, Keys extends string> = [Single<PrefixOf<K, Keys>>] extends [never]
  ? Single<OneWordFrom<K, Keys>>
  : Single<PrefixOf<K, Keys>>;

/**
 * The type a key that is no key must match: a sentence the compiler shows.
 *
 * The suggestion scans every key, so it must run only for a literal that is no key, and two
 * things made every call by key pay for it. The compiler asks for this type with `K` widened
 * to `string` (the argument's contextual type while `K` is inferred): the `string extends K`
 * check answers that at once. And it walks the branches of a conditional type while
 * inferring: `PrefixOf` and `OneWordFrom` open with a check on `K`, so their scans wait behind
 * it. Without either, the first call by key cost 10,500 instantiations; without the second, 4,000.
 */
export type NotAKey<K extends string, Keys extends string, EntryPoint extends string> = string extends K
  ? `a key of ${EntryPoint}`
  : [Suggestion<K, Keys>] extends [never]
    ? `${K} is not a key of ${EntryPoint}`
    : `${K} is not a key of ${EntryPoint}; did you mean ${Suggestion<K, Keys>}?`;

/** The first argument: a key of the catalog (anything else is a sentence saying it is not one), or an entry. */
export type KeyOrEntry<T, V extends Keyed> = T extends string ? (T extends V['key'] ? T : NotAKey<T, V['key'], V['entryPoint']>) : T;

/** Params and options for a message whose placeholders are `P`. */
export type PlaceholderArgs<P extends string, Options = FormatOptions> = string extends P
  ? [params?: LooseParams, options?: Options]
  : [P] extends [never]
    ? [params?: NoPlaceholders, options?: Options]
    : [params: { readonly [Name in P]: ParamValue }, options?: Options];

/** Params and options for any key or entry, checked at run time. */
type AnyArgs<Options> = [params?: LooseParams, options?: Options];

/**
 * What follows the first argument. A literal key or entry: its params, checked. A key or entry
 * known only at run time (a union of keys, such as `Key` or `ErrorKey`, or `Entry`): any
 * params, checked at run time. A generic helper's caller who gives a key that is none leaves
 * its `K` at the constraint, a union: the error then names the key, not a count of arguments.
 */
export type ArgsOf<T, V extends Keyed, Options = FormatOptions> = [T] extends [string]
  ? [V['key']] extends [T]
    ? AnyArgs<Options>
    : true extends IsUnion<T>
      ? AnyArgs<Options>
      : PlaceholderArgs<ParamsOfKey<T, V>, Options>
  : [T] extends [EntryShape]
    ? [V['key']] extends [T['key']]
      ? AnyArgs<Options>
      : true extends IsUnion<T['key']>
        ? AnyArgs<Options>
        : PlaceholderArgs<T['params'][number], Options>
    : never;

/**
 * The type a key given without the params it needs must match: a sentence naming them (or,
 * for a key that is none, the sentence `NotAKey` gives). The second member is never once `K`
 * is known; it is there because the compiler infers `K` from a member that holds it bare.
 */
export type MissingParams<K extends string, V extends Keyed> =
  | (K extends keyof V['placeholders'] ? `${K} needs the params ${V['placeholders'][K] & string}` : NotAKey<K, V['key'], V['entryPoint']>)
  | (K & (K extends never ? unknown : never));

/** Whether the first placeholder of a text holds a comma, as ICU's `{count, plural, ...}` does. */
type IsIcu<Text extends string> = Text extends `${string}{${infer Name},${string}` ? (Name extends `${string}}${string}` ? false : true) : false;

type SameNames<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * Checks each literal translation against its entry; translations typed `string` pass to the
 * runtime check. A wrong one must match a sentence naming the placeholders its entry has.
 */
export type CheckedTranslations<T, V extends Keyed> = string extends keyof T
  ? T
  : {
      readonly [K in keyof T]: K extends V['key']
        ? T[K] extends string
          ? string extends T[K]
            ? T[K]
            : T[K] extends `${string}{{${string}`
              ? `the translation of ${K & string} uses i18next's {{x}}: the catalog writes placeholders {x}`
              : IsIcu<T[K]> extends true
                ? `the translation of ${K & string} uses ICU MessageFormat's {x, …}: the catalog writes placeholders {x}`
                : SameNames<ParamsOfKey<K, V>, ParamName<T[K]>> extends true
                ? T[K]
                  : `the translation of ${K & string} must use exactly ${K extends keyof V['placeholders'] ? V['placeholders'][K] & string : 'no placeholders'}`
          : string
        : `${K & string} is not a key of ${V['entryPoint']}`;
    };
