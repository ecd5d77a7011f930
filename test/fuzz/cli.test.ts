import fc from 'fast-check';
import { IntlMessageFormat } from 'intl-messageformat';
import { afterEach, describe, expect, it } from 'vitest';
import { apis, catalog, format, parseCode, readResponse, resources, type Entry } from 'capillary-codes';
import { main, parseArgs, type Io } from '../../src/cli.js';
import { icuMessage, icuParams, i18nextMessage, exportMessages } from '../../src/i18n.js';
import { logBodies } from '../../src/log-bodies.js';
import { search } from '../../src/search.js';
import { explain, relations } from '../../src/explain.js';
import { belongsTo } from '../../src/narrow.js';
import { anyText, anyValue, attempt, catalogText, describeError, expectUntouched, HUGE_RUNS, numericText, prototypeNames, prototypesUntouched, real, recipe, runs, TIMEOUT, trickyText } from './hostile.js';

afterEach(expectUntouched);

// The CLI speaks for the whole API: its entries are the root entry's, not a view's.
const catalogSet: ReadonlySet<Entry> = new Set(catalog);
const keys = catalog.map((entry) => entry.key);
const operations = [...new Set(catalog.flatMap((entry) => entry.operations ?? []))];
/**
 * The longest one-line reason: "--operation must be one of" the catalog's 41 operations, or
 * "--resource must be one of" its 37 resources, then the value given, cut to 40 characters.
 */
const maxReason = 700;

/** Words a command line is made of: commands, options with and without values, codes, keys, params, and junk. */
const word = fc.oneof(
  fc.constantFrom('search', 'format', 'export', 'read', 'demo', 'help', 'lookup'),
  fc.constantFrom('--resource', '--category', '--api', '--operation', '--message', '--limit', '--messages', '--format', '--json', '--html', '--help', '--version', '-h', '-v', '-V', '--', '-', '---', '--=x', '--json=1', '--category=error', '--resource=customers', '--resource=', '--limit=0', '--limit=999999', '--limit=1e3'),
  fc.constantFrom(...prototypeNames).map((name) => `--${name}`),
  fc.constantFrom('success', 'error', 'warning', 'json', 'i18next', 'icu', 'body.json', 'fr.json', ...apis, ...resources, ...operations),
  numericText,
  fc.constantFrom(...keys),
  fc.constantFrom(...keys).map((key) => key.toLowerCase()),
  fc.tuple(fc.oneof(fc.constantFrom(...prototypeNames, '0', '1', 'x', 'y', ''), fc.string()), fc.oneof(trickyText, fc.string())).map(([name, value]) => `${name}=${value}`),
  catalogText,
  anyText,
);
const argv = fc.array(word, { maxLength: 8 });

function capture(args: readonly unknown[], files: Record<string, unknown>, isTTY: boolean, stdin?: string) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (text: string) => (stdout += text), isTTY },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
    readFile: (path) => {
      const content = Object.hasOwn(files, path) ? files[path] : undefined;
      if (typeof content !== 'string') throw new Error(`ENOENT: ${path}`);
      return content;
    },
    readStdin: () => {
      if (stdin === undefined) throw new Error('EAGAIN: no input');
      return stdin;
    },
  };
  return { result: attempt(() => main(args as string[], io)), stdout: () => stdout, stderr: () => stderr };
}

describe('fuzz: parseArgs', () => {
  it(`never throws on any command line: a command, or a one-line reason under ${maxReason} characters`, { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(argv, (args) => {
        const parsed = parseArgs(args);
        if (!parsed.ok) {
          expect(parsed.reason.length).toBeGreaterThan(0);
          expect(parsed.reason.length).toBeLessThan(maxReason);
          expect(parsed.reason).not.toMatch(/[\r\n]/);
          // A refusal is in JSON only where the command line asked for it.
          if (parsed.json) expect(args).toContain('--json');
        } else {
          expect(['help', 'version', 'lookup', 'search', 'format', 'export', 'read', 'demo']).toContain(parsed.command.name);
        }
        expect(prototypesUntouched()).toBe(true);
      }),
      runs(),
    );
  });

  it('reads a code exactly where parseCode does, and never takes other digits for one', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.oneof(numericText, fc.constantFrom(...prototypeNames), anyText), fc.boolean(), (target, asFormat) => {
        const parsed = parseArgs(asFormat ? ['format', target] : [target]);
        const code = parseCode(target);
        const command = parsed.ok ? parsed.command : undefined;
        const got = command && 'target' in command ? command.target : undefined;
        if (code !== undefined && !target.startsWith('-') && !['help', 'search', 'format', 'export', 'read', 'demo'].includes(target)) expect(got).toEqual({ code });
        else if (got && 'code' in got) throw new Error(`${JSON.stringify(target)} read as code ${got.code}`);
      }),
      runs(),
    );
  });

  it('keeps every param of format as given, names like "__proto__" and "constructor" included', { timeout: TIMEOUT }, () => {
    const name = fc.oneof(fc.constantFrom(...prototypeNames, 'x', 'y', '0'), fc.stringMatching(/^[^=]{1,8}$/));
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(name, fc.oneof(trickyText, fc.string())), { selector: ([n]) => n, maxLength: 6 }), (pairs) => {
        const parsed = parseArgs(['format', 'DATE_IN_PAST', ...pairs.map(([n, v]) => `${n}=${v}`)]);
        // A param starting with "-" reads as an option: not this property's business.
        if (pairs.some(([n]) => n.startsWith('-'))) return;
        expect(parsed.ok, parsed.ok ? '' : parsed.reason).toBe(true);
        const params = (parsed as { command: { params: Record<string, string> } }).command.params;
        expect(Object.getOwnPropertyNames(params).sort()).toEqual(pairs.map(([n]) => n).sort());
        for (const [n, v] of pairs) expect(Object.getOwnPropertyDescriptor(params, n)?.value).toBe(v);
        expect(prototypesUntouched()).toBe(true);
      }),
      runs<[[string, string][]]>(undefined, [[[['__proto__', 'x']]]]),
    );
  });

  it('refuses argv that is not text without throwing', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(word, anyValue), { minLength: 1, maxLength: 4 }), (args) => {
        const result = attempt(() => parseArgs(args.map(real) as string[]));
        expect(result.ok, result.ok ? '' : describeError(result.error)).toBe(true);
      }),
      runs<[unknown[]]>(undefined, [[[recipe('throwingGetters')]], [[recipe('nullPrototype')]]]),
    );
  });

  it('reads 1 MB arguments, and says why it refuses them in one short line', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.constantFrom('8', 'a', ' ', '\n', '-', '=', 'é'), fc.constantFrom([], ['search'], ['format'], ['--message'], ['format', '8006'], ['--resource'], ['read'], ['read', 'x']), (unit, before) => {
        const big = unit.repeat(1 << 20);
        const parsed = parseArgs([...before, big]);
        if (!parsed.ok) expect(parsed.reason.length).toBeLessThan(maxReason);
      }),
      runs(HUGE_RUNS),
    );
  });
});

describe('fuzz: the command', () => {
  it('exits 0 to 4 (3 and 4 only for read), with one line on stderr when not 0 (but for read), JSON on stdout and stderr for --json, and no "undefined"', { timeout: TIMEOUT }, () => {
    const translation = fc.oneof(
      fc.constant('{"DATE_IN_PAST": "{x} ne peut pas être une date passée."}'),
      fc.constant('{"__proto__": {"polluted": "yes"}, "DATE_IN_PAST": "{x}"}'),
      fc.constant('{"constructor": {"prototype": {"polluted": "yes"}}}'),
      fc.constant('{"DATE_IN_PAST": "{y}"}'),
      fc.constant('not json'),
      anyText,
    );
    const body = fc.oneof(
      fc.constant('{"errors": [{"code": 8087, "message": "Card is BLOCKED, not allowed to do any further actions"}]}'),
      fc.constant('{"response": {"status": {"success": "true", "code": 200, "message": "SUCCESS"}}}'),
      fc.constant('{"__proto__": {"errors": [{"code": 1}]}, "constructor": {"status": {"code": "8015"}}}'),
      fc.constant('<response><status><code>200</code></status></response>'),
      fc.constant('{"errors": ['),
      fc.constant('[]'),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      anyText,
    );
    fc.assert(
      fc.property(argv, translation, body, fc.option(body, { nil: undefined }), fc.boolean(), fc.boolean(), (args, file, bodyFile, stdin, withMessages, isTTY) => {
        // The CLI's own tour and help are long texts of their own; the property is about what users type.
        if (args.includes('demo')) return;
        const full = withMessages ? [...args, '--messages', 'fr.json'] : args;
        const run = capture(full, { 'fr.json': file, 'body.json': bodyFile }, isTTY, stdin);
        expect(run.result.ok, run.result.ok ? '' : describeError(run.result.error)).toBe(true);
        const status = (run.result as { value: number }).value;
        const parsed = parseArgs(full);
        const reads = parsed.ok && parsed.command.name === 'read';
        expect(reads ? [0, 1, 2, 3, 4] : [0, 1, 2]).toContain(status);
        const [stdout, stderr] = [run.stdout(), run.stderr()];
        // read's verdicts 1 and 3 are answers, not refusals: they write nothing on stderr.
        if (status === 0 || (reads && (status === 1 || status === 3))) expect(stderr).toBe('');
        else expect(stderr, full.join(' ')).toMatch(/^[^\n]+\n$/);
        const asJson = parsed.ok ? 'json' in parsed.command && parsed.command.json : parsed.json;
        if (asJson && stdout) expect(() => JSON.parse(stdout)).not.toThrow();
        if (asJson && stderr) expect(JSON.parse(stderr), stderr).toEqual({ error: expect.any(String) });
        if (!asJson && stderr) expect(stderr).toMatch(/^capillary-codes: /);
        const given = full.join(' ') + file + bodyFile + (stdin ?? '');
        for (const text of ['undefined', '[object Object]', 'NaN']) if (!given.includes(text)) expect(stdout + stderr).not.toContain(text);
        expect(prototypesUntouched()).toBe(true);
      }),
      runs(),
    );
  });
});

describe('fuzz: read', () => {
  it("reads any text from a file or standard input: each JSON body logBodies finds gets readResponse's verdict, the exit status their outcomes', 4 without any", { timeout: TIMEOUT }, () => {
    const body = fc.oneof(
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.record({ errors: fc.array(fc.record({ code: fc.oneof(numericText, fc.constantFrom(...catalog.map((entry) => entry.code))), message: fc.oneof(catalogText, anyText) }, { requiredKeys: [] })) }).map((value) => JSON.stringify(value)),
      anyText,
    );
    // Log text: bodies with text before them, one a line, or logged as escaped strings.
    const text = fc.oneof(body, fc.array(fc.tuple(anyText, body, fc.boolean()), { maxLength: 3 }).map((lines) => lines.map(([before, json, escaped]) => `${before.replace(/\n/g, ' ')} ${escaped ? JSON.stringify(json) : json}`).join('\n')));
    const hint = fc.oneof(
      fc.constantFrom(...resources).map((r) => ['--resource', r]),
      fc.constantFrom(...apis).map((a) => ['--api', a]),
      fc.constantFrom(...operations).map((o) => ['--operation', o]),
      fc.integer({ min: 100, max: 599 }).map((status) => ['--status', String(status)]),
    );
    const exitOf = { success: 0, failure: 1, partial: 3 } as const;
    fc.assert(
      fc.property(text, fc.boolean(), fc.array(hint, { maxLength: 3 }), fc.boolean(), (input, fromStdin, hints, asJson) => {
        const argv = ['read', fromStdin ? '-' : 'body.json', ...hints.flat(), ...(asJson ? ['--json'] : [])];
        const run = capture(argv, { 'body.json': input }, false, input);
        expect(run.result.ok, run.result.ok ? '' : describeError(run.result.error)).toBe(true);
        const status = (run.result as { value: number }).value;
        const [stdout, stderr] = [run.stdout(), run.stderr()];
        const parsed = parseArgs(argv);
        if (!parsed.ok) {
          expect(status).toBe(2);
          return;
        }
        const { httpStatus, ...given } = (parsed.command as { hints: { httpStatus?: number } }).hints;
        const bodies: unknown[] = logBodies(input);
        if (!bodies.length && httpStatus !== undefined) bodies.push(input);
        const outcomes = bodies.map((each) => readResponse(each, { ...given, httpStatus })).flatMap((reading) => (reading.statuses.length || httpStatus !== undefined ? [exitOf[reading.outcome]] : []));
        const expected = !outcomes.length ? 4 : outcomes.every((each) => each === 0) ? 0 : outcomes.every((each) => each === 1) ? 1 : 3;
        expect(status, argv.join(' ')).toBe(expected);
        if (asJson && stdout) expect((JSON.parse(stdout) as { bodies: unknown[] }).bodies).toHaveLength(bodies.length);
        if (status === 4) expect(stderr).toMatch(asJson ? /^\{"error":"[^\n]+"\}\n$/ : /^capillary-codes: [^\n]+\n$/);
        else expect(stderr).toBe('');
      }),
      runs(),
    );
  });
});

describe('fuzz: the modules behind the command', () => {
  it('search ranks any text: catalog entries only, the filter kept, best first, scores from 0 to 1', { timeout: TIMEOUT }, () => {
    const filter = fc.record(
      { resource: fc.constantFrom(...resources), category: fc.constantFrom('success', 'error', 'warning'), api: fc.constantFrom(...apis) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(catalogText, anyText), filter, (query, only) => {
        const hits = search(query, only as never);
        const bests = hits.filter((hit) => hit.best);
        expect(bests.length).toBeLessThanOrEqual(1);
        if (bests.length) expect(hits[0]!.best).toBe(true);
        hits.forEach((hit, i) => {
          expect(catalogSet.has(hit.entry)).toBe(true);
          expect(hit.score).toBeGreaterThanOrEqual(0);
          expect(hit.score).toBeLessThanOrEqual(1);
          if (only.resource) expect(belongsTo(hit.entry, only.resource)).toBe(true);
          if (only.category) expect(hit.entry.category).toBe(only.category);
          if (only.api) expect(hit.entry.api).toBe(only.api);
          for (const value of Object.values(hit.params)) expect(query).toContain(value);
          const previous = hits[i - 1];
          if (previous && !hit.best && !previous.best) expect(previous.score).toBeGreaterThanOrEqual(hit.score);
        });
      }),
      runs(),
    );
  });

  it('search reads a 1 MB query', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.constantFrom('invalid source ', '{', 'é', ' '), (unit) => {
        const hits = search(unit.repeat(Math.ceil((1 << 20) / unit.length)));
        for (const hit of hits) expect(catalogSet.has(hit.entry)).toBe(true);
      }),
      runs(HUGE_RUNS),
    );
  });

  it('an ICU export formats back, through intl-messageformat, to what format writes, the params renamed by icuParams', { timeout: TIMEOUT }, () => {
    const name = fc.constantFrom('x', 'y', '0', '1', 'name', 'é', 'id number', 'id_number', 'a-b', '01', '');
    const text = fc.oneof(trickyText, fc.string(), fc.constantFrom("doesn't", "'yyyy-MM-dd'", "''", "'{'", '#', '}{', '{}', '<b>', '</b>'));
    const template = fc.array(fc.oneof(text, name.map((n) => `{${n}}`)), { maxLength: 8 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.oneof(template, fc.constantFrom(...catalog.map((entry) => entry.message))), fc.string(), (source, value) => {
        const converted = attempt(() => icuMessage(source));
        if (!converted.ok) {
          expect(converted.error).toBeInstanceOf(TypeError);
          return;
        }
        const values = Object.fromEntries([...source.matchAll(/\{([^{}]*)\}/g)].map((found) => [found[1]!, value]));
        const formatted = new IntlMessageFormat(converted.value, 'en', undefined, { ignoreTag: true }).format(icuParams(values));
        expect(formatted, `${JSON.stringify(source)} as ${JSON.stringify(converted.value)}`).toBe((format as unknown as (t: string, p: object) => string)(source, values));
      }),
      runs<[string, string]>(undefined, [["{'{", '']]),
    );
  });

  it('an i18next export writes each {name} as {{name}} and leaves the rest alone', { timeout: TIMEOUT }, () => {
    fc.assert(
      // Doubled braces in the source would be ambiguous in i18next's syntax; no catalog wording has them.
      fc.property(fc.oneof(trickyText, anyText).filter((source) => !/\{\{|\}\}/.test(source)), (source) => {
        const converted = i18nextMessage(source);
        expect(converted.replace(/\{\{([^{}]*)\}\}/g, '{$1}')).toBe(source);
        expect(converted.match(/\{\{[^{}]*\}\}/g) ?? []).toHaveLength([...source.matchAll(/\{[^{}]*\}/g)].length);
      }),
      runs(),
    );
  });

  it('exports and explanations cover every entry, and relate it only to others of the list', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...catalog), fc.subarray([...catalog]), fc.constantFrom('json', 'i18next', 'icu') as fc.Arbitrary<'json' | 'i18next' | 'icu'>, (entry, list, kind) => {
        for (const relation of relations(entry, list)) {
          expect(relation.other).not.toBe(entry);
          expect(list).toContain(relation.other);
        }
        for (const line of explain(entry, { list })) expect(line).not.toMatch(/undefined|\[object Object\]/);
        expect(Object.keys(exportMessages(kind, list))).toEqual(list.map((e) => e.key));
      }),
      runs(),
    );
  });
});
