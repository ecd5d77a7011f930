import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { catalog, defineMessages, format } from 'capillary-codes';
import { catalog as pointsView } from 'capillary-codes/points';
import { main, type Io } from '../src/cli.js';
import { icuParams } from '../src/i18n.js';

/**
 * The CLI's behaviour, command by command. Most of it runs in process through `main` (the
 * entry test/cli-main.test.ts uses); the built bin is spawned only where a process is what is
 * tested: the shebang and the version tsup writes into it, standard input, exit statuses set
 * on the process, a reader that closes the pipe early, and colour on a real terminal.
 */

// The built bin, as users run it: `npm test` builds before testing.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the command line in process (stdout not a terminal unless told), files read from disk. */
function run(args: readonly string[], { isTTY = false, env = {} }: { isTTY?: boolean; env?: Record<string, string> } = {}): Run {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: { write: (text: string) => (stdout += text), isTTY }, stderr: { write: (text: string) => (stderr += text) }, env };
  const status = main(args, io);
  return { status, stdout, stderr };
}

/** Runs the built bin in a process of its own, executed through its shebang. */
function spawn(args: readonly string[], input?: string): Run {
  const result = spawnSync(cli, args, { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json<T = Record<string, unknown>>(result: Run): T {
  return JSON.parse(result.stdout) as T;
}

const ansi = /\u001b\[/;

describe('capillary-codes <code>', () => {
  it('explains a code, grouped by resource, exit 0', () => {
    const result = run(['1101']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^1101 has 2 entries in 2 resources/);
    expect(result.stdout.indexOf('\ncustomers:\n  INVALID_CHANNEL_TYPE  ')).toBeGreaterThan(0);
    expect(result.stdout.indexOf('\ntransactions:\n  TRANSACTION_INVALID_PROGRAM_ID  ')).toBeGreaterThan(0);
  });

  it('answers the entry servers send for a code with a paraphrase, and explains the paraphrase', () => {
    // 0.3: the documentation's paraphrase makes no tie on its own (DESIGN "Answers that are never confidently wrong", 6).
    const result = run(['8011']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^8011 means LOOKUP_INVALID_SOURCE\./);
    expect(result.stdout).toContain('LOOKUP_INVALID_SOURCE_ACCOUNT ("Invalid source account passed.") is the documentation\'s paraphrase');
    expect(run(['8011', '--message', 'Invalid source account passed.']).stdout).toMatch(/^8011 means LOOKUP_INVALID_SOURCE_ACCOUNT\b/);
  });

  it('explains the same code in two categories, and a text shared by two codes', () => {
    const four = run(['400']);
    expect(four.stdout).toContain('400 is also a warning: ADMIN_AUTH_NOT_SUPPORTED');
    expect(four.stdout).toMatch(/400 is also an error, in \d+ entries: INVALID_INPUT, /);
    expect(four.stdout).toContain('is the text of 1015 NO_IDENTIFIER_PROVIDED');
    expect(run(['1050']).stdout).toContain('Same text as 1061 RECOMMENDATIONS_FETCHED_1061');
    const status = run(['8088']);
    expect(status.stdout).toContain('also a warning with the same text');
    expect(status.stdout).toContain('--category');
  });

  it('picks an entry with --message and reads its params', () => {
    const result = run(['8006', '--message', 'Add failed, Customer already exists with id 42 for same source']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('8006 means ADD_CUSTOMER_EXISTS: the message is its wording.');
    expect(result.stdout).toContain('params: 0="42"');
  });

  it('prints only what the hints leave, with one line on the rest', () => {
    const result = run(['1000', '--operation', 'register']);
    expect(result.stdout).toMatch(/^1000 means CUSTOMER_REGISTERED\.\n\d+ other entries of 1000 left out by --operation register \(capillary-codes 1000 lists every entry\)\.\n/);
    expect(result.stdout).not.toContain('CUSTOMER_RETRIEVED');
  });

  it('says when a hint fits no entry and is ignored', () => {
    const result = run(['8011', '--category', 'success']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--category success ignored: no entry of 8011 fits it.');
  });

  it('looks up a key, in any case', () => {
    expect(run(['CUSTOMER_NOT_FOUND_FOR_ORG']).stdout).toContain('error 816');
    expect(run(['customer_not_found_for_org']).status).toBe(0);
    expect(json(run(['DATE_IN_PAST', '--json']))).toMatchObject({
      query: { key: 'DATE_IN_PAST' },
      resolution: { status: 'resolved', key: 'DATE_IN_PAST' },
      entries: [{ key: 'DATE_IN_PAST', code: 1215, resource: 'customers', kind: 'invalid-argument', retryable: false, params: ['x'], candidate: true }],
    });
  });

  it('--json: every candidate with its explanations and the resolution', () => {
    const result = run(['8011', '--json']);
    expect(result.status).toBe(0);
    const body = json<{
      found: boolean;
      resolution: { status: string; key: string; candidates: string[] };
      entries: { key: string; paraphrase?: boolean; explanations: string[]; relations: { kind: string; key: string }[] }[];
    }>(result);
    expect(body.found).toBe(true);
    // 0.3: 8011 alone resolves to the entry servers send; the paraphrase is its relation.
    expect(body.resolution).toEqual({ status: 'resolved', key: 'LOOKUP_INVALID_SOURCE', text: 'none', params: {} });
    expect(body.entries.map((entry) => entry.key)).toEqual(['LOOKUP_INVALID_SOURCE']);
    expect(body.entries[0]!.relations).toEqual([{ kind: 'paraphrased-by', key: 'LOOKUP_INVALID_SOURCE_ACCOUNT', code: 8011, category: 'error', resource: 'customers' }]);
    const paraphrase = json<typeof body>(run(['8011', '--json', '--message', 'Invalid source account passed.']));
    expect(paraphrase.entries[0]!.paraphrase).toBe(true);
    expect(paraphrase.entries[0]!.relations).toEqual([{ kind: 'paraphrase-of', key: 'LOOKUP_INVALID_SOURCE', code: 8011, category: 'error', resource: 'customers' }]);
    expect(paraphrase.entries[0]!.explanations.at(-1)).toMatch(/^Note: /);
  });

  it('--json with a message: resolved, params read', () => {
    const body = json(run(['8006', '--json', '--message', 'Add failed, Customer already exists with id 42 for same source']));
    expect(body['resolution']).toEqual({ status: 'resolved', key: 'ADD_CUSTOMER_EXISTS', text: 'exact', params: { 0: '42' } });
  });

  it('exit 1 for a code or key not in the catalog, one line on stderr, JSON with --json', () => {
    for (const args of [['42424242'], ['NO_SUCH_KEY'], ['99999', '--json']]) {
      const result = run(args);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
    }
    const notInCatalog = "42424242 is not in the catalog (Capillary's docs may print codes no published table lists; try: capillary-codes search <text>)";
    expect(run(['42424242']).stderr).toBe(`capillary-codes: ${notInCatalog}\n`);
    const asJson = run(['--json', '42424242']);
    expect(json(asJson)).toMatchObject({ found: false, resolution: { status: 'unknown' }, entries: [] });
    expect(JSON.parse(asJson.stderr)).toEqual({ error: notInCatalog });
    expect(run(['CUSTOMER_NOT_FOUND']).stderr).toContain('keys containing it: CUSTOMER_NOT_FOUND_FOR_ORG');
  });
});

describe('capillary-codes search', () => {
  const keysOf = (stdout: string) => stdout.split('\n').map((line) => /^[* ]\s+\d+\s+\w+\s+\S+\s+([A-Z0-9_]+)/.exec(line)?.[1]).filter(Boolean);

  it('ranks entries by how well they say the text, the match() pick first', () => {
    const result = run(['search', 'invalid source']);
    expect(result.status).toBe(0);
    const keys = keysOf(result.stdout);
    expect(keys[0]).toBe('INVALID_SOURCE');
    expect(result.stdout).toMatch(/^\* {2}8003 {2}error {4}customers/);
    expect(run(['search', 'invalid source', '--limit', '100']).stdout).toEqual(expect.stringContaining('LOOKUP_INVALID_SOURCE_ACCOUNT'));
  });

  it('reads a filled template from a few words', () => {
    const result = run(['search', 'Card is BLOCKED']);
    expect(keysOf(result.stdout)[0]).toBe('CARD_ACTIONS_NOT_ALLOWED');
    expect(result.stdout.split('\n')[0]).toMatch(/\(0="BLOCKED"\)$/);
  });

  it('is tolerant: word order, case, word forms', () => {
    type Hits = { hits: { entry: { key: string }; best: boolean; score: number }[] };
    const body = json<Hits>(run(['search', 'SUCCESSFULLY customer RETRIEVE', '--resource', 'customers', '--json']));
    expect(body.hits[0]).toMatchObject({ entry: { key: 'CUSTOMER_RETRIEVED' }, best: true, score: 1 });
    // Across resources, partner-program's 1000 says it too ("Customer successfully retrieved"): a tie, no best.
    const across = json<Hits>(run(['search', 'SUCCESSFULLY customer RETRIEVE', '--json']));
    expect(across.hits.slice(0, 2).map((hit) => hit.entry.key).sort()).toEqual(['CUSTOMER_RETRIEVED', 'PARTNER_PROGRAM_CUSTOMER_RETRIEVED']);
    expect(across.hits.slice(0, 2).map((hit) => hit.score)).toEqual([1, 1]);
    expect(across.hits.some((hit) => hit.best)).toBe(false);
    const merging = json<{ hits: { entry: { key: string }; best: boolean; params: Record<string, string> }[] }>(
      run(['search', 'Same Customer found in other sources, Merging with userId 42', '--json']),
    );
    expect(merging.hits[0]).toMatchObject({ entry: { key: 'SAME_CUSTOMER_MERGING', params: ['0'] }, best: true, params: { 0: '42' } });
  });

  it('--json: hits with scores, filters applied strictly', () => {
    const body = json<{ total: number; hits: { entry: { category: string; resource: string }; score: number }[] }>(
      run(['search', 'retrieved', '--category', 'success', '--resource', 'customers', '--json']),
    );
    expect(body.hits.length).toBeGreaterThan(3);
    expect(body.hits.every((hit) => hit.entry.category === 'success')).toBe(true);
    expect(body.hits.every((hit) => ['customers', 'api'].includes(hit.entry.resource))).toBe(true);
    const scores = body.hits.slice(1).map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('--limit', () => {
    const body = json<{ total: number; hits: unknown[] }>(run(['search', 'register', '--limit', '2', '--json']));
    expect(body.hits).toHaveLength(2);
    expect(body.total).toBeGreaterThan(2);
  });

  it('exit 1 when nothing resembles the text', () => {
    const result = run(['search', 'qwxz']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('capillary-codes: no entry resembles "qwxz"\n');
    const asJson = run(['search', 'qwxz', '--json']);
    expect(json(asJson)).toMatchObject({ total: 0, hits: [] });
    expect(JSON.parse(asJson.stderr)).toEqual({ error: 'no entry resembles "qwxz"' });
    expect(run(['search', '8011']).stderr).toBe('capillary-codes: no entry resembles "8011"; to look it up: capillary-codes 8011\n');
  });
});

describe('capillary-codes format', () => {
  it('fills params given as name=value', () => {
    const result = run(['format', '8006', '0=12345']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('Add failed, Customer already exists with id 12345 for same source\n');
    expect(run(['format', 'DATE_IN_PAST', 'x=startDate']).stdout).toBe('startDate cannot be a past date.\n');
    expect(run(['format', '91022', 'x=SMS', 'y=a=b']).stdout).toBe('Failed to update subscription for SMS channel and priority a=b.\n');
  });

  it('a placeholder with no value is bad usage, named', () => {
    const result = run(['format', '8006']);
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(result.stderr).toBe('capillary-codes: ADD_CUSTOMER_EXISTS needs {0}, as in: capillary-codes format 8006 0=…\n');
    expect(JSON.parse(run(['format', '8006', '--json']).stderr)).toEqual({ error: 'ADD_CUSTOMER_EXISTS needs {0}, as in: capillary-codes format 8006 0=…' });
  });

  it('an ambiguous code is bad usage that lists the keys to pick', () => {
    // 0.3: 8011 alone is no longer ambiguous (the paraphrase makes no tie); 1300 is.
    const result = run(['format', '1300']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('capillary-codes: 1300 is ambiguous; format one of its keys: TICKET_RETRIEVED, TICKET_ADDED\n');
    expect(run(['format', '8011']).stdout).toBe('Look up, Invalid source passed\n');
    expect(run(['format', '8011', '--message', 'Invalid source account passed.']).stdout).toBe('Invalid source account passed.\n');
    expect(run(['format', '8088', '--category', 'warning']).stdout).toBe('Customer status get failed\n');
  });

  it('a param the entry does not take is bad usage', () => {
    const result = run(['format', 'DATE_IN_PAST', 'y=1']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('capillary-codes: DATE_IN_PAST takes {x}; got {y}\n');
  });

  it('--json gives the text and its parts', () => {
    expect(json(run(['format', '8087', '0=BLOCKED', '--json']))).toEqual({
      key: 'CARD_ACTIONS_NOT_ALLOWED',
      code: 8087,
      category: 'error',
      resource: 'customers',
      params: { 0: 'BLOCKED' },
      text: 'Card is BLOCKED, not allowed to do any further actions',
      parts: ['Card is ', { param: '0', value: 'BLOCKED' }, ', not allowed to do any further actions'],
    });
  });

  it('--html escapes values, not the template', () => {
    expect(run(['format', 'DATE_IN_PAST', 'x=<b>', '--html']).stdout).toBe('&lt;b&gt; cannot be a past date.\n');
  });

  it('unknown code: exit 1', () => {
    expect(run(['format', '42424242']).status).toBe(1);
  });
});

describe('capillary-codes read', () => {
  const fixture = (name: string) => JSON.stringify((JSON.parse(readFileSync(new URL(`./fixtures/payloads/${name}`, import.meta.url), 'utf8')) as { payload: unknown }).payload);
  const read = (args: readonly string[], input: string) => spawn(['read', ...args], input);

  it('reads a log from standard input: the verdict first, exit 3 for a partial batch', () => {
    const log = `2026-12-07T10:00:00Z INFO capillary response ${fixture('v11-get-batch-mixed.json')}\n`;
    const result = read(['-', '--resource', 'customers'], log);
    expect(result.status).toBe(3);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^partial · 2 of 3 items failed · 4 statuses\nFailures \(2\):\n/);
  });

  it('exit 0 for a success, 1 for a failure, 4 when nothing is readable; --json one verdict per body', () => {
    expect(read(['-'], fixture('published/ghdocs-hist_v1.1_customers_register-customer_1000.json')).status).toBe(0);
    const failed = read(['-', '--json'], '{"errors": [{"code": 618, "message": "Not allowed - customer is marked as fraud."}]}');
    expect(failed.status).toBe(1);
    expect(JSON.parse(failed.stdout)).toMatchObject({ bodies: [{ outcome: 'failure', failures: [{ code: 618, count: 1, sure: true }] }], total: { bodies: 1, failure: 1 }, exit: 1 });
    const xml = read(['-', '--json'], '<response/>');
    expect(xml.status).toBe(4);
    expect(JSON.parse(xml.stderr)).toEqual({ error: expect.stringMatching(/^no JSON body in standard input \(it reads as XML: read takes JSON bodies\)/) });
    const missing = run(['read', '/nonexistent/body.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^capillary-codes: cannot read "\/nonexistent\/body\.json": ENOENT/);
  });
});

describe('capillary-codes export', () => {
  it('json (the default) loads back with defineMessages', () => {
    const result = run(['export']);
    expect(result.status).toBe(0);
    const messages = JSON.parse(result.stdout) as Record<string, string>;
    expect(Object.keys(messages)).toEqual(catalog.map((entry) => entry.key));
    expect(() => defineMessages(messages)).not.toThrow();
    expect(JSON.parse(run(['export', '--format', 'json', '--json']).stdout)).toEqual(messages);
  });

  it('i18next writes {{x}}', () => {
    const messages = json<Record<string, string>>(run(['export', '--format', 'i18next']));
    expect(messages['DATE_IN_PAST']).toBe('{{x}} cannot be a past date.');
  });

  it('icu formats with intl-messageformat as format() does, params renamed by icuParams', () => {
    const messages = json<Record<string, string>>(run(['export', '--format=icu']));
    expect(messages['INSTORE_PROFILE_MISSING']).toBe("Unable to create profile as instore profile doesn''t exist");
    for (const entry of catalog) {
      const params = Object.fromEntries(entry.params.map((name) => [name, `v${name}`]));
      expect(String(new IntlMessageFormat(messages[entry.key]!, 'en').format(icuParams(params))), entry.key).toBe(format(entry, params));
    }
  });

  it('--resource: only what the view holds', () => {
    const points = json<Record<string, string>>(run(['export', '--resource', 'points']));
    expect(Object.keys(points)).toEqual(pointsView.map((entry) => entry.key));
  });

  it('an unknown format or resource is bad usage', () => {
    const result = run(['export', '--format', 'po']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('capillary-codes: --format must be one of json, i18next, icu, got "po"\n');
    expect(run(['export', '--resource', 'loyalty']).stderr).toMatch(/^capillary-codes: --resource must be one of api, customers, transactions, .*, got "loyalty"\n$/);
  });
});

describe('help, version, usage errors', () => {
  it('--help and -h print usage on stdout, exit 0', () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const result = run(args);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('Usage');
      expect(result.stdout).toContain('the Capillary API');
      expect(result.stdout).toContain('capillary-codes search');
      expect(result.stdout).toContain('capillary-codes read <FILE|->');
      expect(result.stdout).toContain('export [--format json|i18next|icu] [--resource R]');
    }
    expect(run(['search', '--help']).stdout).toMatch(/^Usage: capillary-codes search/);
    expect(run(['help', 'format']).stdout).toMatch(/^Usage: capillary-codes format/);
    expect(run(['read', '--help']).stdout).toMatch(/^Usage: capillary-codes read/);
    expect(run(['8011', '--help']).stdout).toMatch(/^Usage: capillary-codes <code\|KEY>/);
  });

  it('--version prints the package version (the bin: tsup writes it in)', () => {
    expect(spawn(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    expect(json(spawn(['--version', '--json']))).toEqual({ name: 'capillary-codes', version });
    expect(run(['-v'])).toEqual(run(['--version']));
    expect(run(['-V'])).toEqual(run(['--version']));
  });

  it.each([
    [[], 'expected a code, a key or a command'],
    [['--bogus'], 'unknown option "--bogus"'],
    [['8011', '--category'], '--category needs a value'],
    [['8011', '--category', 'fatal'], '--category must be one of success, error, warning'],
    [['8011', '--api', 'v4'], '--api must be one of v1.1, v2, v3, api_gateway, auth'],
    [['8011', '--resource', 'customer'], '--resource must be one of api, customers,'],
    [['8011', '--limit', '3'], '--limit does not apply to a lookup'],
    [['08011'], 'is not a code'],
    [['8011', '8012'], 'one code or key at a time'],
    [['invalid source'], 'to search by text: capillary-codes search "invalid source"'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['search'], 'search needs some text'],
    [['search', 'x', '--limit', '0'], '--limit must be a positive whole number'],
    [['format'], 'format needs a code or a key'],
    [['format', '8006', 'oops'], 'expected a param as name=value'],
    [['read'], 'read needs a file'],
    [['read', 'x.json', '--category', 'error'], '--category does not apply to read'],
    [['CUSTOMER_NOT_FOUND_FOR_ORG', '--message', 'x'], '--message applies to a code, not a key'],
    [['export', 'extra'], 'export takes no arguments'],
    [['demo', '--json'], '--json does not apply to demo'],
  ])('%j is bad usage: exit 2, one line on stderr, nothing on stdout', (args, reason) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    if (args.includes('--json')) {
      expect(result.stderr).toMatch(/^\{[^\n]+\}\n$/);
      expect((JSON.parse(result.stderr) as { error: string }).error).toContain(reason);
    } else {
      expect(result.stderr).toMatch(/^capillary-codes: [^\n]+\n$/);
      expect(result.stderr).toContain(reason);
    }
  });
});

// `script` (util-linux) runs the bin on a pseudo-terminal: the one place colour may appear.
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

function runOnTerminal(args: readonly string[], env: Record<string, string | undefined> = {}): string {
  const commandLine = [process.execPath, cli, ...args].map((arg) => `'${arg.replace(/'/g, "'\\''")}'`).join(' ');
  const result = spawnSync('script', ['-qec', commandLine, '/dev/null'], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, ...env },
  });
  return result.stdout;
}

describe('colour', () => {
  it('never writes ANSI codes when stdout is not a terminal', () => {
    const piped = spawn(['8011']);
    expect(piped.stdout).toMatch(/^8011 means /);
    expect(ansi.test(piped.stdout + piped.stderr)).toBe(false);
    for (const args of [['search', 'invalid source'], ['format', '8006', '0=1'], ['demo'], ['8006', '--json']]) {
      const result = run(args);
      expect(ansi.test(result.stdout + result.stderr), args.join(' ')).toBe(false);
    }
  });

  it.skipIf(!hasScript)('colours on a terminal', () => {
    expect(runOnTerminal(['8011'])).toMatch(ansi);
    expect(runOnTerminal(['8011'], { NO_COLOR: '' })).toMatch(ansi);
  });

  it.skipIf(!hasScript)('never colours with NO_COLOR set, even on a terminal', () => {
    const output = runOnTerminal(['8011'], { NO_COLOR: '1' });
    expect(output.trim()).not.toBe('');
    expect(ansi.test(output)).toBe(false);
  });

  it('no command colours with NO_COLOR set (a terminal told in process)', () => {
    for (const args of [['8011'], ['search', 'invalid source'], ['format', '8006', '0=1'], ['demo']]) {
      expect(ansi.test(run(args, { isTTY: true }).stdout), args.join(' ')).toBe(true);
      const output = run(args, { isTTY: true, env: { NO_COLOR: '1' } });
      expect(output.stdout.trim(), args.join(' ')).not.toBe('');
      expect(ansi.test(output.stdout + output.stderr), args.join(' ')).toBe(false);
    }
  });
});

describe('demo', () => {
  it('tours the CLI and the library, exit 0', () => {
    const result = run(['demo']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('$ capillary-codes 1101\n');
    expect(result.stdout).toContain('$ capillary-codes 1101 --resource transactions\n');
    expect(result.stdout).toContain('$ capillary-codes read response.json --resource customers\npartial · ');
    expect(result.stdout).toContain('userMessage(');
    expect(result.stderr).toBe('');
  });
});

describe('the bin', () => {
  it('sets the exit status of its process: 0 found, 1 not found, 2 bad usage, one line on stderr', () => {
    expect(spawn(['1101', '--resource', 'transactions'])).toMatchObject({ status: 0, stderr: '' });
    const missing = spawn(['42424242']);
    expect(missing).toMatchObject({ status: 1, stdout: '' });
    expect(missing.stderr).toBe(run(['42424242']).stderr);
    expect(spawn(['--bogus'])).toEqual({ status: 2, stdout: '', stderr: 'capillary-codes: unknown option "--bogus" (see capillary-codes --help)\n' });
  });
});

describe('pipes', () => {
  it('a reader that closes early (| head) is not an error', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" export | head -n 1`], { encoding: 'utf8' });
    expect(result.stdout).toBe('{\n');
    expect(result.stderr).toBe('');
    const listing = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" endpoints | head -n 1`], { encoding: 'utf8' });
    expect(listing.stdout).toMatch(/^[A-Z]+ \/\S+ +\S/);
    expect(listing.stderr).toBe('');
  });

  it('endpoints: exit 0 for a documented request, 2 for one no page documents', () => {
    expect(run(['endpoints', 'POST', '/v2/customers']).status).toBe(0);
    const unknown = run(['endpoints', 'GET', '/v2/nope']);
    expect(unknown).toEqual({ status: 2, stdout: '', stderr: 'capillary-codes: "GET /v2/nope" is no documented request (capillary-codes endpoints lists them)\n' });
  });
});
