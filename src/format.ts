import type { EntryShape } from './codes/index.js';
import { escapeHtml } from './html.js';
import { read } from './safely.js';
import { splitTemplate, type LooseParams, type NoPlaceholders, type ParamName, type Params } from './template.js';

/**
 * Formatting of an entry you already hold. This module never touches the table, so a
 * bundle that formats entries (from `resolve`, or `capillary-codes/catalog.json`) stays
 * under a kilobyte; `capillary-codes` adds formatting by key on top.
 */

declare const validated: unique symbol;

/** Per-locale wording keyed by entry key, checked by `defineMessages`. */
export type Messages<K extends string = string> = { readonly [Q in K]?: string } & { readonly [validated]: true };

/** Every field may be `undefined` (as not given). */
export interface FormatOptions {
  /** Wording to use instead of the table's, from `defineMessages`. */
  readonly messages?: Messages | undefined;
  /** A param without a value: `'keep'` shows its placeholder (the default); `'throw'` raises a TypeError. */
  readonly missing?: 'keep' | 'throw' | undefined;
  /** `'html'` escapes each inserted value (never the template) for HTML text and attributes. */
  readonly escape?: 'html' | undefined;
}

/** A piece of a formatted message: template text, or an inserted value. */
export type Part = string | { readonly param: string; readonly value: string };

/**
 * What follows the template argument: params typed from the template, then options.
 * Without placeholders params may be omitted or `{}`; a template only known as `string`
 * takes any params.
 */
export type FormatArgs<Template extends string, Options = FormatOptions> = string extends Template
  ? [params?: LooseParams, options?: Options]
  : [ParamName<Template>] extends [never]
    ? [params?: NoPlaceholders, options?: Options]
    : [params: Params<Template>, options?: Options];

const templates = new Map<string, readonly string[]>();
const maxCachedTemplates = 2048;

// The parsed form of a template; the cache only saves work, it never changes an answer.
function partsOf(template: string): readonly string[] {
  let parts = templates.get(template);
  if (!parts) {
    parts = splitTemplate(template);
    if (templates.size < maxCachedTemplates) templates.set(template, parts);
  }
  return parts;
}

/** The template to fill: a translation, else the entry's message; a bare string is its own text. */
function templateOf(entry: unknown, messages: unknown): string | undefined {
  if (typeof entry === 'string') return entry;
  const key = messages === undefined ? undefined : read(entry, 'key');
  const translated = typeof key === 'string' && safelyOwns(messages, key) ? read(messages, key) : undefined;
  const template = typeof translated === 'string' ? translated : read(entry, 'message');
  return typeof template === 'string' ? template : undefined;
}

function safelyOwns(value: unknown, name: string): boolean {
  try {
    return Object.hasOwn(value as object, name);
  } catch {
    return false;
  }
}

/** What a missing-param error calls the entry: its key, or the bare text it was given. */
function nameOf(entry: unknown): string {
  return typeof entry === 'object' && entry !== null ? String(read(entry, 'key')) : String(entry);
}

function valueOf(params: unknown, name: string): string | undefined {
  if (typeof params !== 'object' || params === null) return undefined;
  try {
    // Read first, check ownership only for a usable value: one lookup on the common miss.
    const value: unknown = (params as Record<string, unknown>)[name];
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    return Object.hasOwn(params, name) ? String(value) : undefined;
  } catch {
    return undefined;
  }
}

/** Fills a template; with `pieces`, also records each piece there. One loop, for both. */
function render(entry: unknown, params: unknown, options: unknown, pieces?: Part[]): string {
  const template = templateOf(entry, read(options, 'messages'));
  if (template === undefined) return '';
  const parts = partsOf(template);
  let text = parts[0]!;
  if (pieces && text) pieces.push(text);
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const literal = parts[i + 1]!;
    const given = valueOf(params, name);
    if (given === undefined && read(options, 'missing') === 'throw') {
      throw new TypeError(`Missing param "${name}" for ${nameOf(entry)}: the template "${template}" needs it`);
    }
    const value = given === undefined ? `{${name}}` : read(options, 'escape') === 'html' ? escapeHtml(given) : given;
    if (pieces) {
      pieces.push(given === undefined ? value : { param: name, value });
      if (literal) pieces.push(literal);
    }
    text += value + literal;
  }
  return text;
}

/**
 * Formats an entry's message (or its translation) with params. Each value is inserted
 * once and never re-read as a template; a missing one stays visible as its placeholder.
 * @example
 * format(entries.ADD_CUSTOMER_EXISTS, { 0: '42' });
 * // 'Add failed, Customer already exists with id 42 for same source'
 */
export function format<E extends EntryShape>(entry: E, ...args: FormatArgs<E['message']>): string;
export function format(entry: unknown, params?: unknown, options?: unknown): string {
  return render(entry, params, options);
}

/**
 * Formats into pieces, so a UI can style each inserted value. It returns strings and
 * `{ param, value }` objects, never markup.
 * @example
 * formatParts(entries.CARD_ACTIONS_NOT_ALLOWED, { 0: 'BLOCKED' });
 * // ['Card is ', { param: '0', value: 'BLOCKED' }, ', not allowed to do any further actions']
 */
export function formatParts<E extends EntryShape>(entry: E, ...args: FormatArgs<E['message']>): Part[];
export function formatParts(entry: unknown, params?: unknown, options?: unknown): Part[] {
  const pieces: Part[] = [];
  render(entry, params, options, pieces);
  return pieces;
}
