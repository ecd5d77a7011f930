import { readFileSync } from 'node:fs';
import { find, isSure, readResponse, userMessage, type Entry, type ReadStatus, type Resolution, type ResponseReading } from 'capillary-codes';
import type { Command } from '../cli-args.js';
import { logBodies } from '../log-bodies.js';
import { clip, quoted } from '../safely.js';
import { documented, libraryHints } from './given.js';
import { failureFacts, plural, type Out } from './output.js';

/**
 * `capillary-codes read`: the verdict on each response body in a file or a pasted log, from
 * `readResponse`. Statuses repeated in a body are summed up, so 70,000 repeated 8015s print
 * one line and the output stays small whatever the body holds.
 */

/**
 * `read`'s exit statuses: what the bodies say, at a glance for a script.
 * @example
 * main(['read', 'failed.json'], io) === readExitCodes.failure; // true
 */
export const readExitCodes = Object.freeze({ success: 0, failure: 1, usage: 2, partial: 3, noStatus: 4 });

type Outcome = ResponseReading['outcome'];

/** Statuses alike (category, code, message and answer), counted, with the first few paths. */
interface Group {
  readonly first: ReadStatus;
  count: number;
  readonly paths: string[];
}

/** Paths kept per group, for the --json output and the text's "at" line. */
const keptPaths = 5;

function answerKey(resolution: Resolution): string {
  switch (resolution.status) {
    case 'resolved':
      return `${resolution.entry.key} ${resolution.text}`;
    case 'ambiguous':
      return `? ${resolution.candidates.map((entry) => entry.key).join(' ')}`;
    case 'unknown':
      return '-';
  }
}

function grouped(statuses: readonly ReadStatus[]): Group[] {
  const groups = new Map<string, Group>();
  for (const status of statuses) {
    const key = `${status.category}\u0000${status.code}\u0000${status.message}\u0000${answerKey(status.resolution)}`;
    const group = groups.get(key);
    if (group) {
      group.count += 1;
      if (group.paths.length < keptPaths) group.paths.push(status.path);
    } else {
      groups.set(key, { first: status, count: 1, paths: [status.path] });
    }
  }
  return [...groups.values()];
}

function entrySummary(entry: Entry): Record<string, unknown> {
  const { key, code, category, resource, kind, retryable } = entry;
  return { key, code, category, resource, kind, retryable };
}

function resolutionJson(resolution: Resolution): Record<string, unknown> {
  const ignored = resolution.status !== 'unknown' && resolution.ignored ? { ignored: resolution.ignored } : {};
  switch (resolution.status) {
    case 'resolved':
      return { status: 'resolved', text: resolution.text, params: resolution.params, entry: entrySummary(resolution.entry), ...ignored };
    case 'ambiguous':
      return { status: 'ambiguous', text: resolution.text, candidates: resolution.candidates.map(entrySummary), ...ignored };
    case 'unknown':
      return { status: 'unknown' };
  }
}

/** What the answer is, in one line, saying when it is not sure. */
function answerLine(status: ReadStatus): string {
  const { resolution } = status;
  switch (resolution.status) {
    case 'resolved': {
      const { entry } = resolution;
      const facts = [entry.key, entry.resource, ...failureFacts(entry)].join(' · ');
      return isSure(resolution) ? `${facts} (text ${resolution.text})` : `not sure: ${status.code} documents ${entry.key} (${entry.resource}), but the server's text says something else`;
    }
    case 'ambiguous': {
      const keys = resolution.candidates.slice(0, 3).map((entry) => entry.key);
      const more = resolution.candidates.length > 3 ? `, … ${resolution.candidates.length - 3} more` : '';
      return `not sure: ${plural(resolution.candidates.length, 'entry', 'entries')} fit (${keys.join(', ')}${more})`;
    }
    case 'unknown':
      if (status.code === undefined) return 'unknown: the status carries no code';
      // Another resource's entry answers only by its text: a code of other resources is no answer here on the code alone.
      return find(status.code).length
        ? `unknown: no entry of ${status.code} belongs to this response's resource, and the server's text names none of another's`
        : `unknown: ${status.code} is not in the catalog`;
  }
}

function renderGroup(out: Out, group: Group, cmd: Command & { name: 'read' }): void {
  const { style } = out;
  const { first: status, count } = group;
  const code = status.code === undefined ? 'no code' : String(status.code);
  const message = status.message === undefined ? style.dim('(no message)') : quoted(clip(status.message, 200));
  const times = count > 1 ? `  ×${count.toLocaleString('en-US')}` : '';
  out.line(`  ${style.category(status.category, `${status.category} ${code}`)}  ${message}${style.bold(times)}`);
  out.line(`      ${answerLine(status)}`);
  // The hints the answer set aside, as `resolve` lists them: never worked out again here.
  const { resolution } = status;
  if (resolution.status !== 'unknown' && resolution.ignored) out.line(style.dim(`      hints set aside: ${resolution.ignored.join(', ')}`));
  const more = count > 1 ? ` (and ${plural(count - 1, 'other', 'others')})` : '';
  out.line(style.dim(`      at ${status.path || '(the body)'}${more}`));
  const page = documented(cmd.hints.endpoint, status.code);
  for (const reason of page?.reasons ?? []) out.line(`      ${cmd.hints.endpoint} sends it: ${reason}`);
  const shown = userMessage(status);
  out.line(`      show: ${shown === undefined ? style.dim('nothing (no sure entry, no server text)') : shown}`);
}

function groupJson(group: Group, cmd: Command & { name: 'read' }): Record<string, unknown> {
  const { first: status } = group;
  const page = documented(cmd.hints.endpoint, status.code);
  return {
    count: group.count,
    paths: group.paths,
    category: status.category,
    code: status.code ?? null,
    message: status.message ?? null,
    sure: isSure(status.resolution),
    resolution: resolutionJson(status.resolution),
    userMessage: userMessage(status) ?? null,
    ...(page && { reasons: page.reasons }),
  };
}

/** A body's verdict, or `undefined` where the body holds no status and no HTTP status was given. */
function outcomeOf(reading: ResponseReading): Outcome | undefined {
  return reading.statuses.length || reading.httpStatus !== undefined ? reading.outcome : undefined;
}

function retryText(reading: ResponseReading): string {
  const { retry } = reading;
  if (!retry.retryable) return `retry: no (${retry.reason})`;
  const after = retry.afterMs === undefined ? '' : `, after ${retry.afterMs / 1000} s`;
  return `retry: yes${after} (${retry.reason})`;
}

function renderReading(out: Out, reading: ResponseReading, cmd: Command & { name: 'read' }, label: string): void {
  const { style } = out;
  const outcome = outcomeOf(reading);
  const facts: string[] = [];
  if (reading.httpStatus !== undefined) facts.push(`HTTP ${reading.httpStatus}`);
  const failedItems = reading.items.filter((item) => !item.ok).length;
  if (reading.items.length) facts.push(`${failedItems.toLocaleString('en-US')} of ${plural(reading.items.length, 'item', 'items')} failed`);
  facts.push(plural(reading.statuses.length, 'status', 'statuses'));
  const colour = outcome === 'success' ? 'success' : outcome === 'partial' ? 'warning' : 'error';
  out.line(`${label}${style.bold(style.category(colour, outcome ?? 'no status'))} · ${facts.join(' · ')}`);
  if (outcome === undefined) return;
  const failures = grouped(reading.failures);
  if (failures.length) {
    out.line(`Failures (${reading.failures.length.toLocaleString('en-US')}):`);
    for (const group of failures) renderGroup(out, group, cmd);
  }
  const warnings = grouped(reading.warnings);
  if (warnings.length) {
    out.line(`Warnings (${reading.warnings.length.toLocaleString('en-US')}; warnings never fail a response):`);
    for (const group of warnings) renderGroup(out, group, cmd);
  }
  if (outcome !== 'success') out.line(retryText(reading));
}

function readingJson(reading: ResponseReading, index: number, cmd: Command & { name: 'read' }): Record<string, unknown> {
  const outcome = outcomeOf(reading);
  return {
    index,
    outcome: outcome ?? null,
    ok: outcome === undefined ? null : reading.ok,
    httpStatus: reading.httpStatus ?? null,
    retry: reading.retry,
    request: reading.request ? groupJson({ first: reading.request, count: 1, paths: [reading.request.path] }, cmd) : null,
    items: { total: reading.items.length, failed: reading.items.filter((item) => !item.ok).length },
    statuses: reading.statuses.length,
    failures: grouped(reading.failures).map((group) => groupJson(group, cmd)),
    warnings: grouped(reading.warnings).map((group) => groupJson(group, cmd)),
  };
}

/** The exit status of several verdicts: all success 0, all failure 1, a mix or a partial 3, none 4. */
function exitOf(outcomes: readonly (Outcome | undefined)[]): number {
  const judged = outcomes.filter((outcome): outcome is Outcome => outcome !== undefined);
  if (!judged.length) return readExitCodes.noStatus;
  if (judged.every((outcome) => outcome === 'success')) return readExitCodes.success;
  if (judged.every((outcome) => outcome === 'failure')) return readExitCodes.failure;
  return readExitCodes.partial;
}

function readSource(out: Out, cmd: Command & { name: 'read' }): string | number {
  const stdin = cmd.source === '-';
  // A path is the user's text, but cut at 40 characters it would name no file.
  const name = stdin ? 'standard input' : quoted(clip(cmd.source, 200));
  try {
    return stdin ? (out.io.readStdin ?? (() => readFileSync(0, 'utf8')))() : (out.io.readFile ?? ((file: string) => readFileSync(file, 'utf8')))(cmd.source);
  } catch (error) {
    return out.fail(readExitCodes.usage, `cannot read ${name}: ${clip(String((error as Error)?.message), 200)}`);
  }
}

/** The bodies of the source's text, or the exit status of a refusal; the text itself is not kept. */
function bodiesOf(out: Out, cmd: Command & { name: 'read' }, name: string): unknown[] | number {
  const text = readSource(out, cmd);
  if (typeof text === 'number') return text;
  const bodies = logBodies(text);
  // No JSON in the text: with an HTTP status, the text is a body judged by it alone (a gateway's HTML 503 page).
  if (!bodies.length && cmd.hints.httpStatus !== undefined) return [text];
  if (bodies.length) return bodies;
  const xml = /^\s*</.test(text) ? ' (it reads as XML: read takes JSON bodies)' : '';
  if (cmd.json) out.json({ source: cmd.source, hints: cmd.hints, bodies: [], total: { bodies: 0, success: 0, partial: 0, failure: 0, noStatus: 0 }, exit: readExitCodes.noStatus });
  return out.fail(readExitCodes.noStatus, `no JSON body in ${name}${xml}; give --status with the HTTP status to judge a body that is no JSON`);
}

/**
 * Reads the bodies of a file or standard input and prints a verdict on each; returns the exit
 * status (`readExitCodes`). Bodies are read one at a time, each let go once its verdict is out,
 * so a log of many bodies holds one reading at a time.
 * @example
 * runRead(out, { name: 'read', source: 'response.json', hints: { resource: 'customers' }, json: false }); // 0, 1, 3 or 4
 */
export function runRead(out: Out, cmd: Command & { name: 'read' }): number {
  const name = cmd.source === '-' ? 'standard input' : quoted(clip(cmd.source, 200));
  const bodies = bodiesOf(out, cmd, name);
  if (typeof bodies === 'number') return bodies;
  const { httpStatus, ...hints } = cmd.hints;
  const responseHints = { ...libraryHints(hints), httpStatus };
  const several = bodies.length > 1;
  const outcomes: (Outcome | undefined)[] = [];
  const summaries: Record<string, unknown>[] = [];
  for (let i = 0; i < bodies.length; i++) {
    const reading = readResponse(bodies[i], responseHints);
    bodies[i] = undefined;
    outcomes.push(outcomeOf(reading));
    if (cmd.json) summaries.push(readingJson(reading, i, cmd));
    else if (several || outcomeOf(reading) !== undefined) {
      if (i) out.line();
      renderReading(out, reading, cmd, several ? `Body ${i + 1}: ` : '');
    }
  }
  const status = exitOf(outcomes);
  const count = (outcome: Outcome | undefined) => outcomes.filter((each) => each === outcome).length;
  const total = { bodies: outcomes.length, success: count('success'), partial: count('partial'), failure: count('failure'), noStatus: count(undefined) };
  if (cmd.json) out.json({ source: cmd.source, hints: cmd.hints, bodies: summaries, total, exit: status });
  if (status === readExitCodes.noStatus) {
    return out.fail(readExitCodes.noStatus, `no status found in ${name}: no item_status, status, errors or warnings with a code`);
  }
  if (several && !cmd.json) {
    out.line();
    const parts = [`${total.success} success`, `${total.partial} partial`, `${total.failure} failure`, ...(total.noStatus ? [`${total.noStatus} without a status`] : [])];
    out.line(out.style.bold(`Total: ${plural(outcomes.length, 'body', 'bodies')} in ${name}: ${parts.join(', ')}`));
  }
  return status;
}
