import { parseArgs as tokenize } from 'node:util';
import { apis, catalog, parseCode, resources, type Api, type Category, type Operation, type Resource } from 'capillary-codes';
import type { EndpointId } from 'capillary-codes/endpoints';
import { bin, quote, readEndpoint, readHttpStatus, readParams } from './cli/given.js';
import { exportFormats, type ExportFormat } from './i18n.js';
import type { SearchFilter } from './search.js';

export { bin, quote } from './cli/given.js';

/**
 * The command line of `capillary-codes`, read into a typed command: Node's `util.parseArgs`
 * splits argv into options and words, each command's reader below checks them. A pure
 * function of argv, so it is property-tested on its own; src/cli.ts runs what it returns.
 */

/**
 * How many entries `search` lists unless told otherwise.
 * @example
 * parseArgs(['search', 'x']); // { ok: true, command: { ..., limit: defaultLimit } }
 */
export const defaultLimit = 20;

/**
 * A code (`8011`) or a key (`CUSTOMER_NOT_FOUND_FOR_ORG`) given on the command line.
 * @example
 * const targets: Target[] = [{ code: 8011 }, { key: 'CUSTOMER_NOT_FOUND_FOR_ORG' }];
 */
export type Target = { readonly code: number } | { readonly key: string };

/**
 * What else is known about a code: each picks among its entries, as in `resolve`.
 * @example
 * const hints: Hints = { resource: 'customers', category: 'warning', message: 'Admin user auth not supported for bulk' };
 */
export interface Hints {
  readonly resource?: Resource;
  readonly category?: Category;
  readonly api?: Api;
  readonly operation?: Operation;
  readonly message?: string;
  /** The documented request made (`--endpoint "POST /v2/customers"`, or a method and a URL), as its id. */
  readonly endpoint?: EndpointId;
}

/**
 * What `read` is told about the response it reads, as `readStatuses` takes it.
 * @example
 * const hints: ReadHints = { resource: 'customers', operation: 'register' };
 */
export interface ReadHints {
  readonly resource?: Resource;
  readonly api?: Api;
  readonly operation?: Operation;
  readonly endpoint?: EndpointId;
  /** The response's HTTP status (`--status 503`). */
  readonly httpStatus?: number;
}

/**
 * The commands `parseArgs` reads.
 * @example
 * const command: Command = { name: 'export', format: 'icu', json: false };
 */
export type Command =
  | { readonly name: 'help'; readonly topic?: Topic }
  | { readonly name: 'version'; readonly json: boolean }
  | { readonly name: 'lookup'; readonly target: Target; readonly hints: Hints; readonly json: boolean }
  | {
      readonly name: 'search';
      readonly text: string;
      readonly filter: SearchFilter;
      /** The documented request made: its documented entries are marked, its reasons printed. */
      readonly endpoint?: EndpointId;
      readonly limit: number;
      readonly json: boolean;
    }
  | {
      readonly name: 'format';
      readonly target: Target;
      readonly params: Readonly<Record<string, string>>;
      readonly hints: Hints;
      /** A JSON file of translations keyed by entry key, loaded with `defineMessages`. */
      readonly messages?: string;
      readonly html: boolean;
      readonly json: boolean;
    }
  | {
      readonly name: 'export';
      readonly format: ExportFormat;
      /** Only this resource's entries and the request-level ones, as its view holds them. */
      readonly resource?: Resource;
      readonly json: boolean;
    }
  | {
      readonly name: 'read';
      /** A file holding a response body, or `-` for standard input. */
      readonly source: string;
      readonly hints: ReadHints;
      readonly json: boolean;
    }
  | {
      readonly name: 'endpoints';
      readonly resource?: Resource;
      /** The request asked about, as METHOD and a path or URL; every endpoint is listed without one. */
      readonly request?: { readonly method: string; readonly url: string };
      readonly json: boolean;
    }
  | { readonly name: 'demo' };

/**
 * A command with its own help page.
 * @example
 * parseArgs(['search', '--help']); // { ok: true, command: { name: 'help', topic: 'search' } }
 */
export type Topic = 'lookup' | 'search' | 'format' | 'export' | 'read' | 'endpoints' | 'demo';

/**
 * What `parseArgs` made of argv: a command, or why it is not one (a single line), and
 * whether the command line asked for `--json` (so that the reason is written as JSON too).
 * @example
 * const parsed: Parsed = parseArgs(['8011', '8012']); // { ok: false, reason: 'one code or key at a time; unexpected "8012"', json: false }
 */
export type Parsed = { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly reason: string; readonly json: boolean };

const categories: readonly Category[] = ['success', 'error', 'warning'];
const commandNames = ['search', 'format', 'export', 'read', 'endpoints', 'demo'] as const;
const valueOptions = ['resource', 'category', 'api', 'operation', 'message', 'endpoint', 'status', 'limit', 'messages', 'format'] as const;
const flagOptions = ['json', 'html', 'help', 'version'] as const;
type ValueOption = (typeof valueOptions)[number];
type FlagOption = (typeof flagOptions)[number];

/** Every long option, as `util.parseArgs` reads them: a value option takes the next word whatever it is ("--message -1 is invalid"). */
const optionTypes = Object.fromEntries([
  ...valueOptions.map((name) => [name, { type: 'string' }] as const),
  ...flagOptions.map((name) => [name, { type: 'boolean' }] as const),
]);

const shortFlags: Readonly<Record<string, FlagOption>> = { '-h': 'help', '-v': 'version', '-V': 'version' };

let operationNames: ReadonlySet<string> | undefined;
function operations(): ReadonlySet<string> {
  operationNames ??= new Set(catalog.flatMap((entry) => entry.operations ?? []));
  return operationNames;
}

const usage = (reason: string): Parsed => ({ ok: false, reason, json: false });
const command = (parsed: Command): Parsed => ({ ok: true, command: parsed });

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** A code, a key, or why the text is neither. */
function readTarget(text: string): Target | string {
  const code = parseCode(text);
  if (code !== undefined) return { code };
  if (/^\s*[0-9]+\s*$/.test(text)) return `${quote(text)} is not a code: codes are decimal numbers without leading zeros`;
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/.test(text) || /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$/.test(text)) {
    return { key: text.toUpperCase() };
  }
  if (/\s/.test(text.trim())) return `${quote(text)} is not a code or a key; to search by text: ${bin} search ${quote(text)}`;
  return `unknown command ${quote(text)}: give a code (8011), a key (CUSTOMER_NOT_FOUND_FOR_ORG) or one of ${commandNames.join(', ')}, help`;
}

function readHints(options: ReadonlyMap<ValueOption, string>): Hints | string {
  const hints: { -readonly [K in keyof Hints]: Hints[K] } = {};
  const resource = options.get('resource');
  if (resource !== undefined) {
    if (!isOneOf(resources, resource)) return `--resource must be one of ${resources.join(', ')}, got ${quote(resource)}`;
    hints.resource = resource;
  }
  const category = options.get('category');
  if (category !== undefined) {
    if (!isOneOf(categories, category)) return `--category must be one of ${categories.join(', ')}, got ${quote(category)}`;
    hints.category = category;
  }
  const api = options.get('api');
  if (api !== undefined) {
    if (!isOneOf(apis, api)) return `--api must be one of ${apis.join(', ')}, got ${quote(api)}`;
    hints.api = api;
  }
  const operation = options.get('operation');
  if (operation !== undefined) {
    if (!operations().has(operation)) return `--operation must be one of ${[...operations()].join(', ')}, got ${quote(operation)}`;
    hints.operation = operation as Operation;
  }
  const message = options.get('message');
  if (message !== undefined) hints.message = message;
  const endpointText = options.get('endpoint');
  if (endpointText !== undefined) {
    const endpoint = readEndpoint(endpointText);
    if (typeof endpoint === 'string') return endpoint;
    if (hints.resource !== undefined && hints.resource !== endpoint.resource) {
      return `--resource ${hints.resource} disagrees with --endpoint ${quote(endpointText)}, a request of ${endpoint.resource}`;
    }
    hints.endpoint = endpoint.id;
  }
  return hints;
}

/**
 * Reads the command line (without `node` and the script). Never throws: anything that is
 * not a command comes back as a one-line reason.
 * @example
 * parseArgs(['8011', '--category', 'error']);
 * // { ok: true, command: { name: 'lookup', target: { code: 8011 }, hints: { category: 'error' }, json: false } }
 * parseArgs(['format', '8006', '0=12345']).ok; // true
 * parseArgs(['read', '-', '--resource', 'customers']).ok; // true
 * parseArgs(['--category']); // { ok: false, reason: '--category needs a value', json: false }
 * parseArgs(['8011', '8012', '--json']); // { ok: false, reason: 'one code or key at a time; unexpected "8012"', json: true }
 */
export function parseArgs(argv: readonly string[]): Parsed {
  let args: string[];
  try {
    args = Array.from(argv, (arg) => String(arg));
  } catch {
    // An argv whose items cannot be turned into text (a getter or toString that throws).
    return { ok: false, reason: 'the command line could not be read as text', json: false };
  }
  const { tokens } = tokenize({ args, options: optionTypes, strict: false, allowPositionals: true, tokens: true });
  const parsed = readTokens(args, tokens);
  // Whether the command line holds `--json` as an option (not as the value of another, nor after `--`), however the rest reads.
  const json = tokens.some((token) => token.kind === 'option' && token.rawName === '--json' && token.value === undefined);
  return parsed.ok ? parsed : { ...parsed, json };
}

type Token = NonNullable<ReturnType<typeof tokenize>['tokens']>[number];

/**
 * The command in `util.parseArgs`' tokens. Its checks, not the parser's, decide what is
 * wrong with an option, so that each reason says what was expected and what came: a value
 * option without a value, one given twice, a flag given a value, a short flag grouped
 * (`-hv`), an option no command has.
 */
function readTokens(args: readonly string[], tokens: readonly Token[]): Parsed {
  const positionals: string[] = [];
  const options = new Map<ValueOption, string>();
  const flags = new Set<FlagOption>();
  const given: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind === 'option-terminator') continue;
    const arg = args[token.index]!;
    const { name, rawName, value } = token;
    const short = shortFlags[rawName];
    if (short && arg === rawName) {
      flags.add(short);
    } else if (isOneOf(valueOptions, name) && rawName === `--${name}`) {
      if (value === undefined) return usage(`--${name} needs a value`);
      if (options.has(name)) return usage(`--${name} is given twice`);
      options.set(name, value);
      given.push(name);
    } else if (isOneOf(flagOptions, name) && rawName === `--${name}` && value === undefined) {
      flags.add(name);
      given.push(name);
    } else {
      return usage(`unknown option ${quote(arg)} (see ${bin} --help)`);
    }
  }

  const [first, ...others] = positionals;
  const topic: Topic | undefined =
    first === undefined || first === 'help' ? undefined : isOneOf(commandNames, first) ? first : 'lookup';
  if (flags.has('help') || first === 'help') {
    const asked = first === 'help' ? others[0] : undefined;
    if (asked !== undefined && asked !== 'help') {
      if (asked === 'lookup' || isOneOf(commandNames, asked)) return command({ name: 'help', topic: asked });
      return usage(`no help for ${quote(asked)}: commands are ${commandNames.join(', ')}`);
    }
    return command(topic ? { name: 'help', topic } : { name: 'help' });
  }
  const json = flags.has('json');
  if (flags.has('version')) return command({ name: 'version', json });
  if (first === undefined) return usage(`expected a code, a key or a command (see ${bin} --help)`);

  const name = topic ?? 'lookup';
  const { options: takes, read } = commands[name];
  const stray = given.find((option) => !isOneOf(takes, option));
  if (stray) return usage(`--${stray} does not apply to ${name === 'lookup' ? 'a lookup' : name}`);
  return read(name === 'lookup' ? positionals : others, { options, flags, given, json });
}

/** What a command is given besides its words: values, flags, and the options in the order written. */
interface Given {
  readonly options: ReadonlyMap<ValueOption, string>;
  readonly flags: ReadonlySet<FlagOption>;
  readonly given: readonly string[];
  readonly json: boolean;
}

/** Each command: the options it takes (any other is refused, named), and how it reads its words. */
const commands: Record<Topic, { readonly options: readonly (ValueOption | FlagOption)[]; readonly read: (words: readonly string[], given: Given) => Parsed }> = {
  lookup: { options: ['resource', 'category', 'api', 'operation', 'message', 'endpoint', 'json'], read: readLookup },
  search: { options: ['resource', 'category', 'api', 'endpoint', 'limit', 'json'], read: readSearch },
  format: { options: ['resource', 'category', 'api', 'operation', 'message', 'messages', 'html', 'json'], read: readFormat },
  export: { options: ['format', 'resource', 'json'], read: readExport },
  read: { options: ['resource', 'api', 'operation', 'endpoint', 'status', 'json'], read: readRead },
  endpoints: { options: ['resource', 'json'], read: readEndpoints },
  demo: { options: [], read: (words) => (words.length ? usage(`demo takes no arguments, got ${quote(words[0]!)}`) : command({ name: 'demo' })) },
};

/** `<code|KEY> [hints]`: one code or key. */
function readLookup([targetText, ...extra]: readonly string[], { options, given, json }: Given): Parsed {
  if (extra.length) return usage(`one code or key at a time; unexpected ${quote(extra[0]!)}`);
  const target = readTarget(targetText!);
  if (typeof target === 'string') return usage(target);
  const hints = readHints(options);
  if (typeof hints === 'string') return usage(hints);
  if ('key' in target && Object.keys(hints).length) return usage(`--${given.find((o) => o in hints)} applies to a code, not a key`);
  return command({ name: 'lookup', target, hints, json });
}

/** `search <text…> [filters] [--limit N]`: the words, joined. */
function readSearch(words: readonly string[], { options, json }: Given): Parsed {
  const text = words.join(' ').trim();
  if (!text) return usage(`search needs some text, as in: ${bin} search "invalid source"`);
  const hints = readHints(options);
  if (typeof hints === 'string') return usage(hints);
  const limitText = options.get('limit');
  if (limitText !== undefined && !/^[1-9][0-9]{0,5}$/.test(limitText)) {
    return usage(`--limit must be a positive whole number, got ${quote(limitText)}`);
  }
  const filter: { -readonly [K in keyof SearchFilter]: SearchFilter[K] } = {};
  if (hints.resource) filter.resource = hints.resource;
  if (hints.category) filter.category = hints.category;
  if (hints.api) filter.api = hints.api;
  const limit = limitText ? Number(limitText) : defaultLimit;
  return command(hints.endpoint ? { name: 'search', text, filter, endpoint: hints.endpoint, limit, json } : { name: 'search', text, filter, limit, json });
}

/** `format <code|KEY> [name=value…]`: a code or key, then its params. */
function readFormat([targetText, ...pairs]: readonly string[], { options, flags, given, json }: Given): Parsed {
  if (targetText === undefined) return usage(`format needs a code or a key, as in: ${bin} format 8006 0=12345`);
  const target = readTarget(targetText);
  if (typeof target === 'string') return usage(target);
  const params = readParams(pairs);
  if (typeof params === 'string') return usage(params);
  const hints = readHints(options);
  if (typeof hints === 'string') return usage(hints);
  if ('key' in target && Object.keys(hints).length) return usage(`--${given.find((o) => o in hints)} applies to a code, not a key`);
  const messages = options.get('messages');
  const html = flags.has('html');
  return command(
    messages === undefined
      ? { name: 'format', target, params, hints, html, json }
      : { name: 'format', target, params, hints, messages, html, json },
  );
}

/** `export [--format F] [--resource R]`: no words. */
function readExport(words: readonly string[], { options, json }: Given): Parsed {
  if (words.length) return usage(`export takes no arguments, got ${quote(words[0]!)}`);
  const format = options.get('format') ?? 'json';
  if (!isOneOf(exportFormats, format)) return usage(`--format must be one of ${exportFormats.join(', ')}, got ${quote(format)}`);
  // --resource is the one hint export takes (the others are refused).
  const hints = readHints(options);
  if (typeof hints === 'string') return usage(hints);
  return command(hints.resource ? { name: 'export', format, resource: hints.resource, json } : { name: 'export', format, json });
}

/** `read <FILE|-> [hints] [--status N]`: one file. */
function readRead([source, extra]: readonly string[], { options, json }: Given): Parsed {
  if (source === undefined) return usage(`read needs a file holding a response body, or - for standard input, as in: ${bin} read response.json`);
  if (extra !== undefined) return usage(`read takes one file at a time; unexpected ${quote(extra)}`);
  const hints = readHints(options);
  if (typeof hints === 'string') return usage(hints);
  // --category and --message are refused: a body says those itself, status by status.
  const { resource, api, operation, endpoint } = hints;
  const statusText = options.get('status');
  const httpStatus = statusText === undefined ? undefined : readHttpStatus(statusText);
  if (typeof httpStatus === 'string') return usage(httpStatus);
  const told = { ...(resource && { resource }), ...(api && { api }), ...(operation && { operation }), ...(endpoint && { endpoint }), ...(httpStatus && { httpStatus }) };
  return command({ name: 'read', source, hints: told, json });
}

/** `endpoints [--resource R] [METHOD PATH]`: the request as two words, or one quoted. */
function readEndpoints(words: readonly string[], { options, json }: Given): Parsed {
  const hints = readHints(options);
  if (typeof hints === 'string') return usage(hints);
  const resource = hints.resource ? { resource: hints.resource } : {};
  if (!words.length) return command({ name: 'endpoints', ...resource, json });
  const [method, url, extra] = words.join(' ').trim().split(/\s+/);
  if (!method || !url || extra !== undefined) {
    return usage(`endpoints takes a method and a path or URL, as in: ${bin} endpoints POST /v2/customers; got ${quote(words.join(' '))}`);
  }
  return command({ name: 'endpoints', ...resource, request: { method, url }, json });
}
