#!/usr/bin/env node
import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  apis,
  catalog,
  defineMessages,
  entries,
  find,
  formatParts,
  isKey,
  parseCode,
  readStatuses,
  resolve,
  resources,
  userMessage,
  type Category,
  type Entry,
  type Filter,
  type FormatOptions,
  type Messages,
  type Part,
  type ReadStatus,
  type Resolution,
  type TextMatch,
} from 'capillary-codes';
import { noteOf } from 'capillary-codes/notes';
import { bin, defaultLimit, parseArgs, quote, type Command, type Hints, type Target, type Topic } from './cli-args.js';
import { explain, relations, resourceEntries } from './explain.js';
import { exportMessages } from './i18n.js';
import { search, type SearchFilter } from './search.js';
import { clip, quoted } from './safely.js';

export { parseArgs, type Command, type Hints, type Parsed, type ReadHints, type Target, type Topic } from './cli-args.js';

/**
 * The `capillary-codes` command. Parsing (`parseArgs`, in cli-args.ts) is a pure function
 * of argv and running (`main`) writes only to the streams it is given, so both are tested
 * without spawning; the module runs `main` only when Node executes it as the bin.
 */

// Defined by tsup for the bin; absent when the source runs under a test runner.
declare const __VERSION__: string;

const version = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/**
 * Where `main` writes, and what it reads from the environment.
 * @example
 * const io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env, readStdin: () => readFileSync(0, 'utf8') };
 */
export interface Io {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean | undefined };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Reads a file named on the command line; defaults to the file system. */
  readonly readFile?: (path: string) => string;
  /** Reads standard input whole, for `read -`; defaults to the process's. */
  readonly readStdin?: () => string;
}

/**
 * Exit statuses: found, not found, bad usage.
 * @example
 * main(['42424242'], io) === exitCodes.notFound; // true: no entry has that code
 */
export const exitCodes = Object.freeze({ found: 0, notFound: 1, usage: 2 });

// --- output -------------------------------------------------------------------------

interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly category: (category: Category, text: string) => string;
}

const plain: Style = { bold: (text) => text, dim: (text) => text, category: (_, text) => text };
const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const categoryColours: Record<Category, (text: string) => string> = { success: sgr(32, 39), error: sgr(31, 39), warning: sgr(33, 39) };
const ansi: Style = { bold: sgr(1, 22), dim: sgr(2, 22), category: (category, text) => categoryColours[category](text) };

/** Colour only for a person at a terminal, and never when NO_COLOR is set (https://no-color.org). */
function styleFor(io: Io): Style {
  return io.stdout.isTTY === true && !io.env['NO_COLOR'] ? ansi : plain;
}

interface Out {
  readonly io: Io;
  readonly style: Style;
  line(text?: string): void;
  json(value: unknown): void;
  /** One line on stderr, `{"error": …}` under --json; returns the status. */
  fail(status: number, reason: string): number;
}

function outFor(io: Io, json: boolean): Out {
  return {
    io,
    style: styleFor(io),
    line: (text = '') => io.stdout.write(`${text}\n`),
    json: (value) => io.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    fail: (status, reason) => {
      const line = reason.replace(/\s*\n\s*/g, ' ');
      io.stderr.write(json ? `${JSON.stringify({ error: line })}\n` : `${bin}: ${line}\n`);
      return status;
    },
  };
}

/** Words filled into lines of at most `width` characters, each line indented. */
function wrap(words: readonly string[], indent: string, width = 88): string {
  const lines: string[] = [];
  let line = indent;
  for (const word of words) {
    if (line.length > indent.length && line.length + word.length + 1 > width) {
      lines.push(line);
      line = indent;
    }
    line += line.length > indent.length ? ` ${word}` : word;
  }
  return [...lines, line].join('\n');
}

const resourceList = wrap(resources.map((resource, i) => (i < resources.length - 1 ? `${resource},` : resource)), '    ');

const help: Record<Topic | 'main', string> = {
  main: `${bin} ${version}: what a status code of the Capillary API means

Usage
  ${bin} <code|KEY> [--resource R] [--category C] [--api A] [--operation OP] [--message TEXT]
      Every entry of a code, grouped by resource, duplicates explained. The hints, above all
      --resource (the resource called) and --message (the text the server sent), pick
      among entries that share a code.
  ${bin} search <text...> [--resource R] [--category C] [--api A] [--limit N]
      Entries whose wording says what the text says, best first.
  ${bin} format <code|KEY> [name=value...] [--resource R] [--category C] [--api A]
                 [--operation OP] [--message TEXT] [--messages FILE] [--html]
      The message with its placeholders filled.
  ${bin} read <FILE|-> [--resource R] [--api A] [--operation OP]
      Every status in a response body (JSON; - reads standard input), resolved, with the
      text to show a person.
  ${bin} export [--format json|i18next|icu] [--resource R]
      Every message keyed by entry key, for translation tools.
  ${bin} demo
      A short tour.

Options
  --json          machine-readable output, for every command but demo; errors too, as
                  {"error": "<reason>"} on stderr
  -h, --help      this help; ${bin} <command> --help for one command
  -v, --version   the version

R is a resource (${resources.length}; api holds the request-level codes every resource sends):
${resourceList}
C is success, error or warning; A is ${apis.join(', ')}.
Exit status: 0 found, 1 not found, 2 bad usage. Colour on a terminal, never with NO_COLOR.`,
  lookup: `Usage: ${bin} <code|KEY> [--resource R] [--category C] [--api A] [--operation OP] [--message TEXT] [--json]

Shows the entries of a code (or the entry of a key), grouped by resource, request-level
(api) ones in their own group, each with its kind and whether it is retryable, and how
each could be mistaken for another: the same code in another resource or category, the
documentation's paraphrase of the server's text, the same text under another code. Hints
pick among the entries of a code, as resolve() does; what they leave out is counted, not
listed. A hint no entry fits is ignored, and said so.

  --resource R     the resource called (${bin} --help lists them)
  --category C     success, error or warning: where the status arrived
  --api A          ${apis.join(', ')}: the response surface
  --operation OP   the call that answered, e.g. register, get, tickets.add
  --message TEXT   the text the server sent, compared tolerantly

Example: ${bin} 1101 --resource transactions`,
  search: `Usage: ${bin} search <text...> [--resource R] [--category C] [--api A] [--limit N] [--json]

Lists the entries whose wording says what the text says, best first. Case, punctuation,
word order and word forms do not matter; a word being typed matches the words it begins;
words where a placeholder stands are its value ("Card is BLOCKED" finds "Card is {0}, ...",
with 0=BLOCKED). The entry the library's match() picks, when it picks one, comes first.

  --resource R   only the entries of resource R, its shared and request-level ones included
  --category C   only success, error or warning entries
  --api A        only entries of surface A (${apis.join(', ')})
  --limit N      at most N entries (default ${defaultLimit})

Example: ${bin} search "Card is BLOCKED"`,
  format: `Usage: ${bin} format <code|KEY> [name=value...] [--resource R] [--category C] [--api A] [--operation OP] [--message TEXT] [--messages FILE] [--html] [--json]

Fills a message's placeholders, {0} with 0=value, {x} with x=value. Each placeholder needs
a value: one left out is bad usage, named. A code with several entries is ambiguous: pick
one of the keys listed, or narrow it with --resource, --category, --api, --operation or
--message.

  --messages FILE   translations (JSON keyed by entry key, as "${bin} export" writes, with
                    the catalog's {x} placeholders: i18next's {{x}} and ICU's {x, ...} are refused)
  --html            escape the values for HTML

Example: ${bin} format 8006 0=12345`,
  read: `Usage: ${bin} read <FILE|-> [--resource R] [--api A] [--operation OP] [--json]

Reads a response body (JSON; - reads standard input) and prints every status that
readStatuses() finds in it: its path, where it was found (category), its code, the
server's message, how it resolved (resolved, ambiguous or unknown; text exact, close,
different or none), the entry (key, resource, kind, retryable) and the text to show a
person (userMessage()). The resource is read from a v1.1 body when not given.

  --resource R     the resource called
  --api A          ${apis.join(', ')}: the response surface (read from the body's shape when not given)
  --operation OP   the call made, e.g. register: it tells apart success codes shared by several

Exit status: 0 when it found a status, 1 when none, 2 when the file cannot be read or is not JSON.
Example: curl -s … | ${bin} read - --resource customers`,
  export: `Usage: ${bin} export [--format json|i18next|icu] [--resource R] [--json]

Writes every message as JSON keyed by entry key, for translation tools (--json or not):
  json      the catalog's own {x} placeholders; load a translation with defineMessages
  i18next   {{x}} placeholders
  icu       ICU MessageFormat, apostrophes quoted; a placeholder name ICU cannot read is
            written as an identifier, each run of other characters as _ ({id number} is
            {id_number}): format with icuParams(params)

  --resource R   only what the capillary-codes/R view holds: R's entries, those shared
                 with it, and the request-level ones

Example: ${bin} export --format icu --resource customers > messages.en.json`,
  demo: `Usage: ${bin} demo

A short tour of the command and of the library.`,
};

// --- lookup -------------------------------------------------------------------------

function entryJson(entry: Entry): Record<string, unknown> {
  return {
    ...entry,
    explanations: [...explain(entry), ...(noteOf(entry) ? [`Note: ${noteOf(entry)}`] : [])],
    relations: relations(entry).map(({ kind, other }) => ({ kind, key: other.key, code: other.code, category: other.category, resource: other.resource })),
  };
}

/** What kind of failure, and whether to try again: errors and warnings say, successes have neither. */
function failureFacts(entry: Entry): string[] {
  if (entry.kind === undefined) return [];
  return [entry.kind, entry.retryable ? 'retryable' : 'not retryable'];
}

function renderEntry(out: Out, entry: Entry, listing: boolean): void {
  const { style } = out;
  const facts = [style.category(entry.category, `${entry.category} ${entry.code}`), entry.api, ...failureFacts(entry)];
  if (entry.operations) facts.push(`operations: ${entry.operations.join(', ')}`);
  if (entry.paraphrase) facts.push("documentation's paraphrase");
  if (entry.sharedWith) facts.push(`also listed by ${entry.sharedWith.join(', ')}`);
  out.line(`  ${style.bold(entry.key)}  ${facts.join(' · ')}`);
  out.line(`      ${entry.message}`);
  for (const alias of entry.aliases ?? []) out.line(`      ${style.dim('also worded:')} ${alias}`);
  for (const sentence of explain(entry, { siblings: !listing })) out.line(`      ${style.dim('-')} ${sentence}`);
  const note = noteOf(entry);
  if (note) out.line(`      ${style.dim('- note:')} ${note}`);
}

const groupName = (entry: Entry) => (entry.resource === 'api' ? 'request-level (api)' : entry.resource);

/** Entries grouped by the resource that defines them, groups in the order of their best entry. */
function renderGroups(out: Out, list: readonly Entry[], listing: boolean): void {
  const groups = new Map<string, Entry[]>();
  for (const entry of list) groups.set(groupName(entry), [...(groups.get(groupName(entry)) ?? []), entry]);
  let first = true;
  for (const [name, members] of groups) {
    if (!first) out.line();
    first = false;
    out.line(out.style.bold(`${name}:`));
    members.forEach((entry, i) => {
      if (i) out.line();
      renderEntry(out, entry, listing);
    });
  }
}

function paramsText(params: Readonly<Record<string, string>>): string {
  return Object.entries(params)
    .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
    .join(' ');
}

const textSays: Record<TextMatch, string> = {
  exact: 'the message is its wording',
  close: 'the message is a rewording of it',
  different: 'the code decided; the message says something else (servers reuse codes across resources)',
  none: '',
};

/** The hints that would separate these entries and were not given. */
function tellApart(candidates: readonly Entry[], hints: Hints): string[] {
  const differ = (field: (entry: Entry) => unknown) => new Set(candidates.map(field)).size > 1;
  const pick: string[] = [];
  if (!hints.resource && differ((entry) => entry.resource)) pick.push('--resource (the resource called)');
  if (!hints.category && differ((entry) => entry.category)) pick.push('--category (the list it arrived in)');
  if (!hints.operation && differ((entry) => entry.operations?.join())) pick.push('--operation (the call that answered)');
  if (!hints.api && differ((entry) => entry.api)) pick.push('--api (the response surface)');
  if (hints.message === undefined && differ((entry) => entry.message)) pick.push('--message (the text the server sent)');
  return pick;
}

// The order in which resolve() applies hints, each only where it leaves an entry.
const hintOrder = ['category', 'resource', 'api', 'operation'] as const;

function filterOf(field: (typeof hintOrder)[number], hints: Hints): Filter {
  switch (field) {
    case 'category':
      return { category: hints.category };
    case 'resource':
      return { resource: hints.resource };
    case 'api':
      return { api: hints.api };
    case 'operation':
      return { operation: hints.operation };
  }
}

/**
 * The hints as resolve() applies them: in its order, each kept where it leaves an entry of
 * the code and ignored where it would leave none. `kept` is what the kept ones leave.
 */
function narrowing(code: number, hints: Hints): { kept: readonly Entry[]; applied: string[]; ignored: string[] } {
  let kept = find(code);
  const applied: string[] = [];
  const ignored: string[] = [];
  for (const field of hintOrder) {
    const value = hints[field];
    if (value === undefined) continue;
    const fits = find(code, filterOf(field, hints));
    const narrowed = kept.filter((entry) => fits.includes(entry));
    if (narrowed.length) {
      if (narrowed.length < kept.length) applied.push(`--${field} ${value}`);
      kept = narrowed;
    } else {
      ignored.push(`--${field} ${value}`);
    }
  }
  return { kept, applied, ignored };
}

const notACode = (code: number, hints: Hints) => `${code} is not a code of ${hints.resource ?? 'the Capillary API'}`;
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function lookupKey(out: Out, key: string, json: boolean): number {
  // An `if`, not a conditional: `entries[key]` over the whole API's keys is too large a union for one expression.
  let entry: Entry | undefined;
  if (isKey(key)) entry = entries[key];
  if (!entry) {
    if (json) out.json({ query: { key }, found: false, entries: [] });
    const near = catalog.filter((e) => e.key.includes(key)).map((e) => e.key);
    return out.fail(exitCodes.notFound, `no entry has the key ${key}${near.length ? `; keys containing it: ${near.slice(0, 8).join(', ')}` : ''}`);
  }
  if (json) {
    const resolution = { status: 'resolved', key: entry.key, text: 'none', params: {} };
    out.json({ query: { key }, found: true, resolution, ignoredHints: [], leftOut: { by: [], keys: [] }, entries: [{ ...entryJson(entry), candidate: true }] });
  } else {
    renderGroups(out, [entry], false);
  }
  return exitCodes.found;
}

function lookup(out: Out, target: Target, hints: Hints, json: boolean): number {
  if ('key' in target) return lookupKey(out, target.key, json);

  const { code } = target;
  const all = find(code);
  const resolution = resolve(code, hints);
  if (resolution.status === 'unknown') {
    if (json) out.json({ query: { code, hints }, found: false, resolution: { status: 'unknown' }, entries: [] });
    return out.fail(exitCodes.notFound, `${notACode(code, hints)} (try: ${bin} search <text>)`);
  }
  const candidates = resolution.status === 'resolved' ? [resolution.entry] : resolution.candidates;
  const leftOut = all.filter((entry) => !candidates.includes(entry));
  const { kept, applied, ignored } = narrowing(code, hints);
  // The message picks among what the other hints leave.
  const by = [...applied, ...(hints.message !== undefined && kept.some((entry) => !candidates.includes(entry)) ? ['--message'] : [])];

  if (json) {
    out.json({
      query: { code, hints },
      found: true,
      resolution: {
        status: resolution.status,
        key: resolution.entry.key,
        text: resolution.text,
        ...(resolution.status === 'resolved' ? { params: resolution.params } : { candidates: resolution.candidates.map((e) => e.key) }),
      },
      ignoredHints: ignored,
      leftOut: { by, keys: leftOut.map((entry) => entry.key) },
      entries: candidates.map((entry) => ({ ...entryJson(entry), candidate: true })),
    });
    return exitCodes.found;
  }

  const { style } = out;
  const hinted = Object.keys(hints).length > 0;
  if (resolution.status === 'resolved') {
    if (hinted || all.length > 1) {
      const says = textSays[resolution.text];
      out.line(`${code} means ${style.bold(resolution.entry.key)}${says ? `: ${says}` : ''}.`);
      if (Object.keys(resolution.params).length) out.line(`params: ${paramsText(resolution.params)}`);
    }
  } else {
    const homes = new Set(candidates.map((entry) => entry.resource)).size;
    const why = hinted ? 'what was given does not tell them apart' : 'nothing given tells them apart';
    out.line(`${code} has ${candidates.length} entries${homes > 1 ? ` in ${homes} resources` : ''}; ${why} (best first).`);
    if (hints.message !== undefined && resolution.text === 'different') out.line(`The message is close to none of them.`);
    const pick = tellApart(candidates, hints);
    if (pick.length) out.line(style.dim(`Give ${pick.join(' or ')} to pick one.`));
  }
  for (const hint of ignored) out.line(style.dim(`${hint} ignored: no entry of ${code} fits it.`));
  if (leftOut.length) {
    const what = plural(leftOut.length, 'other entry', 'other entries');
    out.line(style.dim(`${what} of ${code} left out by ${by.join(' ') || 'the hints'} (${bin} ${code} lists every entry).`));
  }
  if (hinted || all.length > 1) out.line();
  renderGroups(out, candidates, true);
  return exitCodes.found;
}

// --- search -------------------------------------------------------------------------

function runSearch(out: Out, text: string, filter: SearchFilter, limit: number, json: boolean): number {
  const hits = search(text, filter);
  const shown = hits.slice(0, limit);
  if (json) {
    out.json({
      query: { text, ...filter },
      total: hits.length,
      // Shaped like SearchHit: `params` are the values read from the text, not the entry's names.
      hits: shown.map((hit) => ({ score: hit.score, best: hit.best, params: hit.params, wording: hit.wording, entry: hit.entry })),
    });
  }
  if (!hits.length) {
    const lookup = parseCode(text) !== undefined || isKey(text.toUpperCase()) ? `; to look it up: ${bin} ${text}` : '';
    const where = filter.resource ? ` in ${filter.resource}` : '';
    return out.fail(exitCodes.notFound, `no entry${where} resembles ${quote(text)}${lookup}`);
  }
  if (json) return exitCodes.found;
  const { style } = out;
  const keyWidth = Math.max(...shown.map((hit) => hit.entry.key.length));
  const resourceWidth = Math.max(...shown.map((hit) => hit.entry.resource.length));
  for (const hit of shown) {
    const { entry } = hit;
    const code = String(entry.code).padStart(5);
    const category = style.category(entry.category, entry.category.padEnd(7));
    // Params belong to the wording they were read against: shown beside an alias, the entry's message would not hold them.
    const params = Object.keys(hit.params).length && hit.wording === entry.message ? style.dim(`  (${paramsText(hit.params)})`) : '';
    out.line(`${hit.best ? '*' : ' '} ${code}  ${category}  ${entry.resource.padEnd(resourceWidth)}  ${style.bold(entry.key.padEnd(keyWidth))}  ${entry.message}${params}`);
  }
  if (hits.length > shown.length) out.line(style.dim(`… ${hits.length - shown.length} more (--limit ${hits.length} shows them all)`));
  if (shown.some((hit) => hit.best)) out.line(style.dim(`* what match() reads this text as`));
  return exitCodes.found;
}

// --- format -------------------------------------------------------------------------

function loadMessages(out: Out, path: string): Messages | number {
  let text: string;
  try {
    text = (out.io.readFile ?? ((file: string) => readFileSync(file, 'utf8')))(path);
  } catch (error) {
    return out.fail(exitCodes.usage, `cannot read --messages ${quote(path)}: ${clip(String((error as Error)?.message), 200)}`);
  }
  try {
    return defineMessages(JSON.parse(text) as Record<string, string>);
  } catch (error) {
    return out.fail(exitCodes.usage, `--messages ${quote(path)}: ${clip(String((error as Error)?.message), 300)}`);
  }
}

/** Beyond this many, the keys of an ambiguous code are counted, not listed. */
const listedKeys = 8;

function runFormat(out: Out, cmd: Command & { name: 'format' }): number {
  let entry: Entry;
  if ('key' in cmd.target) {
    const { key } = cmd.target;
    if (!isKey(key)) return out.fail(exitCodes.notFound, `no entry has the key ${key}`);
    entry = entries[key];
  } else {
    const { code } = cmd.target;
    const resolution = resolve(code, cmd.hints);
    if (resolution.status === 'unknown') return out.fail(exitCodes.notFound, notACode(code, cmd.hints));
    if (resolution.status === 'ambiguous') {
      const keys = resolution.candidates.map((e) => e.key);
      const more = keys.length > listedKeys ? `, … ${keys.length - listedKeys} more (${bin} ${code} lists them)` : '';
      return out.fail(exitCodes.usage, `${code} is ambiguous; format one of its keys: ${keys.slice(0, listedKeys).join(', ')}${more}`);
    }
    entry = resolution.entry;
  }
  const takes = entry.params.length ? entry.params.map((name) => `{${name}}`).join(', ') : 'no params';
  const unknown = Object.keys(cmd.params).filter((name) => !entry.params.includes(name));
  if (unknown.length) {
    return out.fail(exitCodes.usage, `${entry.key} takes ${takes}; got ${unknown.map((name) => `{${name}}`).join(', ')}`);
  }
  const missing = entry.params.filter((name) => !Object.hasOwn(cmd.params, name));
  if (missing.length) {
    const target = 'key' in cmd.target ? entry.key : String(cmd.target.code);
    const example = entry.params.map((name) => (/^[^\s"'=]+$/.test(name) ? `${name}=…` : `${JSON.stringify(`${name}=…`)}`)).join(' ');
    return out.fail(exitCodes.usage, `${entry.key} needs ${missing.map((name) => `{${name}}`).join(', ')}, as in: ${bin} format ${target} ${example}`);
  }
  const options: { -readonly [K in keyof FormatOptions]: FormatOptions[K] } = {};
  if (cmd.messages !== undefined) {
    const messages = loadMessages(out, cmd.messages);
    if (typeof messages === 'number') return messages;
    options.messages = messages;
  }
  if (cmd.html) options.escape = 'html';
  const parts: Part[] = formatParts(entry, cmd.params, options);
  const text = parts.map((part) => (typeof part === 'string' ? part : part.value)).join('');
  if (cmd.json) {
    out.json({ key: entry.key, code: entry.code, category: entry.category, resource: entry.resource, params: cmd.params, text, parts });
  } else {
    out.line(parts.map((part) => (typeof part === 'string' ? part : out.style.bold(part.value))).join(''));
  }
  return exitCodes.found;
}

// --- read ---------------------------------------------------------------------------

function entrySummary(entry: Entry): Record<string, unknown> {
  const { key, code, category, resource, kind, retryable } = entry;
  return { key, code, category, resource, kind, retryable };
}

function resolutionJson(resolution: Resolution): Record<string, unknown> {
  switch (resolution.status) {
    case 'resolved':
      return { status: 'resolved', text: resolution.text, params: resolution.params, entry: entrySummary(resolution.entry) };
    case 'ambiguous':
      return { status: 'ambiguous', text: resolution.text, candidates: resolution.candidates.map(entrySummary) };
    case 'unknown':
      return { status: 'unknown' };
  }
}

function statusJson(status: ReadStatus): Record<string, unknown> {
  return {
    path: status.path,
    category: status.category,
    code: status.code ?? null,
    message: status.message ?? null,
    resolution: resolutionJson(status.resolution),
    userMessage: userMessage(status) ?? null,
  };
}

function entryFacts(entry: Entry): string {
  return [entry.key, entry.resource, entry.category, ...failureFacts(entry)].join(' · ');
}

/** Beyond this many, the candidates of an ambiguous status are counted, not listed. */
const listedCandidates = 4;

function renderStatus(out: Out, status: ReadStatus): void {
  const { style } = out;
  const { resolution } = status;
  const code = status.code === undefined ? 'no code' : String(status.code);
  const message = status.message === undefined ? style.dim('(no message)') : JSON.stringify(status.message);
  out.line(`${style.bold(status.path || '(the body)')}  ${style.category(status.category, `${status.category} ${code}`)}  ${message}`);
  switch (resolution.status) {
    case 'resolved':
      out.line(`    resolved, text ${resolution.text}: ${entryFacts(resolution.entry)}`);
      if (Object.keys(resolution.params).length) out.line(`    params: ${paramsText(resolution.params)}`);
      break;
    case 'ambiguous': {
      const { candidates } = resolution;
      out.line(`    ambiguous, text ${resolution.text}: ${plural(candidates.length, 'candidate', 'candidates')}, best first`);
      for (const entry of candidates.slice(0, listedCandidates)) out.line(`      ${entryFacts(entry)}`);
      if (candidates.length > listedCandidates) out.line(style.dim(`      … ${candidates.length - listedCandidates} more (${bin} ${status.code} lists them)`));
      break;
    }
    case 'unknown':
      out.line(`    unknown: ${status.code === undefined ? 'the status carries no code' : `no entry has code ${status.code}`}`);
      break;
  }
  const shown = userMessage(status);
  out.line(`    show: ${shown === undefined ? style.dim('nothing (no sure entry, no server text)') : shown}`);
}

function runRead(out: Out, cmd: Command & { name: 'read' }): number {
  const stdin = cmd.source === '-';
  // A path is the user's text, but cut at 40 characters it would name no file.
  const name = stdin ? 'standard input' : quoted(clip(cmd.source, 200));
  let text: string;
  try {
    text = stdin ? (out.io.readStdin ?? (() => readFileSync(0, 'utf8')))() : (out.io.readFile ?? ((file: string) => readFileSync(file, 'utf8')))(cmd.source);
  } catch (error) {
    return out.fail(exitCodes.usage, `cannot read ${name}: ${clip(String((error as Error)?.message), 200)}`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    const xml = /^\s*</.test(text) ? ' (it reads as XML: read takes JSON bodies)' : '';
    return out.fail(exitCodes.usage, `${name} is not JSON${xml}: ${clip(String((error as Error)?.message), 200)}`);
  }
  const statuses = readStatuses(body, cmd.hints);
  if (cmd.json) out.json({ source: stdin ? '-' : cmd.source, hints: cmd.hints, statuses: statuses.map(statusJson) });
  if (!statuses.length) return out.fail(exitCodes.notFound, `no status found in ${name}: no item_status, status, errors or warnings with a code`);
  if (cmd.json) return exitCodes.found;
  out.line(out.style.dim(`${plural(statuses.length, 'status', 'statuses')} in ${name}:`));
  statuses.forEach((status) => {
    out.line();
    renderStatus(out, status);
  });
  return exitCodes.found;
}

// --- export and demo ----------------------------------------------------------------

function runExport(out: Out, cmd: Command & { name: 'export' }): number {
  out.json(exportMessages(cmd.format, cmd.resource === undefined ? catalog : resourceEntries(cmd.resource)));
  return exitCodes.found;
}

// Two v2 errors: 1101's message says which resource's entry it is; 8087's fills a placeholder.
const demoBody = JSON.stringify({
  errors: [
    { status: false, code: 1101, message: 'Invalid programId passed' },
    { status: false, code: 8087, message: 'Card is BLOCKED, not allowed to do any further actions' },
  ],
});

function runDemo(out: Out): number {
  const { style } = out;
  const show = (argv: string[], maxLines = Infinity) => {
    out.line(style.bold(`$ ${bin} ${argv.map((arg) => (/[\s"]/.test(arg) ? JSON.stringify(arg) : arg)).join(' ')}`));
    let captured = '';
    const sink = { write: (text: string) => (captured += text) };
    const files = (path: string) => (path === 'response.json' ? demoBody : (out.io.readFile ?? ((file: string) => readFileSync(file, 'utf8')))(path));
    main(argv, { ...out.io, stdout: { write: sink.write, isTTY: out.style === ansi }, stderr: sink, readFile: files });
    const lines = captured.trimEnd().split('\n');
    for (const line of lines.slice(0, maxLines)) out.line(line);
    if (lines.length > maxLines) out.line(style.dim(`… (${lines.length - maxLines} more lines)`));
    out.line();
  };
  const call = (code: string, result: unknown) => {
    out.line(`  ${code}`);
    out.line(style.dim(`  // ${result === undefined ? 'undefined' : JSON.stringify(result)}`));
  };

  out.line(`${bin} ${version}: a short tour\n`);
  out.line(style.dim('A code from a log: 1101 means one thing in customers, another in transactions.'));
  show(['1101']);
  out.line(style.dim('The resource called picks one:'));
  show(['1101', '--resource', 'transactions'], 5);
  out.line(style.dim('Searching by text; words where a placeholder stands are its value:'));
  show(['search', 'Card is BLOCKED', '--limit', '3']);
  out.line(style.dim("Reading a response body: each status resolved (the message decides 1101's resource), with the text to show a person:"));
  out.line(style.bold(`$ cat response.json`));
  out.line(demoBody);
  out.line();
  show(['read', 'response.json']);

  out.line(style.dim('The same, from code:'));
  out.line();
  const body = JSON.parse(demoBody) as unknown;
  call('readStatuses(body).map((status) => userMessage(status))', readStatuses(body).map((status) => userMessage(status)));
  call('resolve(1101).status', resolve(1101).status);
  call("userMessage(resolve(1101), { fallback: 'Something went wrong.' })", userMessage(resolve(1101), { fallback: 'Something went wrong.' }));
  call("userMessage(resolve(1101, { resource: 'transactions' }))", userMessage(resolve(1101, { resource: 'transactions' })));
  out.line();
  out.line(`More: ${bin} --help`);
  return exitCodes.found;
}

/**
 * Runs the command line and returns the exit status: 0 found, 1 not found, 2 bad usage
 * (one line on stderr; `{"error": …}` with --json). Writes only to `io`, so tests run it in
 * process.
 * @example
 * const status = main(['1101', '--json'], { stdout: process.stdout, stderr: process.stderr, env: process.env }); // 0
 */
export function main(argv: readonly string[], io: Io): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return outFor(io, parsed.json).fail(exitCodes.usage, parsed.reason);
  const cmd = parsed.command;
  const out = outFor(io, 'json' in cmd && cmd.json);
  switch (cmd.name) {
    case 'help':
      out.line(help[cmd.topic ?? 'main']);
      return exitCodes.found;
    case 'version':
      if (cmd.json) out.json({ name: bin, version });
      else out.line(version);
      return exitCodes.found;
    case 'lookup':
      return lookup(out, cmd.target, cmd.hints, cmd.json);
    case 'search':
      return runSearch(out, cmd.text, cmd.filter, cmd.limit, cmd.json);
    case 'format':
      return runFormat(out, cmd);
    case 'read':
      return runRead(out, cmd);
    case 'export':
      return runExport(out, cmd);
    case 'demo':
      return runDemo(out);
  }
}

// Run only as the bin (npm links it, so compare real paths), never when imported.
function invokedAsBin(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (invokedAsBin()) {
  // `capillary-codes export | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    readStdin: () => readFileSync(0, 'utf8'),
  });
}
