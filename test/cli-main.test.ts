import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from 'capillary-codes';
import { exitCodes, main, parseArgs, type Command, type Io } from '../src/cli.js';

function capture(argv: readonly string[], { isTTY = false, env = {}, files = {} }: { isTTY?: boolean; env?: Record<string, string>; files?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (text: string) => (stdout += text), isTTY },
    stderr: { write: (text: string) => (stderr += text) },
    env,
    readFile: (path) => {
      if (!Object.hasOwn(files, path)) throw new Error(`ENOENT: no such file, open '${path}'`);
      return files[path]!;
    },
  };
  const status = main(argv, io);
  return { status, stdout, stderr };
}

const ansi = /\u001b\[/;

describe('parseArgs', () => {
  it('reads each command', () => {
    expect(parseArgs(['8011', '--category', 'error'])).toEqual({
      ok: true,
      command: { name: 'lookup', target: { code: 8011 }, hints: { category: 'error' }, json: false },
    });
    expect(parseArgs(['search', 'invalid', 'source', '--json'])).toEqual({
      ok: true,
      command: { name: 'search', text: 'invalid source', filter: {}, limit: 20, json: true },
    });
    expect(parseArgs(['format', 'DATE_IN_PAST', 'x=a=b', '--html'])).toEqual({
      ok: true,
      command: { name: 'format', target: { key: 'DATE_IN_PAST' }, params: { x: 'a=b' }, hints: {}, html: true, json: false },
    });
    expect(parseArgs(['export', '--format=i18next'])).toEqual({ ok: true, command: { name: 'export', format: 'i18next', json: false } });
    expect(parseArgs(['--json', '8011'])).toMatchObject({ ok: true, command: { name: 'lookup', json: true } });
    expect(parseArgs(['search', '--', '--not-an-option'])).toMatchObject({ ok: true, command: { text: '--not-an-option' } });
  });

  const anyArgv = fc.array(
    fc.oneof(
      fc.string(),
      fc.constantFrom('8011', '400', 'search', 'format', 'export', 'demo', 'help', '--json', '--help', '--version', '--category', '--format', '--', '-h', '0=1', 'warning'),
    ),
    { maxLength: 8 },
  );

  it('never throws, and a refusal is one line', () => {
    fc.assert(
      fc.property(anyArgv, (argv) => {
        const parsed = parseArgs(argv);
        if (!parsed.ok) {
          expect(parsed.reason).not.toMatch(/[\r\n]/);
          expect(parsed.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('main answers 0, 1 or 2 for any argv, with a one-line reason for 2', () => {
    fc.assert(
      fc.property(anyArgv, (argv) => {
        const { status, stderr } = capture(argv);
        expect([0, 1, 2]).toContain(status);
        if (status === exitCodes.usage) expect(stderr).toMatch(/^capillary-codes: [^\n]*\n$/);
      }),
      { numRuns: 300 },
    );
  });

  const categories = fc.constantFrom('success', 'error', 'warning');
  const apis = fc.constantFrom('v1.1', 'v2');
  const codes = fc.constantFrom(...new Set(catalog.map((entry) => entry.code)));
  const keys = fc.constantFrom(...catalog.map((entry) => entry.key));
  const message = fc.string({ maxLength: 30 });
  const paramName = fc.stringMatching(/^[a-z0-9]{1,4}$/);

  // Commands with the argv that says them, in any option order.
  const lookups = fc
    .record({ code: codes, category: fc.option(categories, { nil: undefined }), api: fc.option(apis, { nil: undefined }), message: fc.option(message, { nil: undefined }), json: fc.boolean() })
    .map(({ code, category, api, message: text, json }) => {
      const hints: Record<string, string> = {};
      const options: string[][] = [];
      if (category) (hints['category'] = category), options.push(['--category', category]);
      if (api) (hints['api'] = api), options.push(['--api', api]);
      if (text !== undefined) (hints['message'] = text), options.push([`--message=${text}`]);
      if (json) options.push(['--json']);
      return { command: { name: 'lookup', target: { code }, hints, json } as Command, positionals: [String(code)], options };
    });
  const formats = fc
    .record({ key: keys, params: fc.dictionary(paramName, fc.string({ maxLength: 10 }), { maxKeys: 3 }), json: fc.boolean(), html: fc.boolean() })
    .map(({ key, params, json, html }) => {
      const options: string[][] = [];
      if (json) options.push(['--json']);
      if (html) options.push(['--html']);
      const pairs = Object.entries(params).map(([name, value]) => `${name}=${value}`);
      return { command: { name: 'format', target: { key }, params, hints: {}, html, json } as Command, positionals: ['format', key, ...pairs], options };
    });
  const exportsOf = fc.record({ format: fc.constantFrom('json', 'i18next', 'icu') as fc.Arbitrary<'json' | 'i18next' | 'icu'>, json: fc.boolean() }).map(({ format, json }) => ({
    command: { name: 'export', format, json } as Command,
    positionals: ['export'],
    options: [['--format', format], ...(json ? [['--json']] : [])],
  }));

  it('reads back any command written as argv, whatever the order of its options', () => {
    fc.assert(
      fc.property(fc.oneof(lookups, formats, exportsOf), fc.array(fc.nat(), { maxLength: 6 }), ({ command, positionals, options }, slots) => {
        // Each option lands before, between or after the positionals, never inside another option.
        const gaps: string[][] = positionals.map(() => []).concat([[]]);
        options.forEach((option, i) => gaps[(slots[i] ?? gaps.length - 1) % gaps.length]!.push(...option));
        const argv = gaps.flatMap((gap, i) => [...gap, ...(i < positionals.length ? [positionals[i]!] : [])]);
        expect(parseArgs(argv)).toEqual({ ok: true, command });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('main, in process', () => {
  it('colours on a terminal only, and never with NO_COLOR', () => {
    expect(capture(['8011'], { isTTY: true }).stdout).toMatch(ansi);
    expect(capture(['8011'], { isTTY: true, env: { NO_COLOR: '' } }).stdout).toMatch(ansi);
    expect(capture(['8011'], { isTTY: true, env: { NO_COLOR: '1' } }).stdout).not.toMatch(ansi);
    expect(capture(['8011'], { isTTY: false }).stdout).not.toMatch(ansi);
    expect(capture(['format', '8006', '0=1'], { isTTY: true, env: { NO_COLOR: 'yes' } }).stdout).toBe(
      'Add failed, Customer already exists with id 1 for same source\n',
    );
  });

  it('--json output is never coloured', () => {
    const { stdout } = capture(['8011', '--json'], { isTTY: true });
    expect(stdout).not.toMatch(ansi);
    expect(() => JSON.parse(stdout)).not.toThrow();
  });

  it('formats with translations from --messages', () => {
    const files = { 'fr.json': JSON.stringify({ DATE_IN_PAST: '{x} ne peut pas être une date passée.' }) };
    expect(capture(['format', '1215', 'x=startDate', '--messages', 'fr.json'], { files })).toEqual({
      status: 0,
      stdout: 'startDate ne peut pas être une date passée.\n',
      stderr: '',
    });
  });

  it('a broken or missing translation file is bad usage, one line', () => {
    const files = { 'bad.json': JSON.stringify({ DATE_IN_PAST: '{y} ne peut pas être une date passée.' }), 'junk.json': '{' };
    for (const file of ['bad.json', 'junk.json', 'missing.json']) {
      const { status, stdout, stderr } = capture(['format', '1215', 'x=1', '--messages', file], { files });
      expect(status, file).toBe(2);
      expect(stdout).toBe('');
      expect(stderr, file).toMatch(/^capillary-codes: [^\n]+\n$/);
    }
    expect(capture(['format', '1215', '--messages', 'bad.json'], { files }).stderr).toContain('must use exactly {x}, got {y}');
  });
});
