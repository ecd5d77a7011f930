import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReactElement } from 'react';
import { afterAll, describe, expect, it } from 'vitest';
import { defineMessages, entries, readStatuses, userMessage, type ReadStatus } from 'capillary-codes';
import { MessageText, StatusText, type MessageTextProps } from '../examples/MessageText.js';

// The .mjs examples run as a user runs them: `node examples/...`, importing `capillary-codes`
// by name, which resolves to this package's dist (`npm run build` first).
const example = (name: string) => fileURLToPath(new URL(`../examples/${name}`, import.meta.url));
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/payloads/${name}`, import.meta.url), 'utf8')) as { payload: unknown };
const payload = (name: string) => JSON.stringify(fixture(name).payload);

interface Published {
  readonly name: string;
  readonly resource: string;
  readonly payload: unknown;
}

const publishedDir = new URL('./fixtures/payloads/published/', import.meta.url);
const published: readonly Published[] = readdirSync(publishedDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ name, ...(JSON.parse(readFileSync(new URL(name, publishedDir), 'utf8')) as Omit<Published, 'name'>) }));

interface Rendered {
  type: unknown;
  props: { children?: unknown; 'data-key'?: string; 'data-param'?: string } & Partial<MessageTextProps>;
}

describe('examples/MessageText.tsx', () => {
  it('renders template text as strings and each value in its own <strong>', () => {
    const element = MessageText({ entry: entries.CARD_ACTIONS_NOT_ALLOWED, params: { 0: 'BLOCKED' } }) as ReactElement as unknown as Rendered;
    expect(element.type).toBe('span');
    expect(element.props['data-key']).toBe('CARD_ACTIONS_NOT_ALLOWED');
    const [before, value, after] = element.props.children as [string, Rendered, string];
    expect(before).toBe('Card is ');
    expect(value.type).toBe('strong');
    expect(value.props).toEqual({ 'data-param': '0', children: 'BLOCKED' });
    expect(after).toBe(', not allowed to do any further actions');
  });

  it('passes markup in a value through as text, for React to escape', () => {
    const element = MessageText({ entry: entries.DATE_IN_PAST, params: { x: '<img src=x onerror=alert(1)>' } }) as unknown as Rendered;
    const [value] = element.props.children as [Rendered];
    expect(value.props.children).toBe('<img src=x onerror=alert(1)>');
  });

  it('renders a translation', () => {
    const messages = defineMessages({ DATE_IN_PAST: '{x} ne peut pas être une date passée.' });
    const element = MessageText({ entry: entries.DATE_IN_PAST, params: { x: 'startDate' }, messages }) as unknown as Rendered;
    expect((element.props.children as unknown[])[1]).toBe(' ne peut pas être une date passée.');
  });
});

describe('examples/MessageText.tsx StatusText', () => {
  const firstStatus = (name: string) => readStatuses(fixture(name).payload).find((status) => status.category !== 'success')!;

  it('renders the entry’s parts for a status known for sure, the values the server sent in <strong>', () => {
    const status = firstStatus('v2-add-exists-with-id.json');
    expect(status.resolution.status).toBe('resolved');
    const element = StatusText({ status }) as unknown as Rendered;
    expect(element.type).toBe(MessageText);
    expect(element.props.entry?.key).toBe('ADD_CUSTOMER_EXISTS');
    const [, value] = (MessageText(element.props as MessageTextProps) as unknown as Rendered).props.children as [string, Rendered];
    expect(value.props).toEqual({ 'data-param': '0', children: status.resolution.status === 'resolved' ? status.resolution.params[0] : '' });
  });

  it('renders the server’s words where the code decided and the text says something else', () => {
    const status = firstStatus('v11-unique-code-different-text.json');
    expect(status.resolution.status === 'resolved' && status.resolution.text).toBe('different');
    const element = StatusText({ status, messages: defineMessages({ CUSTOMER_NOT_FOUND_FOR_ORG: 'Client introuvable.' }) }) as unknown as Rendered;
    expect(element).toMatchObject({ type: 'span', props: { children: status.message } });
  });

  it('renders the fallback for a tie without a server text, and nothing without a fallback', () => {
    // 0.3: 8011 alone is the server's entry; v2's 400 without text still ties three request-level errors.
    const status = readStatuses({ errors: [{ code: 400, status: false }] })[0]!;
    expect(status.resolution.status).toBe('ambiguous');
    expect(StatusText({ status, fallback: 'Something went wrong.' })).toMatchObject({ type: 'span', props: { children: 'Something went wrong.' } });
    expect(StatusText({ status })).toBeNull();
  });
});

/** The example's output for one response, one chunk of lines per status. */
function chunksOf(output: string): string[][] {
  return output
    .split('\n\n')
    .map((chunk) => chunk.split('\n').filter(Boolean))
    .filter((lines) => lines.length);
}

/** What the example must print for a status: its first line's start, its reading, the text to show. */
function expected(status: ReadStatus): [string, string, string] {
  const head = `${status.path}: ${status.category} ${status.code ?? '(no code)'}`;
  const { resolution } = status;
  const reading =
    resolution.status === 'unknown'
      ? '  unknown: '
      : resolution.status === 'ambiguous'
        ? `  ambiguous, best first: ${resolution.candidates.map((entry) => `${entry.key} (${entry.resource})`).join(', ')}`
        : `  ${resolution.entry.key} (${resolution.entry.resource}, ${resolution.entry.category}, ${resolution.entry.api}): `;
  const shown = userMessage(status);
  return [head, reading, `  show: ${shown === undefined ? '(nothing sure to show)' : JSON.stringify(shown)}`];
}

describe('examples/read-response.mjs', () => {
  const run = (args: string[], input?: string) =>
    spawnSync(process.execPath, [example('read-response.mjs'), ...args], { encoding: 'utf8', ...(input === undefined ? {} : { input }) });
  const runAsync = (args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(process.execPath, [example('read-response.mjs'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
      child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
      child.on('close', (status) => done({ status, stdout, stderr }));
    });
  const scratch = mkdtempSync(join(tmpdir(), 'read-response-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  /** A published response as a user has it: the body alone, in a file. */
  const bodyFile = (response: Published) => {
    const file = join(scratch, response.name);
    writeFileSync(file, JSON.stringify(response.payload));
    return file;
  };
  const publishedNamed = (name: string) => published.find((response) => response.name === name)!;
  const chunkAt = (output: string, path: string) => chunksOf(output).find((lines) => lines[0]!.startsWith(`${path}: `)) ?? [];
  /** Each file's output of a run over several files, under the path its `==> path <==` header names. */
  const byFile = (output: string) => {
    const parts = output.split(/^==> (.+) <==$/m).slice(1);
    return new Map(parts.flatMap((part, i) => (i % 2 === 0 ? [[part, parts[i + 1]!] as const] : [])));
  };

  it('reads every published response as the library reads it: all in one run, and a resource’s with --resource', async () => {
    expect(published.length).toBeGreaterThan(100);
    const customers = published.filter((response) => response.resource === 'customers');
    expect(customers.length).toBeGreaterThan(10);
    // Two runs, one per core: every file without hints, and the customers files with theirs.
    const runs = [
      [published, undefined],
      [customers, 'customers'],
    ] as const;
    let statuses = 0;
    await Promise.all(
      runs.map(async ([responses, resource]) => {
        const files = responses.map(bodyFile);
        const result = await runAsync([...files, ...(resource ? ['--resource', resource] : [])]);
        expect(result.stderr, String(resource)).toBe('');
        expect(result.status).toBe(0);
        const blocks = result.stdout.split(/^==> (.+) <==$/m).slice(1);
        expect(blocks.filter((_, i) => i % 2 === 0)).toEqual(files);
        const outputs = blocks.filter((_, i) => i % 2 === 1);
        responses.forEach((response, i) => {
          const wanted = readStatuses(response.payload, resource ? { resource } : {});
          const chunks = chunksOf(outputs[i]!);
          expect(chunks.length, response.name).toBe(wanted.length || 1);
          wanted.forEach((status, j) => {
            const [head, reading, show] = expected(status);
            const lines = chunks[j]!;
            expect(lines[0], response.name).toMatch(new RegExp(`^${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`));
            expect(lines[1]!.startsWith(reading), `${response.name} ${status.path}: ${lines[1]}`).toBe(true);
            expect(lines.at(-1), `${response.name} ${status.path}`).toBe(show);
          });
          statuses += wanted.length;
        });
      }),
    );
    expect(statuses).toBeGreaterThan(published.length);
  }, 60_000);

  it('passes --operation on: it tells apart the success texts of 1000', () => {
    const response = publishedNamed('ghdocs-hist_v1.1_customers_retrieve-customer-notes_1000.json');
    const path = 'response.customer.item_status';
    // The sample's "Operation Successful" is CUSTOMER_OPERATION_SUCCEEDED's own wording: the text
    // decides, with or without the operation.
    const sample = bodyFile(response);
    // The same body with a text no entry says: only the operation tells the success texts apart.
    const body = structuredClone(response.payload) as { response: { customer: { item_status: { message: string } } } };
    body.response.customer.item_status.message = 'Done';
    const file = bodyFile({ ...response, name: 'done-1000.json', payload: body });
    // Both files in one run, without and with the operation: each file's output under its header.
    const without = byFile(run([sample, file]).stdout);
    const withOperation = byFile(run([sample, file, '--operation', 'notes.get']).stdout);
    for (const outputs of [without, withOperation]) {
      expect(chunkAt(outputs.get(sample)!, path).slice(1, 3)).toEqual([
        `  CUSTOMER_OPERATION_SUCCEEDED (customers, success, v1.1): ${entries.CUSTOMER_OPERATION_SUCCEEDED.message}`,
        '  text: its exact wording',
      ]);
    }
    expect(chunkAt(without.get(file)!, path)[1]).toMatch(/^ {2}ambiguous, best first: .*NOTES_RETRIEVED \(customers\)/);
    const told = chunkAt(withOperation.get(file)!, path);
    expect(told[1]).toBe(`  NOTES_RETRIEVED (customers, success, v1.1): ${entries.NOTES_RETRIEVED.message}`);
    // The server said "Done": its words, since the code decided and not the text.
    expect(told.at(-1)).toBe('  show: "Done"');
  });

  it('passes --resource and --api on: a bare v1.1 item status of the general page', () => {
    const response = publishedNamed('ghdocs_v1.1_general_response-codes_json_item-level-response-code.json');
    const file = bodyFile(response);
    const customers = chunkAt(run([file, '--resource', 'customers']).stdout, 'item_status');
    expect(customers[1]).toMatch(/^ {2}REGISTER_INVALID_MOBILE \(customers, error, v1\.1\): /);
    expect(customers.at(-1)).toBe('  show: "Invalid Mobile Number"');
    const v11 = chunkAt(run([file, '--api', 'v1.1']).stdout, 'item_status');
    expect(v11[1]).toMatch(/^ {2}ambiguous, best first: .*REGISTER_INVALID_MOBILE \(customers\)/);
    expect(v11[1]).toContain('REQUEST_CUSTOMER_NOT_REGISTERED_INVALID_MOBILE (requests)');
    expect(v11.at(-1)).toBe('  show: "Invalid Mobile Number"');
  });

  it('explains a v1.1 response read from stdin', () => {
    const result = run(['-'], payload('v11-get-batch-mixed.json'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('==>');
    const retrieved = chunkAt(result.stdout, 'response.customers.customer.0.item_status');
    expect(retrieved[0]).toMatch(/: success 1000/);
    expect(retrieved[1]).toBe('  CUSTOMER_RETRIEVED (customers, success, v1.1): Customer retrieved successfully.');
    expect(result.stdout).toContain('CUSTOMER_NOT_FOUND_FOR_ORG (customers, error, v1.1)');
    expect(chunkAt(result.stdout, 'response.status')[1]).toMatch(/^ {2}REQUEST_SUCCEEDED \(api, success, /);
  });

  it('explains a v2 response: params read, ambiguity said', () => {
    const exists = run(['-'], payload('v2-add-exists-with-id.json'));
    expect(exists.stdout).toMatch(/ADD_CUSTOMER_EXISTS \(customers, error, v2\): Add failed, Customer already exists with id \d+ for same source \(params: \{"0":"\d+"\}\)/);
    const ambiguous = run(['-'], JSON.stringify({ errors: [{ code: 400, status: false }] }));
    expect(ambiguous.stdout).toContain('ambiguous, best first: INVALID_PATH_PARAMETER (api), INVALID_ATTRIBUTION_LOOKUP_TYPE (api), INVALID_RANGE_OR_INDEX (api)');
    expect(ambiguous.stdout).toContain('  show: (nothing sure to show)');
  });

  it('reads its sample when nothing is piped', () => {
    const result = run([], '');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('SAME_CUSTOMER_MERGING (customers, warning, v2)');
  });

  it('refuses bad usage with exit 2 and a reason: not JSON, nothing piped, unknown hints and options', () => {
    const cases: readonly (readonly [string[], string | undefined, RegExp])[] = [
      [['-'], '{', /^read-response: cannot read a JSON response/],
      [['-'], '', /^read-response: cannot read a JSON response: nothing on stdin/],
      [['-', '--resource', 'nope'], '{}', /^read-response: --resource must be one of api, customers, .*referrals; got "nope"/],
      [['-', '--api', 'v9'], '{}', /^read-response: --api must be one of v1\.1, v2, .*; got "v9"/],
      [['-', '--operation', ''], '{}', /^read-response: --operation needs a name/],
      [['--colour'], '{}', /^read-response: .*'--colour'.*usage: read-response/],
    ];
    for (const [args, input, reason] of cases) {
      const result = run(args, input);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(reason);
      expect(result.stdout).toBe('');
    }
  });
});

describe('examples/translate.mjs', () => {
  it('exports, translates, loads back and formats', () => {
    const result = spawnSync(process.execPath, [example('translate.mjs')], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')).toEqual([
      'startDate ne peut pas être une date passée.',
      "Échec de la mise à jour de l'abonnement pour le canal SMS et la priorité HIGH.",
      "Impossible de créer le profil : le profil en magasin n'existe pas",
      'Customer status get failed',
      "Ajout impossible : un client existe déjà avec l'identifiant 42 pour la même source",
      'Une erreur est survenue.',
      'refused: defineMessages: the translation of DATE_IN_PAST must use exactly {x}, got {date}',
      '',
    ]);
  });

  it('its French file loads with defineMessages', () => {
    const french = JSON.parse(readFileSync(example('messages.fr.json'), 'utf8')) as Record<string, string>;
    expect(() => defineMessages(french)).not.toThrow();
  });
});
