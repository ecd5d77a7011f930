import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apis, catalog, entries, find, isSure, readResponse, resolve, resources, type Entry, type ReadStatus, type Resource } from 'capillary-codes';
import { catalog as customersView } from 'capillary-codes/customers';
import { catalog as pointsView } from 'capillary-codes/points';
import { exitCodes, main, parseArgs, type Command, type Io } from '../src/cli.js';
import { belongsTo } from '../src/narrow.js';
import { renderGroups } from '../src/cli/lookup.js';
import { outFor } from '../src/cli/output.js';
import { endpointById, endpoints } from 'capillary-codes/endpoints';

interface Options {
  readonly isTTY?: boolean;
  readonly env?: Record<string, string>;
  readonly files?: Record<string, string>;
  readonly stdin?: string;
}

function capture(argv: readonly string[], { isTTY = false, env = {}, files = {}, stdin }: Options = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (text: string) => (stdout += text), isTTY },
    stderr: { write: (text: string) => (stderr += text) },
    env,
    readFile: (path) => {
      if (!Object.hasOwn(files, path)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return files[path]!;
    },
    readStdin: () => {
      if (stdin === undefined) throw new Error('EAGAIN: resource temporarily unavailable, read');
      return stdin;
    },
  };
  const status = main(argv, io);
  return { status, stdout, stderr };
}

const json = <T = Record<string, unknown>>(text: string) => JSON.parse(text) as T;
const ansi = /\u001b\[/;
const codes = [...new Set(catalog.map((entry) => entry.code))];
const groupOf = (entry: Entry) => (entry.resource === 'api' ? 'request-level (api)' : entry.resource);

/** A lookup's text read back: each group header with the keys of the entries under it. */
function groups(stdout: string): { name: string; keys: string[] }[] {
  const found: { name: string; keys: string[] }[] = [];
  for (const line of stdout.split('\n')) {
    const header = /^(\S[^:]*):$/.exec(line);
    if (header) found.push({ name: header[1]!, keys: [] });
    const entry = /^ {2}([A-Z][A-Z0-9_]*) {2}/.exec(line);
    if (entry) found.at(-1)!.keys.push(entry[1]!);
  }
  return found;
}

const listedKeys = (stdout: string) => groups(stdout).flatMap((group) => group.keys);

interface LookupJson {
  found: boolean;
  sure: boolean;
  resolution: { status: string; key: string; text: string; candidates?: string[]; params?: Record<string, string>; ignored?: string[] };
  ignoredHints: string[];
  leftOut: { by: string[]; keys: string[] };
  entries: (Entry & { candidate: boolean; explanations: string[] })[];
}

describe('parseArgs', () => {
  it('reads each command', () => {
    expect(parseArgs(['8011', '--category', 'error'])).toEqual({
      ok: true,
      command: { name: 'lookup', target: { code: 8011 }, hints: { category: 'error' }, json: false },
    });
    expect(parseArgs(['1101', '--resource', 'transactions', '--api', 'v2'])).toEqual({
      ok: true,
      command: { name: 'lookup', target: { code: 1101 }, hints: { resource: 'transactions', api: 'v2' }, json: false },
    });
    expect(parseArgs(['search', 'invalid', 'source', '--json', '--resource=points'])).toEqual({
      ok: true,
      command: { name: 'search', text: 'invalid source', filter: { resource: 'points' }, limit: 20, json: true },
    });
    expect(parseArgs(['format', 'DATE_IN_PAST', 'x=a=b', '--html'])).toEqual({
      ok: true,
      command: { name: 'format', target: { key: 'DATE_IN_PAST' }, params: { x: 'a=b' }, hints: {}, html: true, json: false },
    });
    expect(parseArgs(['export', '--format=i18next'])).toEqual({ ok: true, command: { name: 'export', format: 'i18next', json: false } });
    expect(parseArgs(['export', '--resource', 'points', '--format', 'icu'])).toEqual({ ok: true, command: { name: 'export', format: 'icu', resource: 'points', json: false } });
    expect(parseArgs(['read', 'body.json', '--resource', 'customers', '--operation', 'register'])).toEqual({
      ok: true,
      command: { name: 'read', source: 'body.json', hints: { resource: 'customers', operation: 'register' }, json: false },
    });
    expect(parseArgs(['read', '-', '--json'])).toEqual({ ok: true, command: { name: 'read', source: '-', hints: {}, json: true } });
    expect(parseArgs(['--json', '8011'])).toMatchObject({ ok: true, command: { name: 'lookup', json: true } });
    expect(parseArgs(['search', '--', '--not-an-option'])).toMatchObject({ ok: true, command: { text: '--not-an-option' } });
    expect(parseArgs(['help', 'read'])).toEqual({ ok: true, command: { name: 'help', topic: 'read' } });
  });

  it('takes every resource and every api, and names the accepted values of a bad one', () => {
    for (const resource of resources) expect(parseArgs(['1101', '--resource', resource]), resource).toMatchObject({ ok: true, command: { hints: { resource } } });
    for (const api of apis) expect(parseArgs(['1101', '--api', api]), api).toMatchObject({ ok: true, command: { hints: { api } } });
    expect(parseArgs(['1101', '--resource', 'customer'])).toEqual({ ok: false, reason: `--resource must be one of ${resources.join(', ')}, got "customer"`, json: false });
    const api = parseArgs(['1101', '--api', 'v4']);
    expect(api).toMatchObject({ ok: false, reason: `--api must be one of ${apis.join(', ')}, got "v4"` });
  });

  it('says whether a refused command line asked for --json, reading it as the parser does', () => {
    expect(parseArgs(['8011', '8012', '--json'])).toMatchObject({ ok: false, json: true });
    expect(parseArgs(['8011', '--resource', 'nope', '--json'])).toMatchObject({ ok: false, json: true });
    expect(parseArgs(['8011', '8012'])).toMatchObject({ ok: false, json: false });
    // The value of --message, and anything after --, is no option.
    expect(parseArgs(['--message', '--json'])).toMatchObject({ ok: false, json: false });
    expect(parseArgs(['8011', '8012', '--', '--json'])).toMatchObject({ ok: false, json: false });
  });

  it('refuses --category and --message for read: a body says those itself', () => {
    expect(parseArgs(['read', 'x.json', '--category', 'error'])).toMatchObject({ ok: false, reason: '--category does not apply to read' });
    expect(parseArgs(['read', 'x.json', '--message', 'm'])).toMatchObject({ ok: false, reason: '--message does not apply to read' });
    expect(parseArgs(['read'])).toMatchObject({ ok: false, reason: expect.stringContaining('read needs a file') });
    expect(parseArgs(['read', 'a.json', 'b.json'])).toMatchObject({ ok: false, reason: 'read takes one file at a time; unexpected "b.json"' });
  });

  const anyArgv = fc.array(
    fc.oneof(
      fc.string(),
      fc.constantFrom('8011', '1101', 'search', 'format', 'export', 'read', '-', 'demo', 'help', '--json', '--help', '--version', '--category', '--resource', '--format', '--', '-h', '0=1', 'warning', 'transactions'),
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
          expect(typeof parsed.json).toBe('boolean');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('main answers 0, 1 or 2 for any argv, with a one-line reason for 2, in JSON when asked', () => {
    fc.assert(
      fc.property(anyArgv, (argv) => {
        const { status, stderr } = capture(argv);
        expect([0, 1, 2]).toContain(status);
        const parsed = parseArgs(argv);
        const asked = parsed.ok ? 'json' in parsed.command && parsed.command.json : parsed.json;
        if (status !== exitCodes.found) {
          expect(stderr).toMatch(/^[^\n]+\n$/);
          if (asked) expect(json(stderr)).toEqual({ error: expect.any(String) });
          else expect(stderr).toMatch(/^capillary-codes: /);
        }
      }),
      { numRuns: 300 },
    );
  });

  const categories = fc.constantFrom('success', 'error', 'warning');
  const anyApi = fc.constantFrom(...apis);
  const anyResource = fc.constantFrom(...resources);
  const anyCode = fc.constantFrom(...codes);
  const keys = fc.constantFrom(...catalog.map((entry) => entry.key));
  const message = fc.string({ maxLength: 30 });
  const paramName = fc.stringMatching(/^[a-z0-9]{1,4}$/);

  // Commands with the argv that says them, in any option order.
  const lookups = fc
    .record({
      code: anyCode,
      resource: fc.option(anyResource, { nil: undefined }),
      category: fc.option(categories, { nil: undefined }),
      api: fc.option(anyApi, { nil: undefined }),
      message: fc.option(message, { nil: undefined }),
      json: fc.boolean(),
    })
    .map(({ code, resource, category, api, message: text, json: asJson }) => {
      const hints: Record<string, string> = {};
      const options: string[][] = [];
      if (resource) (hints['resource'] = resource), options.push(['--resource', resource]);
      if (category) (hints['category'] = category), options.push(['--category', category]);
      if (api) (hints['api'] = api), options.push(['--api', api]);
      if (text !== undefined) (hints['message'] = text), options.push([`--message=${text}`]);
      if (asJson) options.push(['--json']);
      return { command: { name: 'lookup', target: { code }, hints, json: asJson } as Command, positionals: [String(code)], options };
    });
  const formats = fc
    .record({ key: keys, params: fc.dictionary(paramName, fc.string({ maxLength: 10 }), { maxKeys: 3 }), json: fc.boolean(), html: fc.boolean() })
    .map(({ key, params, json: asJson, html }) => {
      const options: string[][] = [];
      if (asJson) options.push(['--json']);
      if (html) options.push(['--html']);
      const pairs = Object.entries(params).map(([name, value]) => `${name}=${value}`);
      return { command: { name: 'format', target: { key }, params, hints: {}, html, json: asJson } as Command, positionals: ['format', key, ...pairs], options };
    });
  const exportsOf = fc
    .record({ format: fc.constantFrom('json', 'i18next', 'icu') as fc.Arbitrary<'json' | 'i18next' | 'icu'>, resource: fc.option(anyResource, { nil: undefined }), json: fc.boolean() })
    .map(({ format, resource, json: asJson }) => ({
      command: (resource ? { name: 'export', format, resource, json: asJson } : { name: 'export', format, json: asJson }) as Command,
      positionals: ['export'],
      options: [['--format', format], ...(resource ? [['--resource', resource]] : []), ...(asJson ? [['--json']] : [])],
    }));
  const reads = fc
    .record({ source: fc.constantFrom('-', 'body.json', 'a b.json'), resource: fc.option(anyResource, { nil: undefined }), api: fc.option(anyApi, { nil: undefined }), json: fc.boolean() })
    .map(({ source, resource, api, json: asJson }) => ({
      command: { name: 'read', source, hints: { ...(resource && { resource }), ...(api && { api }) }, json: asJson } as Command,
      positionals: ['read', source],
      options: [...(resource ? [['--resource', resource]] : []), ...(api ? [['--api', api]] : []), ...(asJson ? [['--json']] : [])],
    }));

  it('reads back any command written as argv, whatever the order of its options', () => {
    fc.assert(
      fc.property(fc.oneof(lookups, formats, exportsOf, reads), fc.array(fc.nat(), { maxLength: 6 }), ({ command, positionals, options }, slots) => {
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

describe('a code across resources', () => {
  it('lists the entries of 1101 grouped by resource, each with its kind and retryable', () => {
    const { status, stdout } = capture(['1101']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^1101 has 2 entries in 2 resources; nothing given tells them apart/);
    expect(stdout).toContain('--resource (the resource called)');
    expect(groups(stdout)).toEqual([
      { name: 'customers', keys: ['INVALID_CHANNEL_TYPE'] },
      { name: 'transactions', keys: ['TRANSACTION_INVALID_PROGRAM_ID'] },
    ]);
    expect(stdout).toContain('  INVALID_CHANNEL_TYPE  error 1101 · v1.1 · invalid-argument · not retryable');
  });

  it("groups every code the same way: each entry of resolve's answer once, under the resource that defines it, request-level ones apart; the rest are paraphrases it explains", () => {
    const spread = codes.filter((code) => new Set(find(code).map((entry) => entry.resource)).size > 1);
    expect(spread.length).toBeGreaterThan(100);
    for (const code of spread) {
      const { stdout } = capture([String(code)]);
      const listed = groups(stdout);
      const resolution = resolve(code);
      const answer = resolution.status === 'resolved' ? [resolution.entry] : resolution.status === 'ambiguous' ? resolution.candidates : [];
      expect(listed.flatMap((group) => group.keys).sort(), String(code)).toEqual(answer.map((entry) => entry.key).sort());
      for (const entry of find(code)) if (!answer.includes(entry)) expect(entry.paraphrase && stdout.includes(`${entry.key} ("${entry.message}") is the documentation's paraphrase`), entry.key).toBe(true);
      expect(new Set(listed.map((group) => group.name)).size, `${code}: a group twice`).toBe(listed.length);
      for (const group of listed) for (const key of group.keys) expect(group.name, key).toBe(groupOf(entries[key as keyof typeof entries]));
    }
    expect(groups(capture(['400']).stdout)[0]).toMatchObject({ name: 'request-level (api)' });
  });

  it('shows kind and retryable for every error and warning, and neither for a success', () => {
    for (const code of [400, 401, 429, 500, 1000, 8087, 1101]) {
      const { stdout } = capture([String(code)]);
      for (const entry of find(code)) {
        const line = stdout.split('\n').find((text) => text.startsWith(`  ${entry.key}  `))!;
        expect(line, entry.key).toBeDefined();
        if (entry.kind) expect(line, entry.key).toContain(` · ${entry.kind} · ${entry.retryable ? 'retryable' : 'not retryable'}`);
        else expect(line, entry.key).not.toMatch(/retryable/);
      }
    }
    const body = json<LookupJson>(capture(['1101', '--json']).stdout);
    expect(body.entries.map(({ key, resource, kind, retryable }) => ({ key, resource, kind, retryable }))).toEqual(
      find(1101).map(({ key, resource, kind, retryable }) => ({ key, resource, kind, retryable })),
    );
  });

  it('--resource narrows as resolve does, and prints the hints it set aside from resolution.ignored', () => {
    const { stdout } = capture(['1101', '--resource', 'transactions']);
    expect(stdout).toMatch(/^1101 means TRANSACTION_INVALID_PROGRAM_ID\.\n/);
    expect(listedKeys(stdout)).toEqual(['TRANSACTION_INVALID_PROGRAM_ID']);
    fc.assert(
      fc.property(anyCodeOf(), fc.constantFrom(...resources), (code, resource) => {
        const run = capture([String(code), '--resource', resource, '--json']);
        const body = json<LookupJson>(run.stdout);
        const resolution = resolve(code, { resource });
        const expected = resolution.status === 'resolved' ? [resolution.entry] : resolution.status === 'ambiguous' ? resolution.candidates : [];
        expect(body.entries.map((entry) => entry.key)).toEqual(expected.map((entry) => entry.key));
        expect(run.status).toBe(resolution.status === 'unknown' ? 1 : 0);
        if (resolution.status === 'unknown') return;
        expect(body.resolution.ignored).toEqual(resolution.ignored);
        expect(body.ignoredHints).toEqual((resolution.ignored ?? []).map(() => expect.stringMatching(/^--resource \S+ ignored: /)));
      }),
      { numRuns: 300 },
    );
  });

  it("never answers a resource with another resource's entry on the code alone: not in the catalog for it, exit 1", () => {
    const badges = capture(['1101', '--resource', 'badges']);
    expect(badges).toEqual({
      status: 1,
      stdout: '',
      stderr: "capillary-codes: 1101 has no entry in badges: 2 entries of customers, transactions have it, and the code alone does not make them the answer (give --message with the server's text)\n",
    });
    // Issue 15's cases: OTP's rate limit is not rewards-catalog's 429; coupons' fraud entry is not a promotion's 740.
    expect(capture(['429', '--resource', 'rewards-catalog']).stderr).toBe(
      "capillary-codes: 429 has no entry in rewards-catalog: 1 entry of otp has it, and the code alone does not make it the answer (give --message with the server's text)\n",
    );
    const promotion = capture(['740', '--resource', 'loyalty-promotions', '--message', 'multiple owners not allowed in promotion']);
    expect(promotion).toMatchObject({ status: 1, stdout: '' });
    expect(promotion.stderr).toBe("capillary-codes: 740 has no entry in loyalty-promotions: 1 entry of coupons has it, and the server's text is none of its wordings\n");
    // Issue 15's coupons 696 now has coupons' own entry (a published sample's): the code and text answer with it.
    const redeemed = json<LookupJson & { sure: boolean }>(
      capture(['696', '--resource', 'coupons', '--message', entries.COUPON_REDEMPTION_PER_CODE_LIMIT_REACHED.message, '--json']).stdout,
    );
    expect(redeemed).toMatchObject({ found: true, sure: true, resolution: { status: 'resolved', key: 'COUPON_REDEMPTION_PER_CODE_LIMIT_REACHED', text: 'exact' } });
    // Any code in a resource that holds none of its entries, with a text none of them says: no answer, exit 1.
    const strays = resources.flatMap((resource) =>
      codes.filter((code) => find(code).length && !find(code, { resource }).length).map((code) => ({ code, resource })),
    );
    expect(strays.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...strays), ({ code, resource }) => {
        const all = find(code);
        const homes = [...new Set(all.map((entry) => entry.resource))].join(', ');
        const [count, has, their] = all.length === 1 ? ['1 entry', 'has', 'its'] : [`${all.length} entries`, 'have', 'their'];
        expect(capture([String(code), '--resource', resource, '--message', 'qwxz'])).toEqual({
          status: 1,
          stdout: '',
          stderr: `capillary-codes: ${code} has no entry in ${resource}: ${count} of ${homes} ${has} it, and the server's text is none of ${their} wordings\n`,
        });
      }),
      { numRuns: 200 },
    );
    expect(json<LookupJson & { elsewhere: string[] }>(capture(['1101', '--resource', 'badges', '--json']).stdout)).toMatchObject({
      found: false,
      resolution: { status: 'unknown' },
      elsewhere: find(1101).map((entry) => entry.key),
      entries: [],
    });
  });

  it('reports a hint ignored exactly where resolve ignores it, from resolution.ignored', () => {
    const hintsOf = fc.record(
      { resource: fc.constantFrom(...resources), category: fc.constantFrom('success', 'error', 'warning'), api: fc.constantFrom(...apis) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(anyCodeOf(), hintsOf, (code, hints) => {
        const options = Object.entries(hints).flatMap(([name, value]) => [`--${name}`, value]);
        const resolution = resolve(code, hints);
        const text = capture([String(code), ...options]).stdout;
        const body = json<LookupJson>(capture([String(code), '--json', ...options]).stdout);
        const ignored = resolution.status === 'unknown' ? [] : resolution.ignored ?? [];
        if (resolution.status !== 'unknown') expect(body.resolution.ignored).toEqual(resolution.ignored);
        for (const [name, value] of Object.entries(hints)) {
          const line = `--${name} ${value} ignored: `;
          expect(text.includes(line), line).toBe(ignored.includes(name as never));
        }
      }),
      { numRuns: 300 },
    );
    expect(capture(['1017', '--category', 'warning']).stdout).toContain('--category warning ignored: no entry of 1017 fits it.');
  });

  it('prints "X means Y" only for a sure answer: a text the entry does not say, or a tie, is said to be not sure', () => {
    // 1302 in customers: an error and (a published sample's) a warning; --category error leaves the error.
    const text = 'Ticket could not be created';
    const hints = ['--resource', 'customers', '--category', 'error', '--message'];
    const unsure = capture(['1302', ...hints, text]);
    expect(unsure.status).toBe(0);
    expect(unsure.stdout).toMatch(/^Not sure: 1302 documents TICKET_REGISTRATION_FAILED \("Ticket registration failed\."\), but the server's text says something else\.\n/);
    expect(unsure.stdout).not.toMatch(/means/);
    expect(json<LookupJson & { sure: boolean }>(capture(['1302', ...hints, text, '--json']).stdout)).toMatchObject({ sure: false, resolution: { status: 'resolved', text: 'different' } });
    expect(json<{ sure: boolean }>(capture(['1302', ...hints, entries.TICKET_REGISTRATION_FAILED.message, '--json']).stdout).sure).toBe(true);
    // The sample's text is the warning's own wording: sure, whatever --category said.
    const warning = entries.SUPPLEMENTARY_EXPIRY_BEFORE_MEMBERSHIP_EXPIRY;
    expect(capture(['1302', '--resource', 'customers', '--message', warning.message]).stdout).toMatch(/^1302 means SUPPLEMENTARY_EXPIRY_BEFORE_MEMBERSHIP_EXPIRY: /);
    // Any code with any catalog wording as the message: "means" exactly where isSure holds.
    const wordings = catalog.map((entry) => entry.message);
    fc.assert(
      fc.property(anyCodeOf(), fc.option(fc.constantFrom(...resources), { nil: undefined }), fc.constantFrom(...wordings), (code, resource, message) => {
        const hints = { ...(resource && { resource }), message };
        const resolution = resolve(code, hints);
        const { stdout } = capture([String(code), '--message', message, ...(resource ? ['--resource', resource] : [])]);
        expect(stdout.startsWith(`${code} means `), `${code} ${resource} ${message}`).toBe(isSure(resolution));
        expect(json<{ sure: boolean }>(capture([String(code), '--json', '--message', message, ...(resource ? ['--resource', resource] : [])]).stdout).sure).toBe(isSure(resolution));
      }),
      { numRuns: 300 },
    );
  });
});

function anyCodeOf(): fc.Arbitrary<number> {
  return fc.constantFrom(...codes);
}

describe('what the hints leave out', () => {
  it('1000 --operation register prints the entry it leaves and one line on the rest', () => {
    const { stdout } = capture(['1000', '--operation', 'register']);
    const others = find(1000).length - 1;
    expect(listedKeys(stdout)).toEqual(['CUSTOMER_REGISTERED']);
    expect(stdout).toContain(`${others} other entries of 1000 left out by --operation register (capillary-codes 1000 lists every entry).`);
    expect(stdout).not.toContain('left out by the hints:');
    for (const entry of find(1000)) if (entry !== entries.CUSTOMER_REGISTERED) expect(stdout).not.toMatch(new RegExp(`^ {2}${entry.key} `, 'm'));
    const body = json<LookupJson>(capture(['1000', '--operation', 'register', '--json']).stdout);
    expect(body.leftOut).toEqual({ by: ['--operation register'], keys: find(1000).filter((e) => e !== entries.CUSTOMER_REGISTERED).map((e) => e.key) });
    expect(body.entries.map((entry) => entry.key)).toEqual(['CUSTOMER_REGISTERED']);
  });

  it('names each hint that left entries out, --message among them, and counts one entry in the singular', () => {
    expect(capture(['1101', '--resource', 'transactions']).stdout).toContain('1 other entry of 1101 left out by --resource transactions');
    const byMessage = capture(['8011', '--message', 'Look up, Invalid source passed']).stdout;
    expect(byMessage).toContain('1 other entry of 8011 left out by --message (');
    expect(listedKeys(byMessage)).toEqual(['LOOKUP_INVALID_SOURCE']);
    const both = capture(['1000', '--category', 'success', '--operation', 'get']).stdout;
    expect(both).toContain(`${find(1000).length - 1} other entries of 1000 left out by --category success --operation get`);
    // No hint, nothing left out, no line: 8011's paraphrase is explained under the entry servers send.
    const alone = capture(['8011']).stdout;
    expect(alone).not.toContain('left out');
    expect(alone).toMatch(/^8011 means LOOKUP_INVALID_SOURCE\.\n/);
    expect(alone).toContain('LOOKUP_INVALID_SOURCE_ACCOUNT ("Invalid source account passed.") is the documentation\'s paraphrase of it.');
  });
});

describe('a key, an unknown code', () => {
  it('shows a key under its resource', () => {
    const { stdout } = capture(['customer_not_found_for_org']);
    expect(groups(stdout)).toEqual([{ name: 'customers', keys: ['CUSTOMER_NOT_FOUND_FOR_ORG'] }]);
    expect(stdout).toContain('also listed by points');
    expect(stdout).toContain('816 means something else in badges');
  });

  it('says a code no table lists is not in the catalog, never that it is no code of the Capillary API', () => {
    const notInCatalog = "is not in the catalog (Capillary's docs may print codes no published table lists; try: capillary-codes search <text>)";
    expect(capture(['8109'])).toEqual({ status: 1, stdout: '', stderr: `capillary-codes: 8109 ${notInCatalog}\n` });
    expect(capture(['42424242', '--resource', 'transactions']).stderr).toBe(`capillary-codes: 42424242 ${notInCatalog}\n`);
    expect(capture(['format', '42424242']).stderr).toBe('capillary-codes: 42424242 is not in the catalog\n');
    for (const argv of [['8109'], ['8109', '--resource', 'customers'], ['format', '8109']]) expect(capture(argv).stderr, argv.join(' ')).not.toContain('not a code');
  });
});

describe('format', () => {
  it('fills params, and refuses a placeholder left without a value, naming it', () => {
    expect(capture(['format', '8006', '0=12345'])).toEqual({ status: 0, stdout: 'Add failed, Customer already exists with id 12345 for same source\n', stderr: '' });
    expect(capture(['format', '8006'])).toEqual({ status: 2, stdout: '', stderr: 'capillary-codes: ADD_CUSTOMER_EXISTS needs {0}, as in: capillary-codes format 8006 0=…\n' });
    expect(capture(['format', 'SUBSCRIPTION_CHANNEL_UPDATE_FAILED', 'x=SMS']).stderr).toBe(
      'capillary-codes: SUBSCRIPTION_CHANNEL_UPDATE_FAILED needs {y}, as in: capillary-codes format SUBSCRIPTION_CHANNEL_UPDATE_FAILED x=… y=…\n',
    );
    // A name with a space is quoted, so that the example runs as written.
    expect(capture(['format', 'POINTS_ISSUE_BILL_NOT_FOUND']).stderr).toContain('capillary-codes format POINTS_ISSUE_BILL_NOT_FOUND "id number=…"');
    expect(capture(['format', 'POINTS_ISSUE_BILL_NOT_FOUND', 'id number=7']).stdout).toBe('Bill not found with id 7\n');
  });

  it('an ambiguous code says which keys to pick from, counting them past eight', () => {
    const few = capture(['format', '1101']);
    expect(few).toMatchObject({ status: 2, stdout: '' });
    expect(few.stderr).toBe('capillary-codes: 1101 is ambiguous; format one of its keys: INVALID_CHANNEL_TYPE, TRANSACTION_INVALID_PROGRAM_ID\n');
    const many = capture(['format', '400']).stderr;
    const candidates = (resolve(400) as { candidates: readonly Entry[] }).candidates;
    expect(many).toContain(`format one of its keys: ${candidates.slice(0, 8).map((e) => e.key).join(', ')}, … ${candidates.length - 8} more (capillary-codes 400 lists them)`);
    expect(capture(['format', '1101', '--resource', 'transactions']).stdout).toBe(`${entries.TRANSACTION_INVALID_PROGRAM_ID.message}\n`);
  });

  it('formats with translations from --messages', () => {
    const files = { 'fr.json': JSON.stringify({ DATE_IN_PAST: '{x} ne peut pas être une date passée.' }) };
    expect(capture(['format', 'DATE_IN_PAST', 'x=startDate', '--messages', 'fr.json'], { files })).toEqual({
      status: 0,
      stdout: 'startDate ne peut pas être une date passée.\n',
      stderr: '',
    });
  });

  it("refuses i18next's {{x}} and ICU's {x, …} in --messages as defineMessages does, naming the key", () => {
    const files = {
      'i18next.json': JSON.stringify({ DATE_IN_PAST: '{{x}} ne peut pas être une date passée.' }),
      'icu.json': JSON.stringify({ DATE_IN_PAST: '{x, date, short} ne peut pas être une date passée.' }),
      'plural.json': JSON.stringify({ ADD_CUSTOMER_EXISTS: 'Existe déjà : {0, number}' }),
    };
    const i18next = capture(['format', 'DATE_IN_PAST', 'x=1', '--messages', 'i18next.json'], { files });
    expect(i18next).toMatchObject({ status: 2, stdout: '' });
    expect(i18next.stderr).toBe(`capillary-codes: --messages "i18next.json": defineMessages: the translation of DATE_IN_PAST uses i18next's {{x}}: the catalog writes placeholders {x} ({x})\n`);
    for (const [file, key] of [['icu.json', 'DATE_IN_PAST'], ['plural.json', 'ADD_CUSTOMER_EXISTS']] as const) {
      const icu = capture(['format', key, key === 'DATE_IN_PAST' ? 'x=1' : '0=1', '--messages', file], { files });
      expect(icu.status, file).toBe(2);
      expect(icu.stderr, file).toContain(`the translation of ${key} uses ICU MessageFormat's {x, …}`);
    }
  });

  it('a broken or missing translation file is bad usage, one line', () => {
    const files = { 'bad.json': JSON.stringify({ DATE_IN_PAST: '{y} ne peut pas être une date passée.' }), 'junk.json': '{' };
    for (const file of ['bad.json', 'junk.json', 'missing.json']) {
      const { status, stdout, stderr } = capture(['format', 'DATE_IN_PAST', 'x=1', '--messages', file], { files });
      expect(status, file).toBe(2);
      expect(stdout).toBe('');
      expect(stderr, file).toMatch(/^capillary-codes: [^\n]+\n$/);
    }
    expect(capture(['format', 'DATE_IN_PAST', 'x=1', '--messages', 'bad.json'], { files }).stderr).toContain('must use exactly {x}, got {y}');
  });
});

describe('--json errors', () => {
  const files = { 'fr.json': '{"DATE_IN_PAST": "{{x}}"}', 'broken.json': '{"errors": [', 'empty.json': '{"data": []}' };
  const failing: [string[], number][] = [
    [['42424242'], 1],
    [['NO_SUCH_KEY'], 1],
    [['search', 'qwxz'], 1],
    [['format', '8006'], 2],
    [['format', '400'], 2],
    [['format', 'DATE_IN_PAST', 'x=1', '--messages', 'fr.json'], 2],
    [['read', 'missing.json'], 2],
    [['read', 'broken.json'], 4],
    [['read', 'empty.json'], 4],
    [['read', '-'], 2],
    [['8011', '8012'], 2],
    [['1101', '--resource', 'nope'], 2],
    [['export', '--format', 'po'], 2],
  ];

  it.each(failing)('%j: {"error": reason} on stderr, the reason and exit code of the plain run', (argv, exit) => {
    const plainRun = capture(argv, { files });
    const jsonRun = capture([...argv, '--json'], { files });
    expect(plainRun.status).toBe(exit);
    expect(jsonRun.status).toBe(exit);
    expect(jsonRun.stderr).toMatch(/^[^\n]+\n$/);
    expect(json(jsonRun.stderr)).toEqual({ error: plainRun.stderr.replace(/^capillary-codes: /, '').trimEnd() });
  });

  it('even where --json itself is the mistake', () => {
    expect(capture(['demo', '--json'])).toEqual({ status: 2, stdout: '', stderr: '{"error":"--json does not apply to demo"}\n' });
  });
});

describe('export --resource', () => {
  it("writes what the resource's view holds: its entries, those shared with it, the request-level ones", () => {
    for (const [resource, view] of [['customers', customersView], ['points', pointsView]] as const) {
      const exported = json<Record<string, string>>(capture(['export', '--resource', resource]).stdout);
      expect(Object.keys(exported), resource).toEqual(view.map((entry) => entry.key));
      for (const entry of view) expect(exported[entry.key]).toBe(entry.message);
    }
    const points = json<Record<string, string>>(capture(['export', '--resource', 'points']).stdout);
    // A customers entry that points shares, and a request-level one.
    expect(entries.CUSTOMER_NOT_FOUND_FOR_ORG.sharedWith).toContain('points');
    expect(points).toHaveProperty('CUSTOMER_NOT_FOUND_FOR_ORG');
    expect(points).toHaveProperty('INVALID_PATH_PARAMETER');
    expect(points).not.toHaveProperty('INVALID_CHANNEL_TYPE');
  });

  it('holds exactly the entries that belong to the resource, for every resource and format', () => {
    for (const resource of resources) {
      for (const format of ['json', 'i18next', 'icu']) {
        const exported = json<Record<string, string>>(capture(['export', '--resource', resource, '--format', format]).stdout);
        expect(Object.keys(exported).sort(), `${resource} ${format}`).toEqual(catalog.filter((entry) => belongsTo(entry, resource as Resource)).map((entry) => entry.key).sort());
      }
    }
  });

  it('writes the ICU name of a placeholder ICU cannot read, as the help says', () => {
    const icu = json<Record<string, string>>(capture(['export', '--format', 'icu', '--resource', 'points']).stdout);
    expect(icu['POINTS_ISSUE_BILL_NOT_FOUND']).toBe('Bill not found with id {id_number}');
    const exportHelp = capture(['export', '--help']).stdout.replace(/\s+/g, ' ');
    expect(exportHelp).toContain('({id number} is {id_number}): format with icuParams(params)');
  });
});

const publishedDir = new URL('./fixtures/payloads/published/', import.meta.url);
const published = readdirSync(publishedDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({
    name,
    ...(JSON.parse(readFileSync(new URL(name, publishedDir), 'utf8')) as { payload: unknown; statuses: { path: string }[]; malformed_json?: true; payload_raw?: string }),
  }));
const wellFormed = published.filter((sample) => !sample.malformed_json);

const docsDir = new URL('./fixtures/payloads/docs/', import.meta.url);
const docsSamples = readdirSync(docsDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ name, ...(JSON.parse(readFileSync(new URL(name, docsDir), 'utf8')) as { payload: unknown; resource?: string; malformed_json?: true }) }));

interface GroupJson {
  count: number;
  paths: string[];
  category: string;
  code: number | null;
  message: string | null;
  sure: boolean;
  resolution: { status: string; text?: string; entry?: Record<string, unknown> };
  userMessage: string | null;
  reasons?: string[];
}

interface BodyJson {
  index: number;
  outcome: string | null;
  ok: boolean | null;
  httpStatus: number | null;
  retry: { retryable: boolean; afterMs?: number; reason: string };
  items: { total: number; failed: number };
  statuses: number;
  failures: GroupJson[];
  warnings: GroupJson[];
}

interface ReadJson {
  source: string;
  bodies: BodyJson[];
  total: { bodies: number; success: number; partial: number; failure: number; noStatus: number };
  exit: number;
}

const exitOfOutcome = { success: 0, failure: 1, partial: 3 } as const;
/** What `read` should answer for a body: the verdict's exit status, 4 with no status and no HTTP status. */
const exitFor = (reading: ReturnType<typeof readResponse>) => (reading.statuses.length || reading.httpStatus !== undefined ? exitOfOutcome[reading.outcome] : 4);
/** The statuses grouped as read sums them up: category, code, message and answer alike. */
const countsOf = (list: readonly ReadStatus[]) => {
  const counts = new Map<string, number>();
  for (const status of list) {
    const { resolution } = status;
    const answer = resolution.status === 'resolved' ? `${resolution.entry.key} ${resolution.text}` : resolution.status === 'ambiguous' ? resolution.candidates.map((e) => e.key).join() : '-';
    const key = `${status.category} ${status.code} ${status.message} ${answer}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.values()];
};

describe('read', () => {
  // A sample published as invalid JSON has no body to read (its payload is null).
  const samples = [...wellFormed, ...docsSamples.filter((sample) => !sample.malformed_json)];

  it('prints the hints each answer set aside as readResponse lists them (ignored), as text and as JSON', () => {
    // 1017 is a v1.1 error: in a v2-shaped body the api is set aside, and in a warnings list the category too.
    const body = { warnings: [{ code: 1017, message: 'x' }], errors: [{ code: 1017 }] };
    const ignoredAt = new Map(readResponse(body).statuses.map((status) => [status.path, status.resolution.status === 'unknown' ? undefined : status.resolution.ignored]));
    expect([...ignoredAt.values()].every((ignored) => ignored?.length)).toBe(true);
    const text = capture(['read', '-'], { stdin: JSON.stringify(body) }).stdout;
    for (const ignored of ignoredAt.values()) expect(text).toContain(`\n      hints set aside: ${ignored!.join(', ')}\n`);
    const [read] = json<{ bodies: { failures: { paths: string[]; resolution: { ignored?: string[] } }[]; warnings: { paths: string[]; resolution: { ignored?: string[] } }[] }[] }>(
      capture(['read', '-', '--json'], { stdin: JSON.stringify(body) }).stdout,
    ).bodies;
    for (const group of [...read!.failures, ...read!.warnings]) expect(group.resolution.ignored, group.paths[0]).toEqual(ignoredAt.get(group.paths[0]!));
    // Where every hint applied (a published sample's), the text says nothing of it.
    const plain = samples.find(({ payload }) => readResponse(payload).statuses.some((status) => status.resolution.status === 'resolved' && !status.resolution.ignored) && readResponse(payload).statuses.every((status) => status.resolution.status === 'unknown' || !status.resolution.ignored));
    expect(plain).toBeDefined();
    expect(capture(['read', '-'], { stdin: JSON.stringify(plain!.payload) }).stdout).not.toContain('hints set aside');
  });

  it(`gives readResponse's verdict on each of the ${samples.length} well-formed published and documentation samples, as JSON, with the exit status it implies`, () => {
    expect(samples.length).toBeGreaterThan(400);
    const seen = new Set<number>();
    for (const { name, payload } of samples) {
      const run = capture(['read', '-', '--json'], { stdin: JSON.stringify(payload) });
      const reading = readResponse(payload);
      expect(run.status, name).toBe(exitFor(reading));
      seen.add(run.status);
      const [body] = json<ReadJson>(run.stdout).bodies;
      expect(body, name).toMatchObject({ outcome: run.status === 4 ? null : reading.outcome, statuses: reading.statuses.length, items: { total: reading.items.length, failed: reading.items.filter((item) => !item.ok).length } });
      expect(body!.retry, name).toEqual(JSON.parse(JSON.stringify(reading.retry)));
      expect(body!.failures.map((group) => group.count), name).toEqual(countsOf(reading.failures));
      expect(body!.warnings.map((group) => group.count), name).toEqual(countsOf(reading.warnings));
      for (const group of body!.failures) expect(group.sure, `${name} ${group.paths[0]}`).toBe(isSure(reading.failures.find((status) => status.path === group.paths[0])!.resolution));
    }
    // The samples hold successes, failures and partial batches (every one carries a status).
    expect([...seen].sort()).toEqual([0, 1, 3]);
  });

  it('prints the verdict first, then the failures, then the warnings marked as warnings, then the retry advice', () => {
    const batch = JSON.stringify(published.find((sample) => sample.name === 'ghdocs-hist_v1.1_customers_register-customer_1000.json')!.payload);
    const mixed = readFileSync(new URL('./fixtures/payloads/v11-get-batch-mixed.json', import.meta.url), 'utf8');
    const partial = capture(['read', 'mixed.json', '--resource', 'customers'], { files: { 'mixed.json': JSON.stringify((JSON.parse(mixed) as { payload: unknown }).payload) } });
    expect(partial.status).toBe(3);
    const lines = partial.stdout.split('\n');
    expect(lines[0]).toBe('partial · 2 of 3 items failed · 4 statuses');
    expect(lines[1]).toBe('Failures (2):');
    expect(lines[2]).toBe('  error 816  "Customer not found for organization"');
    expect(lines[3]).toBe('      CUSTOMER_NOT_FOUND_FOR_ORG · customers · not-found · not retryable (text close)');
    expect(lines.at(-2)).toBe('retry: no (CUSTOMER_NOT_FOUND_FOR_ORG is not retryable (not-found))');
    const warned = capture(['read', '-'], { stdin: JSON.stringify({ entity: { id: 42 }, warnings: [{ code: 8107, message: 'Default status label is not set' }] }) });
    expect(warned.status).toBe(0);
    expect(warned.stdout).toMatch(/^success · 1 status\nWarnings \(1; warnings never fail a response\):\n {2}warning 8107 {2}"Default status label is not set"\n/);
    expect(warned.stdout).not.toMatch(/Failures|retry:/);
    const success = capture(['read', '-'], { stdin: batch });
    expect(success.status).toBe(0);
    expect(success.stdout).toMatch(/^success · /);
  });

  it("issue 16's cases: a warning on a created customer is a success, a body of unknown statuses is a failure, not exit 0", () => {
    const created = docsSamples.find((sample) => sample.name === 'readme_v2_customers_v2-add-customer_sample-response-with-source-instore.json')!;
    const run = capture(['read', '-', '--endpoint', 'POST /v2/customers'], { stdin: JSON.stringify(created.payload) });
    expect(run).toEqual({
      status: 0,
      stderr: '',
      stdout: [
        'success · 1 status',
        'Warnings (1; warnings never fail a response):',
        '  warning 8107  "Default customer status label not set"',
        '      DEFAULT_STATUS_LABEL_NOT_SET · customers · failed-precondition · not retryable (text exact)',
        // An error entry in a warnings list: its exact text set the list it arrived in aside.
        '      hints set aside: category',
        '      at warnings.0',
        '      show: Default customer status label not set',
        '',
      ].join('\n'),
    });
    const unknown = capture(['read', '-'], { stdin: '{"errors": [{"code": 42424242, "message": "Something odd"}]}' });
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toContain('      unknown: 42424242 is not in the catalog\n');
    // Issue 15's coupons 696: now coupons' own entry, from this very sample.
    const coupon = docsSamples.find((sample) => sample.name === 'readme_v1.1_coupons_redeem-coupon_openapi-example-error-696-redemption-per.json')!;
    const redeemed = capture(['read', '-', '--resource', 'coupons'], { stdin: JSON.stringify(coupon.payload) });
    expect(redeemed.status).toBe(1);
    expect(redeemed.stdout).toContain(
      `  error 696  "Redemption per coupon code limit has reached max limit"\n      COUPON_REDEMPTION_PER_CODE_LIMIT_REACHED · coupons · resource-exhausted · not retryable (text exact)\n`,
    );
    // In a resource that holds no 696, with a text none of 696's entries says: no answer on the code alone.
    const stranger = resources.find((resource) => !find(696, { resource }).length)!;
    const odd = JSON.stringify(coupon.payload).replace('Redemption per coupon code limit has reached max limit', 'Something odd');
    const elsewhere = capture(['read', '-', '--resource', stranger], { stdin: odd });
    expect(elsewhere.status).toBe(1);
    expect(elsewhere.stdout).toContain(`  error 696  "Something odd"\n      unknown: no entry of 696 belongs to this response's resource, and the server's text names none of another's\n`);
  });

  it('sums up statuses a body repeats: 70,000 8015s are one line with their count', () => {
    const errors = Array.from({ length: 70_000 }, () => ({ code: 8015, message: 'Customer not found for the given identifiers', status: false }));
    const run = capture(['read', '-', '--resource', 'customers'], { stdin: JSON.stringify({ errors }) });
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      'failure · 70,000 statuses',
      'Failures (70,000):',
      '  error 8015  "Customer not found for the given identifiers"  ×70,000',
    ]);
    expect(run.stdout).toContain('      at errors.0 (and 69,999 others)\n');
    expect(run.stdout.split('\n').length).toBeLessThan(12);
    const [body] = json<ReadJson>(capture(['read', '-', '--json'], { stdin: JSON.stringify({ errors }) }).stdout).bodies;
    expect(body!.failures).toHaveLength(1);
    expect(body!.failures[0]).toMatchObject({ count: 70_000, paths: ['errors.0', 'errors.1', 'errors.2', 'errors.3', 'errors.4'], code: 8015, sure: true });
  });

  it('pulls the bodies out of log text: text before a body, a body over several lines, NDJSON, an escaped JSON string; one verdict each and a total', () => {
    const failed = { errors: [{ code: 8015, message: 'Customer not found for the given identifiers' }] };
    const fine = { entity: { id: 1 }, warnings: [] as unknown[], createdId: 1, status: { success: true, code: 200, message: 'Success' } };
    const log = [
      `2026-12-07T10:00:00Z INFO capillary response ${JSON.stringify(failed)}`,
      JSON.stringify(fine, null, 2),
      `2026-12-07T10:00:02Z WARN body=${JSON.stringify(JSON.stringify(failed))}`,
    ].join('\n');
    const run = capture(['read', 'app.log'], { files: { 'app.log': log } });
    expect(run.status).toBe(3);
    expect(run.stdout).toMatch(/^Body 1: failure · 1 status\n/);
    expect(run.stdout).toContain('\n\nBody 2: success · 1 status\n');
    expect(run.stdout).toContain('\n\nBody 3: failure · 1 status\n');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('Total: 3 bodies in "app.log": 1 success, 0 partial, 2 failure');
    const ndjson = capture(['read', '-', '--json'], { stdin: `${JSON.stringify(failed)}\n${JSON.stringify(failed)}\n` });
    expect(ndjson.status).toBe(1);
    expect(json<ReadJson>(ndjson.stdout)).toMatchObject({ total: { bodies: 2, failure: 2 }, exit: 1 });
    expect(capture(['read', '-'], { stdin: `${JSON.stringify(fine)}\n${JSON.stringify(fine)}` }).status).toBe(0);
  });

  it('exit status: 0 success, 1 failure, 3 partial, 4 nothing readable or no status, 2 bad usage', () => {
    const one = (stdin: string, ...options: string[]) => capture(['read', '-', ...options], { stdin });
    expect(one('{"status": {"success": true, "code": 200, "message": "Success"}}').status).toBe(0);
    expect(one('{"errors": [{"code": 618, "message": "Not allowed - customer is marked as fraud."}]}').status).toBe(1);
    expect(one('{"data": {"code": "store.till"}}')).toEqual({ status: 4, stdout: '', stderr: 'capillary-codes: no status found in standard input: no item_status, status, errors or warnings with a code\n' });
    expect(one('<response><status><code>200</code></status></response>')).toEqual({
      status: 4,
      stdout: '',
      stderr: 'capillary-codes: no JSON body in standard input (it reads as XML: read takes JSON bodies); give --status with the HTTP status to judge a body that is no JSON\n',
    });
    expect(capture(['read', 'body.json'], { files: { 'body.json': '{"errors": [\n{"code": 1' } }).status).toBe(4);
    expect(capture(['read', 'nope.json'])).toEqual({ status: 2, stdout: '', stderr: `capillary-codes: cannot read "nope.json": ENOENT: no such file or directory, open 'nope.json'\n` });
    expect(capture(['read', '-']).stderr).toBe('capillary-codes: cannot read standard input: EAGAIN: resource temporarily unavailable, read\n');
    expect(capture(['read', '-', '--status', '600'], { stdin: '{}' }).status).toBe(2);
    // A gateway's HTML page is judged by the HTTP status given: 503 fails, and is worth retrying.
    const gateway = one('<html><body>Service Unavailable</body></html>', '--status', '503');
    expect(gateway.status).toBe(1);
    expect(gateway.stdout).toBe('failure · HTTP 503 · 0 statuses\nretry: yes (HTTP 503 and no status in the body: a 503 may succeed later)\n');
    expect(one('{"entity": {"id": 1}}', '--status', '200').status).toBe(0);
    const help = capture(['read', '--help']).stdout;
    for (const row of ['0  success', '1  failure', '2  bad usage', '3  partial', '4  no status']) expect(help).toContain(`  ${row}`);
  });

  it('passes the hints to readResponse: --resource, --api, --operation, --endpoint (as its resource, with the page\'s reasons) and --status', () => {
    const read = (stdin: string, ...hints: string[]) => json<ReadJson>(capture(['read', '-', '--json', ...hints], { stdin }).stdout).bodies[0]!;
    // 8093 is a customers lookup error and a staff walk-in error, both v2.
    const walkIn = JSON.stringify({ errors: [{ code: 8093 }] });
    expect(read(walkIn).failures[0]!.resolution).toMatchObject({ status: 'ambiguous' });
    expect(read(walkIn, '--resource', 'staff').failures[0]!.resolution).toMatchObject({ status: 'resolved', entry: { key: 'STAFF_WALKIN_FAILED', resource: 'staff' } });
    const channel = JSON.stringify({ errors: [{ code: 1101 }] });
    expect(read(channel, '--api', 'v1.1').failures[0]!.resolution).toMatchObject({ status: 'resolved', entry: { key: 'INVALID_CHANNEL_TYPE' } });
    const register = JSON.stringify({ response: { customers: { customer: { item_status: { success: 'true', code: 1000 } } } } });
    expect(read(register, '--operation', 'register').statuses).toBe(1);
    expect(read(register).outcome).toBe('success');
    expect(read('{}', '--status', '429')).toMatchObject({ outcome: 'failure', httpStatus: 429, retry: { retryable: true } });
    const manual = 'POST /v2/slab/manualSlabAdjustment';
    const slab = JSON.stringify({ errors: [{ code: 8917, message: 'slabAction field is not set' }] });
    expect(read(slab, '--endpoint', manual).failures[0]).toMatchObject({ sure: true, reasons: ['Invalid slabAction field passed'], resolution: { entry: { key: 'SLAB_ACTION_NOT_SET' } } });
    expect(capture(['read', '-', '--endpoint', manual], { stdin: slab }).stdout).toContain(`      ${manual} sends it: Invalid slabAction field passed\n`);
  });
});

describe('help and demo', () => {
  const topics = ['lookup', 'search', 'format', 'read', 'endpoints', 'export'] as const;
  const helpOf = (topic?: string) => capture(topic ? ['help', topic] : ['--help']).stdout;

  it('says "the Capillary API", lists every resource and every command', () => {
    const main = helpOf();
    expect(main).toContain('what a status code of the Capillary API means');
    expect(main).not.toMatch(/customers API/);
    for (const resource of resources) expect(main).toMatch(new RegExp(`[ ,]${resource}(,|\\n)`));
    for (const api of apis) expect(main).toContain(api);
    for (const command of ['search', 'format', 'read', 'endpoints', 'export', 'demo']) expect(main).toContain(`capillary-codes ${command} `.trimEnd());
    expect(main).toContain('--resource R');
    expect(main).toContain('{"error": "<reason>"}');
  });

  it("names in each command's usage exactly the options the command takes", () => {
    const commandOf = { lookup: ['1101'], search: ['search', 'x'], format: ['format', '1101'], read: ['read', 'x'], endpoints: ['endpoints'], export: ['export'] };
    const valueOf: Record<string, string> = {
      '--resource': 'customers',
      '--category': 'error',
      '--api': 'v2',
      '--operation': 'register',
      '--message': 'x',
      '--endpoint': 'POST /v2/customers',
      '--status': '503',
      '--limit': '1',
      '--messages': 'x',
      '--format': 'json',
    };
    const options = [...Object.keys(valueOf), '--html', '--json'];
    for (const topic of topics) {
      const accepted = options.filter((option) => {
        const parsed = parseArgs([...commandOf[topic], option, ...(valueOf[option] === undefined ? [] : [valueOf[option]!])]);
        return parsed.ok || !parsed.reason.includes('does not apply');
      });
      const usage = helpOf(topic).split('\n')[0]!;
      expect([...usage.matchAll(/--[a-z]+/g)].map((found) => found[0]).sort(), topic).toEqual(accepted.sort());
    }
  });

  it('tours a response read with its verdict, a code across resources, and the library, briefly', () => {
    const { status, stdout, stderr } = capture(['demo']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('$ capillary-codes read response.json --resource customers\npartial · 1 of 2 items failed · 3 statuses\nFailures (2):\n  error 1001  "Unable to register. Invalid mobile number."\n');
    expect(stdout).toContain('retry: no (');
    expect(stdout).toContain('$ capillary-codes 1101\n1101 has 2 entries in 2 resources');
    expect(stdout).toContain('$ capillary-codes 1101 --resource transactions\n1101 means TRANSACTION_INVALID_PROGRAM_ID.');
    expect(stdout).toContain('$ capillary-codes 1101 --resource badges\ncapillary-codes: 1101 has no entry in badges');
    expect(stdout).toContain('reading.outcome\n  // "partial"');
    expect(stdout).toContain('userMessage(');
    expect(stdout).not.toMatch(/undefined|\[object Object\]/);
    expect(stdout.split('\n').length).toBeLessThan(80);
  });
});

describe('main, in process', () => {
  it('colours on a terminal only, and never with NO_COLOR', () => {
    expect(capture(['8011'], { isTTY: true }).stdout).toMatch(ansi);
    expect(capture(['8011'], { isTTY: true, env: { NO_COLOR: '' } }).stdout).toMatch(ansi);
    expect(capture(['8011'], { isTTY: true, env: { NO_COLOR: '1' } }).stdout).not.toMatch(ansi);
    expect(capture(['8011'], { isTTY: false }).stdout).not.toMatch(ansi);
    expect(capture(['format', '8006', '0=1'], { isTTY: true, env: { NO_COLOR: 'yes' } }).stdout).toBe('Add failed, Customer already exists with id 1 for same source\n');
  });

  it('--json output is never coloured', () => {
    for (const argv of [['8011', '--json'], ['read', '-', '--json'], ['search', 'card blocked', '--json']]) {
      const { stdout } = capture(argv, { isTTY: true, stdin: '{"errors": [{"code": 8011}]}' });
      expect(stdout, argv.join(' ')).not.toMatch(ansi);
      expect(() => JSON.parse(stdout)).not.toThrow();
    }
  });

  it('search marks values read from the text, and filters by resource', () => {
    const { stdout } = capture(['search', 'Card is BLOCKED']);
    expect(stdout.split('\n')[0]).toMatch(/^ {3}8087 {2}error {4}customers +CARD_ACTIONS_NOT_ALLOWED +Card is \{0\}, not allowed to do any further actions {2}\(0="BLOCKED"\)$/);
    const body = json<{ hits: { entry: Entry; params: Record<string, string> }[] }>(capture(['search', 'Card is BLOCKED', '--json']).stdout);
    expect(body.hits[0]).toMatchObject({ entry: { key: 'CARD_ACTIONS_NOT_ALLOWED' }, params: { 0: 'BLOCKED' } });
    const inTransactions = capture(['search', 'Card is BLOCKED', '--resource', 'transactions']);
    expect(inTransactions.stdout).not.toContain('CARD_ACTIONS_NOT_ALLOWED');
    const hits = json<{ hits: { entry: Entry }[] }>(capture(['search', 'customer not found', '--resource', 'points', '--json']).stdout).hits;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(belongsTo(hit.entry, 'points'), hit.entry.key).toBe(true);
    expect(capture(['search', 'qwxz', '--resource', 'points']).stderr).toBe('capillary-codes: no entry in points resembles "qwxz"\n');
  });
});

describe('--endpoint and endpoints', () => {
  const manual = 'POST /v2/slab/manualSlabAdjustment';

  it('reads --endpoint as an id or a method and a URL, and refuses one no page documents, naming what came', () => {
    const id = { ok: true, command: { name: 'lookup', target: { code: 1101 }, hints: { endpoint: manual }, json: false } };
    expect(parseArgs(['1101', '--endpoint', manual])).toEqual(id);
    expect(parseArgs(['1101', '--endpoint', 'post https://eu.api.capillarytech.com/v2/slab/manualSlabAdjustment?format=json'])).toEqual(id);
    expect(parseArgs(['read', '-', '--endpoint', 'GET /v2/customers/42', '--status', '503'])).toEqual({
      ok: true,
      command: { name: 'read', source: '-', hints: { endpoint: 'GET /v2/customers/{userId}', httpStatus: 503 }, json: false },
    });
    expect(capture(['1101', '--endpoint', 'GET /v2/nope'])).toEqual({ status: 2, stdout: '', stderr: 'capillary-codes: --endpoint "GET /v2/nope" is no documented request (capillary-codes endpoints lists them)\n' });
    expect(capture(['1101', '--endpoint', '/v2/customers']).stderr).toBe('capillary-codes: --endpoint takes a method and a path, as in "POST /v2/customers", got "/v2/customers"\n');
    expect(capture(['1101', '--endpoint', manual, '--resource', 'points']).stderr).toBe(`capillary-codes: --resource points disagrees with --endpoint "${manual}", a request of customers\n`);
    expect(capture(['read', '-', '--status', '99']).stderr).toBe('capillary-codes: --status takes an HTTP status from 100 to 599, got "99"\n');
  });

  it("passes the endpoint to resolve, and prints the page's reason for the code and its docs", () => {
    const endpoint = endpointById(manual)!;
    const { status, stdout } = capture(['1101', '--endpoint', manual]);
    expect(status).toBe(0);
    // The page decides 1101 on Manual Tier Adjustment without any text (issue 17).
    expect(stdout).toMatch(/^1101 means TRANSACTION_INVALID_PROGRAM_ID\.\n/);
    expect(stdout).toContain(`${manual} (Manual Tier Adjustment) sends 1101: Program ID invalid or unsupported\ndocs: ${endpoint.docs}\n`);
    expect(stdout).toContain(`1 other entry of 1101 left out by --endpoint "${manual}" (capillary-codes 1101 lists every entry).`);
    expect(listedKeys(stdout)).toEqual(['TRANSACTION_INVALID_PROGRAM_ID']);
    const body = json<LookupJson & { endpoint: { documents: boolean; reasons: string[]; keys: string[]; docs: string } }>(capture(['1101', '--endpoint', manual, '--json']).stdout);
    expect(body.sure).toBe(true);
    expect(body.resolution).toEqual({ status: 'resolved', key: 'TRANSACTION_INVALID_PROGRAM_ID', text: 'none', params: {} });
    expect(body.endpoint).toEqual({ id: manual, documents: true, reasons: ['Program ID invalid or unsupported'], keys: ['TRANSACTION_INVALID_PROGRAM_ID'], docs: endpoint.docs });
    // A server's text that names another entry outranks the page: resolve sets the endpoint aside, and the CLI says so.
    const named = capture(['1101', '--endpoint', manual, '--message', 'Invalid channel type.']).stdout;
    expect(named).toMatch(/^1101 means INVALID_CHANNEL_TYPE: the message is its wording\.\n/);
    expect(named).toContain(`The page of ${manual} documents 1101 as TRANSACTION_INVALID_PROGRAM_ID; the server's text names this one.\n`);
    expect(named).toContain(`--endpoint "${manual}" ignored: the server's text names an entry its page does not.\n`);
    // A code the page does not list: said so; 618 is a v1.1 entry, no fit for a v2 request, so the endpoint is set aside.
    const other = capture(['618', '--endpoint', manual]).stdout;
    expect(other).toMatch(/^618 means CUSTOMER_MARKED_AS_FRAUD\.\n/);
    expect(other).toContain(`--endpoint "${manual}" ignored: no entry of 618 fits the request's resource and api.\n`);
    expect(other).toContain(`The page of ${manual} does not list 618.`);
    // Every hint resolve sets aside, the endpoint among them, is printed from resolution.ignored.
    fc.assert(
      fc.property(anyCodeOf(), fc.constantFrom(...endpoints.slice(0, 60)), (code, { id }) => {
        const resolution = resolve(code, { endpoint: endpointById(id)! });
        const run = capture([String(code), '--endpoint', id]);
        expect(run.status).toBe(resolution.status === 'unknown' ? 1 : 0);
        const ignored = resolution.status !== 'unknown' && (resolution.ignored?.includes('endpoint') ?? false);
        expect(run.stdout.includes(`--endpoint "${id}" ignored: `), `${code} ${id}`).toBe(ignored);
      }),
      { numRuns: 200 },
    );
  });

  it('lists every endpoint, or one resource\'s, with its title', () => {
    const all = capture(['endpoints']);
    expect(all.status).toBe(0);
    const lines = all.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(`${endpoints.length} endpoints; one request's codes: capillary-codes endpoints METHOD PATH`);
    expect(lines.slice(0, -1).map((line) => line.split(/\s{2,}/)[0])).toEqual(endpoints.map((endpoint) => endpoint.id));
    for (const resource of ['badges', 'customers'] as const) {
      const listed = json<{ endpoints: { id: string; resource: string; codes: number }[] }>(capture(['endpoints', '--resource', resource, '--json']).stdout).endpoints;
      expect(listed.map((endpoint) => endpoint.id)).toEqual(endpoints.filter((endpoint) => endpoint.resource === resource).map((endpoint) => endpoint.id));
    }
  });

  it("prints one request's documented codes with their entries, reasons and docs; an unknown request is bad usage", () => {
    const endpoint = endpointById(manual)!;
    const text = capture(['endpoints', 'post', 'https://eu.api.capillarytech.com/v2/slab/manualSlabAdjustment?format=json']);
    expect(text.status).toBe(0);
    expect(text.stdout.split('\n').slice(0, 3)).toEqual([`${manual}  Manual Tier Adjustment`, `customers · v2 · docs: ${endpoint.docs}`, '7 codes its page documents (documented, not exhaustive):']);
    for (const row of endpoint.codes) {
      for (const key of row.keys) expect(text.stdout).toMatch(new RegExp(`^ +${row.code} {2}${key} {2}`, 'm'));
      expect(text.stdout).toContain(`reason: ${row.reason}\n`);
    }
    const body = json<{ id: string; codes: { code: number; reason: string | null; entries: { key: string }[] }[] }>(capture(['endpoints', manual, '--json']).stdout);
    expect(body.codes.map((row) => [row.code, row.reason, row.entries.map((entry) => entry.key)])).toEqual(endpoint.codes.map((row) => [row.code, row.reason ?? null, [...row.keys]]));
    expect(capture(['endpoints', 'GET', '/v2/nope'])).toEqual({ status: 2, stdout: '', stderr: 'capillary-codes: "GET /v2/nope" is no documented request (capillary-codes endpoints lists them)\n' });
    expect(capture(['endpoints', manual, '--resource', 'points']).status).toBe(2);
    expect(capture(['endpoints', 'GET']).stderr).toContain('endpoints takes a method and a path or URL');
  });

  it("search --endpoint keeps the request's resource and prints the page's reason under the entries it documents", () => {
    const { stdout } = capture(['search', 'invalid program', '--endpoint', manual]);
    expect(stdout).toMatch(/TRANSACTION_INVALID_PROGRAM_ID +invalid programId passed\n +POST \/v2\/slab\/manualSlabAdjustment sends it: Program ID invalid or unsupported\n/);
    const body = json<{ query: { resource: string; endpoint: string }; hits: { entry: Entry; documented: boolean; reasons: string[] }[] }>(capture(['search', 'invalid program', '--endpoint', manual, '--json']).stdout);
    expect(body.query).toMatchObject({ resource: 'customers', endpoint: manual });
    for (const hit of body.hits) {
      expect(belongsTo(hit.entry, 'customers'), hit.entry.key).toBe(true);
      expect(hit.documented, hit.entry.key).toBe(endpointById(manual)!.codes.some((row) => row.keys.includes(hit.entry.key as never)));
    }
  });
});

describe('entries print who the wording is for and where it is documented', () => {
  it("marks a developer's wording and prints the docs page, where an entry carries them", () => {
    let text = '';
    const out = outFor({ stdout: { write: (chunk: string) => (text += chunk) }, stderr: { write: () => true }, env: {} }, false);
    const developer = catalog.find((entry) => entry.audience === 'developer')!;
    const user = entries.CUSTOMER_MARKED_AS_FRAUD;
    expect(user.audience).toBe('user');
    renderGroups(out, [developer], true);
    expect(text).toMatch(new RegExp(`^ {2}${developer.key} {2}.* · worded for developers(?: · |\n)`, 'm'));
    expect(text).toContain(`      - docs: ${developer.docs}\n`);
    text = '';
    renderGroups(out, [user], true);
    expect(text).toContain('  CUSTOMER_MARKED_AS_FRAUD  error 618 · v1.1 · failed-precondition · not retryable · also listed by transactions\n');
    expect(text).not.toMatch(/developers/);
    expect(text).toContain(`      - docs: ${user.docs}\n`);
    // Each entry prints its own page: a sample-only entry's is the sample's.
    for (const entry of [entries.CUSTOMER_OPERATION_SUCCEEDED, entries.CUSTOMER_RETRIEVED]) {
      expect(capture([entry.key]).stdout, entry.key).toContain(`      - docs: ${entry.docs}\n`);
    }
  });

  it('marks exactly the developer entries of the catalog', () => {
    const developers = catalog.filter((entry) => entry.audience === 'developer');
    expect(developers.length).toBeGreaterThan(0);
    for (const entry of [...developers.slice(0, 40), ...catalog.filter((each) => each.audience !== 'developer').slice(0, 40)]) {
      const line = capture([entry.key]).stdout.split('\n').find((each) => each.startsWith(`  ${entry.key}  `))!;
      expect(line.includes(' · worded for developers'), entry.key).toBe(entry.audience === 'developer');
    }
  });
});
