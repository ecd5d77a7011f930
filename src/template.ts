/**
 * The placeholder grammar, once for the compiler and once for the runtime: a placeholder is
 * `{name}` with no brace inside the name, as in `{x}`, `{y}`, `{0}`. Both sides read a
 * template the same way, so what the types demand is what `format` fills.
 */

/** What a placeholder accepts. Anything else at run time is treated as missing. */
export type ParamValue = string | number;

/** The placeholder names of a template, as a union. */
export type ParamName<Template extends string> =
  Template extends `${string}{${infer Name}}${infer Rest}` ? InnermostName<Name> | ParamName<Rest> : never;

// In `{a {b}` the placeholder is `{b}`: a name holds no `{`.
type InnermostName<Name extends string> = Name extends `${string}{${infer Inner}` ? InnermostName<Inner> : Name;

/**
 * Params for a message without placeholders: `{}` or nothing. Any name is an error that says
 * so ("'x' does not exist in type 'NoPlaceholders'"): an interface whose one property is
 * optional is what makes the compiler check an object literal's names against it.
 */
export interface NoPlaceholders {
  readonly noPlaceholders?: never;
}

/** 0.1's name for `NoPlaceholders`. */
export type NoParams = NoPlaceholders;

/** Params for a template only known as `string` at compile time. */
export type LooseParams = { readonly [name: string]: ParamValue };

/**
 * The params object a template needs, read from its placeholders.
 * @example
 * const p: Params<'Card is {0}, not allowed'> = { 0: 'BLOCKED' };
 */
export type Params<Template extends string> = string extends Template
  ? LooseParams
  : [ParamName<Template>] extends [never]
    ? NoPlaceholders
    : { readonly [Name in ParamName<Template>]: ParamValue };

// `[^{}]` keeps the scan linear: no `{` run can make a match attempt re-read the text.
const placeholder = /\{([^{}]*)\}/g;

/** A template cut at its placeholders: text at even indexes, names at odd ones. */
export function splitTemplate(template: string): string[] {
  return template.split(placeholder);
}

/** Placeholder names in order of first appearance, each once. */
export function paramNames(template: string): string[] {
  const names: string[] = [];
  const parts = splitTemplate(template);
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}
