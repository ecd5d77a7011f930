/**
 * The generated files against the row files they are made from: src/codes/generated/ (each
 * resource's runtime data and its entries' types) and src/views/ with the package's
 * `exports` (the entry points) are current, and unpacking gives exactly the entries the rows
 * describe, in every entry point.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as root from 'capillary-codes';
import { noteOf, notes } from 'capillary-codes/notes';
import { docsPages } from '../src/codes/docs-pages.js';
import type { EntryShape } from '../src/codes/index.js';
import { exportName, sourceEntries, type SourceEntry } from './tables/catalog-rows.js';

const dir = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

const views = import.meta.glob<{ catalog: readonly EntryShape[]; entries: Readonly<Record<string, EntryShape>> }>('../src/views/*.ts', { eager: true });

/** An entry as the rows describe it, built the plain way, its fields in the order of an Entry. */
function fromRow({ resource, code, key, category, api, message, details }: SourceEntry) {
  const params = [...new Set([...message.matchAll(/\{([^{}]*)\}/g)].map((found) => found[1]!))];
  return {
    key,
    code,
    category,
    resource,
    ...(details.sharedWith && { sharedWith: details.sharedWith }),
    message,
    params,
    api,
    ...(details.operations && { operations: details.operations }),
    ...(details.aliases && { aliases: details.aliases }),
    ...(details.paraphrase && { paraphrase: details.paraphrase }),
    ...(details.kind && { kind: details.kind, retryable: details.retryable ?? false }),
    audience: details.audience ?? 'user',
    origin: details.origin ?? 'table',
    docs: details.docs ?? docsPages[resource],
  };
}

/** The rows of a view: request-level ones, the resource's own, then those other resources share with it. */
function rowsOf(view: string): SourceEntry[] {
  if (view === 'all') return [...sourceEntries];
  const shared = sourceEntries.filter((entry) => entry.resource !== view && entry.resource !== 'api' && entry.details.sharedWith?.includes(view as never));
  return [...sourceEntries.filter((entry) => entry.resource === 'api'), ...sourceEntries.filter((entry) => entry.resource === view), ...shared];
}

describe('generated files', () => {
  it('src/codes/generated/ and src/codes/notes.ts are what scripts/pack-catalog.mjs makes of the rows (`npm run generate` when this fails)', async () => {
    await expect(run(process.execPath, ['scripts/pack-catalog.mjs', '--check'], { cwd: dir })).resolves.toBeDefined();
  });

  it('src/views/ and the exports map are what scripts/generate-views.mjs makes (`npm run generate` when this fails)', async () => {
    await expect(run(process.execPath, ['scripts/generate-views.mjs', '--check'], { cwd: dir })).resolves.toBeDefined();
  });
});

describe('capillary-codes/notes', () => {
  it("holds every row's note under its key, and nothing else", () => {
    const noted = sourceEntries.filter((entry) => entry.details.note !== undefined);
    expect(Object.keys(notes)).toEqual(noted.map((entry) => entry.key));
    for (const entry of noted) expect(noteOf(entry.key), entry.key).toBe(entry.details.note);
    expect(Object.isFrozen(notes)).toBe(true);
  });

  it('answers undefined for an entry without a note, and for what is no key', () => {
    const plain = root.catalog.find((entry) => !Object.hasOwn(notes, entry.key))!;
    expect(noteOf(plain)).toBeUndefined();
    for (const value of ['toString', '__proto__', 'NOPE', '']) expect(noteOf(value), value).toBeUndefined();
    expect(noteOf({ key: 'MERGE_ALREADY_DONE_WARNING' })).toMatch(/8067/);
    expect(noteOf(null as never)).toBeUndefined();
  });
});

describe.each(Object.keys(views).map((path) => /([^/]+)\.ts$/.exec(path)![1]!))('the %s entry point', (name) => {
  const { catalog, entries } = views[`../src/views/${name}.ts`]!;
  const expected = rowsOf(name).map(fromRow);

  it(`unpacks into exactly the ${expected.length} entries of its rows, in order, fields in the order of an Entry`, () => {
    expect(catalog).toStrictEqual(expected);
    // toStrictEqual ignores the order of properties; JSON shows it.
    expect(JSON.stringify(catalog)).toBe(JSON.stringify(expected));
    expect(Object.keys(entries)).toEqual(expected.map((entry) => entry.key));
  });

  it('shares no array between entries but the one empty params list, and freezes every one', () => {
    const arrays = catalog.flatMap((entry) => [entry.params, entry.operations, entry.aliases, entry.sharedWith].filter((list) => list?.length)) as unknown[];
    expect(new Set(arrays).size).toBe(arrays.length);
    for (const list of [...arrays, ...catalog.map((entry) => entry.params)]) expect(Object.isFrozen(list)).toBe(true);
  });
});

describe('the root entry', () => {
  it('is the entry point of every resource', () => {
    expect(root.catalog).toBe(root.catalog);
    expect(root.catalog.length).toBe(sourceEntries.length);
  });

  it('keeps the rows out of the runtime: the library imports them for their types only', async () => {
    const result = await build({ entryPoints: [`${dir}src/index.ts`], bundle: true, format: 'esm', write: false, metafile: true, logLevel: 'silent' });
    const inputs = Object.keys(result.metafile.inputs);
    const generated = Object.keys(import.meta.glob('../src/codes/generated/*.ts')).map((path) => path.replace('../', ''));
    // One module per resource, and index.ts joining them for the root.
    const perResource = generated.filter((path) => path !== 'src/codes/generated/index.ts');
    expect(perResource.length).toBe(root.resources.length);
    expect(inputs.filter((input) => input.startsWith('src/codes/generated/')).sort()).toEqual(generated.sort());
    const rowFiles = new Set(perResource.map((path) => path.replace('generated/', '')));
    expect(inputs.filter((input) => rowFiles.has(input))).toEqual([]);
  });

  it('names every row file by its resource: the export of src/codes/<resource>.ts is the camelCase slug', () => {
    expect(exportName('partner-program')).toBe('partnerProgram');
  });
});
