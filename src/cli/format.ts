import { readFileSync } from 'node:fs';
import { defineMessages, entries, formatParts, isKey, isSure, resolve, type Entry, type FormatOptions, type Messages, type Part } from 'capillary-codes';
import type { Command } from '../cli-args.js';
import { clip } from '../safely.js';
import { bin, libraryHints, quote } from './given.js';
import { exitCodes, type Out } from './output.js';

/** `capillary-codes format`: a message with its placeholders filled. */

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

/** The entry a format command names, or the exit status of its refusal. */
function entryOf(out: Out, cmd: Command & { name: 'format' }): Entry | number {
  if ('key' in cmd.target) {
    const { key } = cmd.target;
    if (!isKey(key)) return out.fail(exitCodes.notFound, `no entry has the key ${key}`);
    return entries[key];
  }
  const { code } = cmd.target;
  const resolution = resolve(code, libraryHints(cmd.hints));
  if (resolution.status === 'unknown') return out.fail(exitCodes.notFound, `${code} is not in the catalog${cmd.hints.resource ? ` for ${cmd.hints.resource}` : ''}`);
  if (resolution.status === 'ambiguous') {
    const keys = resolution.candidates.map((e) => e.key);
    const more = keys.length > listedKeys ? `, … ${keys.length - listedKeys} more (${bin} ${code} lists them)` : '';
    return out.fail(exitCodes.usage, `${code} is ambiguous; format one of its keys: ${keys.slice(0, listedKeys).join(', ')}${more}`);
  }
  // The server's text says something else: its wording is not the entry's to fill.
  if (!isSure(resolution)) return out.fail(exitCodes.usage, `${code} is not sure with that --message (the text is none of ${resolution.entry.key}'s wordings); format the key to fill its wording`);
  return resolution.entry;
}

/**
 * Fills an entry's placeholders and prints the message; returns the exit status.
 * @example
 * runFormat(out, { name: 'format', target: { code: 8006 }, params: { 0: '12345' }, hints: {}, html: false, json: false }); // 0
 */
export function runFormat(out: Out, cmd: Command & { name: 'format' }): number {
  const entry = entryOf(out, cmd);
  if (typeof entry === 'number') return entry;
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
