import type { Category, Entry } from 'capillary-codes';
import { bin } from './given.js';

/**
 * Where the commands write, and how: colour for a person at a terminal, one line on stderr
 * for a refusal (`{"error": …}` under --json).
 */

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
 * Exit statuses: found, not found, bad usage. `read` tells more (see `readExitCodes`).
 * @example
 * main(['42424242'], io) === exitCodes.notFound; // true: no entry has that code
 */
export const exitCodes = Object.freeze({ found: 0, notFound: 1, usage: 2 });

/**
 * How text is marked: bold, dim, and a category's colour.
 * @example
 * out.style.bold('8011');
 */
export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly category: (category: Category, text: string) => string;
}

const plain: Style = { bold: (text) => text, dim: (text) => text, category: (_, text) => text };
const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const categoryColours: Record<Category, (text: string) => string> = { success: sgr(32, 39), error: sgr(31, 39), warning: sgr(33, 39) };
const ansi: Style = { bold: sgr(1, 22), dim: sgr(2, 22), category: (category, text) => categoryColours[category](text) };

/**
 * A command's output: lines, JSON, and refusals.
 * @example
 * out.line('8011 means LOOKUP_INVALID_SOURCE.');
 */
export interface Out {
  readonly io: Io;
  readonly style: Style;
  /** Whether the style colours (the demo's captured runs colour as the terminal does). */
  readonly coloured: boolean;
  line(text?: string): void;
  json(value: unknown): void;
  /** One line on stderr, `{"error": …}` under --json; returns the status. */
  fail(status: number, reason: string): number;
}

/**
 * The output of one run. Colour only for a person at a terminal, and never when NO_COLOR is
 * set (https://no-color.org).
 * @example
 * const out = outFor({ stdout: process.stdout, stderr: process.stderr, env: process.env }, false);
 */
export function outFor(io: Io, json: boolean): Out {
  const coloured = io.stdout.isTTY === true && !io.env['NO_COLOR'];
  return {
    io,
    style: coloured ? ansi : plain,
    coloured,
    line: (text = '') => io.stdout.write(`${text}\n`),
    json: (value) => io.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    fail: (status, reason) => {
      const line = reason.replace(/\s*\n\s*/g, ' ');
      io.stderr.write(json ? `${JSON.stringify({ error: line })}\n` : `${bin}: ${line}\n`);
      return status;
    },
  };
}

/**
 * A count and its noun, singular for one.
 * @example
 * plural(1, 'entry', 'entries'); // '1 entry'
 */
export const plural = (count: number, one: string, many: string): string => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/**
 * Params as `name="value"` pairs.
 * @example
 * paramsText({ 0: 'BLOCKED' }); // '0="BLOCKED"'
 */
export function paramsText(params: Readonly<Record<string, string>>): string {
  return Object.entries(params)
    .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
    .join(' ');
}

/**
 * What kind of failure, and whether to try again: errors and warnings say, successes have neither.
 * @example
 * failureFacts(entries.CUSTOMER_MARKED_AS_FRAUD); // ['permission-denied', 'not retryable']
 */
export function failureFacts(entry: Entry): string[] {
  if (entry.kind === undefined) return [];
  return [entry.kind, entry.retryable ? 'retryable' : 'not retryable'];
}

/**
 * Words filled into lines of at most `width` characters, each line indented.
 * @example
 * wrap(['a,', 'b'], '  '); // '  a, b'
 */
export function wrap(words: readonly string[], indent: string, width = 88): string {
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
