/**
 * src/codes/packed.ts, the catalog's runtime data, against the row files it is generated
 * from (src/codes/success.ts, errors.ts, warnings.ts): it is current, and unpacking it gives
 * exactly the entries the rows describe.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { catalog, entries, type Category } from 'capillary-codes';
import { errors } from '../src/codes/errors.js';
import { success } from '../src/codes/success.js';
import { warnings } from '../src/codes/warnings.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

type Details = { operations?: readonly string[]; aliases?: readonly string[]; note?: string; paraphrase?: true };
type Row = readonly [number, string, string, string, Details?];

/** The entries as the rows describe them, built the plain way (what src/codes/index.ts did before packing). */
function fromRows(rows: readonly Row[], category: Category) {
  return rows.map(([code, key, api, message, details = {}]) => {
    const params = [...new Set([...message.matchAll(/\{([^{}]*)\}/g)].map((found) => found[1]!))];
    return {
      key,
      code,
      category,
      message,
      params,
      api,
      ...(details.operations && { operations: details.operations }),
      ...(details.aliases && { aliases: details.aliases }),
      ...(details.note !== undefined && { note: details.note }),
      ...(details.paraphrase && { paraphrase: details.paraphrase }),
    };
  });
}

const expected = [
  ...fromRows(success, 'success'),
  ...fromRows(errors, 'error'),
  ...fromRows(warnings, 'warning'),
];

describe('src/codes/packed.ts', () => {
  it('is what scripts/pack-catalog.mjs makes of the rows (run `npm run pack-catalog` when this fails)', async () => {
    const { stdout } = await run(process.execPath, ['scripts/pack-catalog.mjs', '--stdout'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    expect(readFileSync(new URL('../src/codes/packed.ts', import.meta.url), 'utf8')).toBe(stdout);
  });

  it('unpacks into exactly the entries of the rows, in table order', () => {
    expect(catalog).toStrictEqual(expected);
    expect(catalog.map((entry) => entry.category)).toEqual(expected.map((entry) => entry.category));
  });

  it('gives each entry its fields in the order of an Entry', () => {
    // toStrictEqual ignores the order of properties; JSON (and Object.keys) shows it.
    expect(catalog.map((entry) => Object.keys(entry))).toEqual(expected.map((entry) => Object.keys(entry)));
    expect(JSON.stringify(catalog)).toBe(JSON.stringify(expected));
    expect(Object.keys(entries)).toEqual(expected.map((entry) => entry.key));
  });

  it('shares no array with another entry, and freezes every one', () => {
    const arrays = catalog.flatMap((entry) => [entry.params, entry.operations ?? [], entry.aliases ?? []].filter((list) => list.length));
    expect(new Set(arrays).size).toBe(arrays.length);
    for (const list of arrays) expect(Object.isFrozen(list)).toBe(true);
  });

  it('keeps the rows out of the runtime: the library imports them for their types only', async () => {
    const result = await build({
      entryPoints: [`${root}src/index.ts`],
      bundle: true,
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('src/codes/packed.ts');
    expect(inputs.filter((input) => /^src\/codes\/(success|errors|warnings)\.ts$/.test(input))).toEqual([]);
  });
});
