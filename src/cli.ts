#!/usr/bin/env node
import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  catalog,
  defineMessages,
  entries,
  find,
  format,
  formatParts,
  isKey,
  parseCode,
  resolve,
  type Category,
  type Entry,
  type FormatOptions,
  type Messages,
  type Part,
  type TextMatch,
} from 'capillary-codes';
import { bin, defaultLimit, parseArgs, quote, type Command, type Hints, type Target, type Topic } from './cli-args.js';
import { explain, relations } from './explain.js';
import { exportMessages } from './i18n.js';
import { search, type SearchFilter } from './search.js';

export { parseArgs, type Command, type Hints, type Parsed, type Target, type Topic } from './cli-args.js';

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
 * const io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env };
 */
export interface Io {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean | undefined };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Reads a file named on the command line; defaults to the file system. */
  readonly readFile?: (path: string) => string;
}

/**
 * Exit statuses: found, not found, bad usage.
 * @example
 * main(['200'], io) === exitCodes.notFound; // true: 200 is no code of the catalog
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
  fail(status: number, reason: string): number;
}

function outFor(io: Io): Out {
  return {
    io,
    style: styleFor(io),
    line: (text = '') => io.stdout.write(`${text}\n`),
    json: (value) => io.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    fail: (status, reason) => {
      io.stderr.write(`${bin}: ${reason.replace(/\s*\n\s*/g, ' ')}\n`);
      return status;
    },
  };
}

const help: Record<Topic | 'main', string> = {
  main: `${bin} ${version}: what a status code of the Capillary customers API means

Usage
  ${bin} <code|KEY> [--category C] [--api A] [--operation OP] [--message TEXT]
      Every entry of a code, duplicates explained. The hints, above all --message
      (the text the server sent), pick among entries that share a code.
  ${bin} search <text...> [--category C] [--api A] [--limit N]
      Entries whose wording says what the text says, best first.
  ${bin} format <code|KEY> [name=value...] [--messages FILE] [--html]
      The message with its placeholders filled.
  ${bin} export [--format json|i18next|icu]
      Every message keyed by entry key, for translation tools.
  ${bin} demo
      A short tour.

Options
  --json          machine-readable output, for every command
  -h, --help      this help; ${bin} <command> --help for one command
  -v, --version   the version

C is success, error or warning; A is v1.1 or v2.
Exit status: 0 found, 1 not found, 2 bad usage. Colour on a terminal, never with NO_COLOR.`,
  lookup: `Usage: ${bin} <code|KEY> [--category C] [--api A] [--operation OP] [--message TEXT] [--json]

Shows every entry of a code (or the entry of a key) and how each could be mistaken for
another: the same code in another category, the documentation's paraphrase of the
server's text, the same text under another code. Hints pick among the entries of a
code; a hint no entry fits is ignored, and said so.

  --category C     success, error or warning: where the status arrived
  --api A          v1.1 or v2: the response surface
  --operation OP   the call that answered, e.g. register, get, tickets.add
  --message TEXT   the text the server sent, compared tolerantly

Example: ${bin} 8011 --message "Look up, Invalid source passed"`,
  search: `Usage: ${bin} search <text...> [--category C] [--api A] [--limit N] [--json]

Lists the entries whose wording says what the text says, best first. Case, punctuation,
word order and word forms do not matter; a word being typed matches the words it begins.
The first entry is the one the library's match() picks, when it picks one.

  --category C   only success, error or warning entries
  --api A        only v1.1 or v2 entries
  --limit N      at most N entries (default ${defaultLimit})

Example: ${bin} search "invalid source"`,
  format: `Usage: ${bin} format <code|KEY> [name=value...] [--messages FILE] [--html] [--json]

Fills a message's placeholders, {0} with 0=value, {x} with x=value. A placeholder given
no value stays visible. A code with several entries is ambiguous: pick one of the keys
listed, or narrow it with --category, --api, --operation or --message.

  --messages FILE   translations (JSON keyed by entry key, as "${bin} export" writes)
  --html            escape the values for HTML

Example: ${bin} format 8006 0=12345`,
  export: `Usage: ${bin} export [--format json|i18next|icu]

Writes every message as JSON keyed by entry key, for translation tools:
  json      the catalog's own {x} placeholders; load a translation with defineMessages
  i18next   {{x}} placeholders
  icu       ICU MessageFormat, apostrophes quoted

Example: ${bin} export --format icu > messages.en.json`,
  demo: `Usage: ${bin} demo

A short tour of the command and of the library.`,
};

function entryJson(entry: Entry): Record<string, unknown> {
  return {
    ...entry,
    explanations: [...explain(entry), ...(entry.note ? [`Note: ${entry.note}`] : [])],
    relations: relations(entry).map(({ kind, other }) => ({ kind, key: other.key, code: other.code, category: other.category })),
  };
}

function renderEntry(out: Out, entry: Entry, marker: string, listing = false): void {
  const { style } = out;
  const facts = [style.category(entry.category, `${entry.category} ${entry.code}`), entry.api];
  if (entry.operations) facts.push(`operations: ${entry.operations.join(', ')}`);
  if (entry.paraphrase) facts.push("documentation's paraphrase");
  out.line(`${marker}${style.bold(entry.key)}  ${facts.join(' · ')}`);
  out.line(`    ${entry.message}`);
  for (const alias of entry.aliases ?? []) out.line(`    ${style.dim('also worded:')} ${alias}`);
  for (const sentence of explain(entry, { siblings: !listing })) out.line(`    ${style.dim('-')} ${sentence}`);
  if (entry.note) out.line(`    ${style.dim('- note:')} ${entry.note}`);
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
  if (!hints.category && differ((entry) => entry.category)) pick.push('--category (the list it arrived in)');
  if (!hints.operation && differ((entry) => entry.operations?.join())) pick.push('--operation (the call that answered)');
  if (!hints.api && differ((entry) => entry.api)) pick.push('--api (the response surface)');
  if (hints.message === undefined && differ((entry) => entry.message)) pick.push('--message (the text the server sent)');
  return pick;
}

function ignoredHints(code: number, hints: Hints): string[] {
  const ignored: string[] = [];
  if (hints.category && !find(code, { category: hints.category }).length) ignored.push(`--category ${hints.category}`);
  if (hints.api && !find(code, { api: hints.api }).length) ignored.push(`--api ${hints.api}`);
  if (hints.operation && !find(code, { operation: hints.operation }).length) ignored.push(`--operation ${hints.operation}`);
  return ignored;
}

function lookup(out: Out, target: Target, hints: Hints, json: boolean): number {
  if ('key' in target) {
    const entry = isKey(target.key) ? entries[target.key] : undefined;
    if (!entry) {
      if (json) out.json({ query: target, found: false, entries: [] });
      const near = catalog.filter((e) => e.key.includes(target.key)).map((e) => e.key);
      return out.fail(exitCodes.notFound, `no entry has the key ${target.key}${near.length ? `; keys containing it: ${near.slice(0, 8).join(', ')}` : ''}`);
    }
    if (json) {
      const resolution = { status: 'resolved', key: entry.key, text: 'none', params: {} };
      out.json({ query: target, found: true, resolution, ignoredHints: [], entries: [{ ...entryJson(entry), candidate: true }] });
    }
    else renderEntry(out, entry, '');
    return exitCodes.found;
  }

  const { code } = target;
  const all = find(code);
  if (!all.length) {
    if (json) out.json({ query: { code, hints }, found: false, resolution: { status: 'unknown' }, entries: [] });
    return out.fail(exitCodes.notFound, `${code} is not a code of the customers API (try: ${bin} search <text>)`);
  }
  const resolution = resolve(code, hints);
  if (resolution.status === 'unknown') return out.fail(exitCodes.notFound, `${code} is not a code of the customers API`);
  const candidates = resolution.status === 'resolved' ? [resolution.entry] : resolution.candidates;
  const others = all.filter((entry) => !candidates.includes(entry));
  const ignored = ignoredHints(code, hints);

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
      entries: [...candidates, ...others].map((entry) => ({ ...entryJson(entry), candidate: candidates.includes(entry) })),
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
    const why = hinted ? 'what was given does not tell them apart' : 'nothing given tells them apart';
    out.line(`${code} has ${candidates.length} entries; ${why} (best first).`);
    if (hints.message !== undefined && resolution.text === 'different') out.line(`The message is close to none of them.`);
    const pick = tellApart(candidates, hints);
    if (pick.length) out.line(style.dim(`Give ${pick.join(' or ')} to pick one.`));
  }
  for (const hint of ignored) out.line(style.dim(`${hint} ignored: no entry of ${code} fits it.`));
  if (hinted || all.length > 1) out.line();
  candidates.forEach((entry, i) => {
    if (i) out.line();
    renderEntry(out, entry, resolution.status === 'resolved' && all.length > 1 ? '> ' : '', true);
  });
  if (others.length) {
    out.line();
    out.line(style.dim(`Other entries of ${code}, left out by the hints:`));
    for (const entry of others) {
      out.line();
      renderEntry(out, entry, '', true);
    }
  }
  return exitCodes.found;
}

function runSearch(out: Out, text: string, filter: SearchFilter, limit: number, json: boolean): number {
  const hits = search(text, filter);
  const shown = hits.slice(0, limit);
  if (json) {
    out.json({
      query: { text, ...filter },
      total: hits.length,
      // Shaped like SearchHit: `params` are the values read from the text, not the entry's names.
      hits: shown.map((hit) => ({ score: hit.score, best: hit.best, params: hit.params, entry: hit.entry })),
    });
  }
  if (!hits.length) {
    const lookup = parseCode(text) !== undefined || isKey(text.toUpperCase()) ? `; to look it up: ${bin} ${text}` : '';
    return out.fail(exitCodes.notFound, `no entry resembles ${quote(text)}${lookup}`);
  }
  if (json) return exitCodes.found;
  const { style } = out;
  const keyWidth = Math.max(...shown.map((hit) => hit.entry.key.length));
  for (const hit of shown) {
    const { entry } = hit;
    const code = String(entry.code).padStart(5);
    const category = style.category(entry.category, entry.category.padEnd(7));
    const params = hit.best && Object.keys(hit.params).length ? style.dim(`  (${paramsText(hit.params)})`) : '';
    out.line(`${hit.best ? '*' : ' '} ${code}  ${category}  ${style.bold(entry.key.padEnd(keyWidth))}  ${entry.message}${params}`);
  }
  if (hits.length > shown.length) out.line(style.dim(`… ${hits.length - shown.length} more (--limit ${hits.length} shows them all)`));
  if (shown.some((hit) => hit.best)) out.line(style.dim(`* what match() reads this text as`));
  return exitCodes.found;
}

function loadMessages(out: Out, path: string): Messages | number {
  let text: string;
  try {
    text = (out.io.readFile ?? ((file: string) => readFileSync(file, 'utf8')))(path);
  } catch (error) {
    return out.fail(exitCodes.usage, `cannot read --messages ${quote(path)}: ${(error as Error).message}`);
  }
  try {
    return defineMessages(JSON.parse(text) as Record<string, string>);
  } catch (error) {
    return out.fail(exitCodes.usage, `--messages ${quote(path)}: ${(error as Error).message}`);
  }
}

function runFormat(out: Out, cmd: Command & { name: 'format' }): number {
  let entry: Entry;
  if ('key' in cmd.target) {
    if (!isKey(cmd.target.key)) return out.fail(exitCodes.notFound, `no entry has the key ${cmd.target.key}`);
    entry = entries[cmd.target.key];
  } else {
    const { code } = cmd.target;
    const resolution = resolve(code, cmd.hints);
    if (resolution.status === 'unknown') return out.fail(exitCodes.notFound, `${code} is not a code of the customers API`);
    if (resolution.status === 'ambiguous') {
      const keys = resolution.candidates.map((e) => e.key).join(', ');
      return out.fail(exitCodes.usage, `${code} is ambiguous; format one of its keys: ${keys}`);
    }
    entry = resolution.entry;
  }
  const unknown = Object.keys(cmd.params).filter((name) => !entry.params.includes(name));
  if (unknown.length) {
    const takes = entry.params.length ? entry.params.map((name) => `{${name}}`).join(', ') : 'no params';
    return out.fail(exitCodes.usage, `${entry.key} takes ${takes}; got ${unknown.map((name) => `{${name}}`).join(', ')}`);
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
    out.json({ key: entry.key, code: entry.code, category: entry.category, params: cmd.params, text, parts });
  } else {
    out.line(parts.map((part) => (typeof part === 'string' ? part : out.style.bold(part.value))).join(''));
  }
  return exitCodes.found;
}

function runDemo(out: Out): number {
  const { style } = out;
  const show = (argv: string[], maxLines = Infinity) => {
    out.line(style.bold(`$ ${bin} ${argv.map((arg) => (/[\s"]/.test(arg) ? JSON.stringify(arg) : arg)).join(' ')}`));
    let captured = '';
    const sink = { write: (text: string) => (captured += text) };
    main(argv, { ...out.io, stdout: { write: sink.write, isTTY: out.style === ansi }, stderr: sink });
    const lines = captured.trimEnd().split('\n');
    for (const line of lines.slice(0, maxLines)) out.line(line);
    if (lines.length > maxLines) out.line(style.dim(`… (${lines.length - maxLines} more lines)`));
    out.line();
  };
  const call = (code: string, result: unknown) => {
    out.line(`  ${code}`);
    out.line(style.dim(`  // ${JSON.stringify(result)}`));
  };

  out.line(`${bin} ${version}: a short tour\n`);
  out.line(style.dim('A code from a log, explained:'));
  show(['816']);
  out.line(style.dim('Two texts share 8011; the server\'s message picks one:'));
  show(['8011']);
  show(['8011', '--message', 'Look up, Invalid source passed']);
  out.line(style.dim('The same code in two categories:'));
  show(['400', '--category', 'warning']);
  out.line(style.dim('Searching by text:'));
  show(['search', 'customer already exists']);
  out.line(style.dim('Formatting, and exports for translators:'));
  show(['format', '8006', '0=12345']);
  show(['export', '--format', 'icu'], 4);

  out.line(style.dim('The same, from code:'));
  out.line();
  const fromServer = resolve('8006', { message: 'Add failed, Customer already exists with id 42 for same source' });
  call(
    "resolve('8006', { message: 'Add failed, Customer already exists with id 42 for same source' })",
    fromServer.status === 'resolved' ? { status: fromServer.status, key: fromServer.entry.key, params: fromServer.params, text: fromServer.text } : fromServer.status,
  );
  const ambiguous = resolve(8011);
  call('resolve(8011).status', ambiguous.status);
  call("formatParts('CARD_ACTIONS_NOT_ALLOWED', { 0: 'BLOCKED' })", formatParts(entries.CARD_ACTIONS_NOT_ALLOWED, { 0: 'BLOCKED' }));
  call("find(8088).map((e) => `${e.category} ${e.key}`)", find(8088).map((e) => `${e.category} ${e.key}`));
  const fr = defineMessages({ DATE_IN_PAST: '{x} ne peut pas être une date passée.' });
  call("format('DATE_IN_PAST', { x: 'startDate' }, { messages: defineMessages({ DATE_IN_PAST: '{x} ne peut pas être une date passée.' }) })", format('DATE_IN_PAST', { x: 'startDate' }, { messages: fr }));
  out.line();
  out.line(`More: ${bin} --help`);
  return exitCodes.found;
}

/**
 * Runs the command line and returns the exit status: 0 found, 1 not found, 2 bad usage
 * (one line on stderr). Writes only to `io`, so tests run it in process.
 * @example
 * const status = main(['8011', '--json'], { stdout: process.stdout, stderr: process.stderr, env: process.env }); // 0
 */
export function main(argv: readonly string[], io: Io): number {
  const out = outFor(io);
  const parsed = parseArgs(argv);
  if (!parsed.ok) return out.fail(exitCodes.usage, parsed.reason);
  const cmd = parsed.command;
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
    case 'export':
      out.json(exportMessages(cmd.format));
      return exitCodes.found;
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
  process.exitCode = main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
}
