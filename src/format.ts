import type { Entry, Key } from './codes/index.js';
import { splitTemplate, type LooseParams, type NoParams, type ParamName, type Params } from './template.js';

/**
 * Formatting of an entry you already hold. This module never touches the table, so a
 * bundle that formats entries (from `resolve`, or `capillary-codes/catalog.json`) stays
 * under a kilobyte; `capillary-codes` adds formatting by key on top.
 */

declare const validated: unique symbol;

/** Per-locale wording keyed by entry key, checked by `defineMessages`. */
export type Messages = { readonly [K in Key]?: string } & { readonly [validated]: true };

export interface FormatOptions {
  /** Wording to use instead of the table's, from `defineMessages`. */
  readonly messages?: Messages;
  /** A param without a value: `'keep'` shows its placeholder (the default); `'throw'` raises a TypeError. */
  readonly missing?: 'keep' | 'throw';
  /** `'html'` escapes each inserted value (never the template) for HTML text and attributes. */
  readonly escape?: 'html';
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
    ? [params?: NoParams, options?: Options]
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

interface Settings {
  messages?: unknown;
  missing?: unknown;
  escape?: unknown;
}

function settingsOf(options: unknown): Settings {
  if (typeof options !== 'object' || options === null) return {};
  try {
    const { messages, missing, escape } = options as Settings;
    return { messages, missing, escape };
  } catch {
    return {};
  }
}

/** The template to fill: a translation, else the entry's message; a bare string is its own text. */
function templateOf(entry: unknown, messages: unknown): { template: string; key: unknown } | undefined {
  if (typeof entry === 'string') return { template: entry, key: entry };
  if (typeof entry !== 'object' || entry === null) return undefined;
  try {
    const { key, message } = entry as { key?: unknown; message?: unknown };
    if (typeof key === 'string' && typeof messages === 'object' && messages !== null && Object.hasOwn(messages, key)) {
      const translated: unknown = (messages as Record<string, unknown>)[key];
      if (typeof translated === 'string') return { template: translated, key };
    }
    return typeof message === 'string' ? { template: message, key } : undefined;
  } catch {
    return undefined;
  }
}

function valueOf(params: unknown, name: string): string | undefined {
  if (typeof params !== 'object' || params === null) return undefined;
  try {
    if (!Object.hasOwn(params, name)) return undefined;
    const value: unknown = (params as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
  } catch {
    return undefined;
  }
}

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (char) => htmlEntities[char]!);
}

function fill(entry: unknown, params: unknown, options: unknown, emit: (literal: string, param?: string) => void): void {
  const settings = settingsOf(options);
  const found = templateOf(entry, settings.messages);
  if (!found) return;
  const parts = partsOf(found.template);
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) {
      if (parts[i]) emit(parts[i]!);
      continue;
    }
    const name = parts[i]!;
    const value = valueOf(params, name);
    if (value !== undefined) emit(settings.escape === 'html' ? escapeHtml(value) : value, name);
    else if (settings.missing === 'throw') {
      throw new TypeError(`Missing param "${name}" for ${String(found.key)}: the template "${found.template}" needs it`);
    } else emit(`{${name}}`);
  }
}

/**
 * Formats an entry's message (or its translation) with params. Each value is inserted
 * once and never re-read as a template; a missing one stays visible as its placeholder.
 * @example
 * format(entries.ADD_CUSTOMER_EXISTS, { 0: '42' });
 * // 'Add failed, Customer already exists with id 42 for same source'
 */
export function format<E extends Entry>(entry: E, ...args: FormatArgs<E['message']>): string;
export function format(entry: unknown, params?: unknown, options?: unknown): string {
  let text = '';
  fill(entry, params, options, (piece) => {
    text += piece;
  });
  return text;
}

/**
 * Formats into pieces, so a UI can style each inserted value. It returns strings and
 * `{ param, value }` objects, never markup.
 * @example
 * formatParts(entries.CARD_ACTIONS_NOT_ALLOWED, { 0: 'BLOCKED' });
 * // ['Card is ', { param: '0', value: 'BLOCKED' }, ', not allowed to do any further actions']
 */
export function formatParts<E extends Entry>(entry: E, ...args: FormatArgs<E['message']>): Part[];
export function formatParts(entry: unknown, params?: unknown, options?: unknown): Part[] {
  const parts: Part[] = [];
  fill(entry, params, options, (piece, param) => {
    parts.push(param === undefined ? piece : { param, value: piece });
  });
  return parts;
}
