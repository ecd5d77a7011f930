import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The package as a user gets it: packed, installed from the tarball into an empty project.
// `npm test` builds first; the package has no dependencies, so the install is offline.
const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

let scratch = '';
let project = '';
/** The paths npm packed, as its report lists them: the tarball the install below reads. */
let packedPaths: string[] = [];

function inProject(command: string, args: readonly string[]) {
  return spawnSync(command, args, { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'capillary-codes-pack-'));
  const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' })) as {
    filename: string;
    files: { path: string }[];
  }[];
  packedPaths = packed[0]!.files.map((file) => file.path);
  project = join(scratch, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', version: '1.0.0', private: true }));
  execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', join(scratch, packed[0]!.filename)], {
    cwd: project,
    encoding: 'utf8',
  });
}, 180_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('ships only dist/, README.md, LICENSE, CHANGELOG.md and package.json', () => {
    const paths = packedPaths;
    const stray = paths.filter((path) => !path.startsWith('dist/') && !['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json'].includes(path));
    expect(stray).toEqual([]);
    expect(paths).toEqual(
      expect.arrayContaining([
        'README.md',
        'LICENSE',
        'CHANGELOG.md',
        'package.json',
        'dist/cli.js',
        'dist/index.js',
        'dist/index.cjs',
        'dist/index.d.ts',
        'dist/index.d.cts',
        'dist/format.js',
        'dist/format.cjs',
        'dist/catalog.json',
      ]),
    );
  });
});

describe('installed from the tarball', () => {
  it('runs through npx capillary-codes', () => {
    const result = inProject('npx', ['--no', '--', 'capillary-codes', '1101']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1101 has 2 entries');
    expect(result.stdout).toContain('TRANSACTION_INVALID_PROGRAM_ID');
  });

  it('runs the installed bin: its version, exit 2 on bad usage, 1 for an unknown code', () => {
    // The file the installed package.json names as its bin, run by node: npx found it above, and
    // each npx costs an npm start-up.
    const installed = join(project, 'node_modules', 'capillary-codes');
    const { bin } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    const cli = (...args: string[]) => inProject(process.execPath, [join(installed, bin['capillary-codes']!), ...args]);
    const version_ = cli('--version');
    expect(version_.stdout).toBe(`${version}\n`);
    const usage = cli('--bogus');
    expect(usage.status).toBe(2);
    // 0.2 knows the request-level 200; a code no table publishes is not found.
    const unknown = cli('42424242');
    expect(unknown.status).toBe(1);
  });

  it('imports as ESM: the root, a view, capillary-codes/format, capillary-codes/notes and capillary-codes/catalog.json', () => {
    writeFileSync(
      join(project, 'check.mjs'),
      `import { catalog, entries, format, resolve } from 'capillary-codes';
import * as customers from 'capillary-codes/customers';
import * as entryFormat from 'capillary-codes/format';
import { noteOf } from 'capillary-codes/notes';
import json from 'capillary-codes/catalog.json' with { type: 'json' };
console.log(JSON.stringify({
  entries: catalog.length,
  frozen: Object.isFrozen(catalog),
  rootResolved: resolve(816).status,
  viewResolved: customers.resolve(816).status,
  formatted: format('ADD_CUSTOMER_EXISTS', { 0: '42' }),
  entryFormatted: entryFormat.format(entries.DATE_IN_PAST, { x: 'startDate' }),
  noted: noteOf('MERGE_ALREADY_DONE_WARNING') !== undefined,
  json: json.length,
  same: JSON.stringify(json.map(({ note, ...entry }) => entry)) === JSON.stringify(catalog),
  notes: json.every((entry) => entry.note === noteOf(entry)),
}));
`,
    );
    // Node 20 calls JSON modules experimental; that warning is not the package's.
    const result = inProject(process.execPath, ['--disable-warning=ExperimentalWarning', 'check.mjs']);
    expect(result.stderr).toBe('');
    const answer = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(answer).toEqual({
      entries: answer['json'],
      frozen: true,
      // 816 is customers' and badges' in the whole API; the customers view knows which.
      rootResolved: 'ambiguous',
      viewResolved: 'resolved',
      formatted: 'Add failed, Customer already exists with id 42 for same source',
      entryFormatted: 'startDate cannot be a past date.',
      noted: true,
      json: answer['entries'],
      // catalog.json is the catalog with each entry's note.
      same: true,
      notes: true,
    });
    expect(answer['entries']).toBeGreaterThan(200);
  });

  it("0.3's request path from the tarball: readResponse, one CapillaryError across the root and the views, endpoints, testing", () => {
    writeFileSync(
      join(project, 'check-03.mjs'),
      `import * as root from 'capillary-codes';
import * as customers from 'capillary-codes/customers';
import * as points from 'capillary-codes/points';
import { endpointOf } from 'capillary-codes/endpoints';
import { fetchResponse, v11Response } from 'capillary-codes/testing';
const response = fetchResponse(v11Response(['CUSTOMER_REGISTERED', { key: 'REGISTER_INVALID_MOBILE', ok: false }], { resource: 'customers' }), { status: 200 });
const reading = customers.readResponse(await response.json(), { httpStatus: response.status, headers: response.headers });
let thrown;
try { customers.assertOk(reading); } catch (error) { thrown = error; }
console.log(JSON.stringify({
  outcome: reading.outcome,
  items: reading.items.map((item) => item.ok),
  shown: customers.userMessage(reading),
  rootInstance: thrown instanceof root.CapillaryError,
  viewInstance: thrown instanceof customers.CapillaryError && thrown instanceof points.CapillaryError,
  plainError: new Error('x') instanceof root.CapillaryError,
  endpoint: root.resolve(1101, { endpoint: endpointOf('POST', 'https://eu.api.capillarytech.com/v2/slab/manualSlabAdjustment') }).entry?.key,
}));
`,
    );
    const result = inProject(process.execPath, ['check-03.mjs']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      outcome: 'partial',
      items: [true, false],
      shown: 'Unable to register. Invalid mobile number.',
      rootInstance: true,
      viewInstance: true,
      plainError: false,
      endpoint: 'TRANSACTION_INVALID_PROGRAM_ID',
    });
  });

  it('requires as CommonJS: the root, a view, capillary-codes/format and capillary-codes/catalog.json', () => {
    writeFileSync(
      join(project, 'check.cjs'),
      `const { catalog, entries, format, CapillaryError } = require('capillary-codes');
const entryFormat = require('capillary-codes/format');
const json = require('capillary-codes/catalog.json');
const customers = require('capillary-codes/customers');
console.log(JSON.stringify({
  entries: catalog.length,
  viewError: new customers.CapillaryError('CUSTOMER_NOT_FOUND_FOR_ORG') instanceof CapillaryError,
  viewOnly: customers.catalog.every((entry) => ['api', 'customers'].includes(entry.resource) || entry.sharedWith?.includes('customers')),
  formatted: format('CARD_ACTIONS_NOT_ALLOWED', { 0: 'BLOCKED' }),
  entryFormatted: entryFormat.format(entries.DATE_IN_PAST, { x: 'endDate' }),
  error: new CapillaryError('CUSTOMER_NOT_FOUND_FOR_ORG').code,
  json: json.length,
}));
`,
    );
    const result = inProject(process.execPath, ['check.cjs']);
    expect(result.stderr).toBe('');
    const answer = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(answer).toEqual({
      entries: answer['json'],
      formatted: 'Card is BLOCKED, not allowed to do any further actions',
      entryFormatted: 'endDate cannot be a past date.',
      error: 816,
      viewError: true,
      viewOnly: true,
      json: answer['entries'],
    });
  });
});
