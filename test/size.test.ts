/**
 * Size budgets of what an app ships: bundles built from dist (run `npm run build` first)
 * the way an app's bundler builds them (esbuild, minified, ESM, browser platform), gzipped
 * at level 9. Sizes are deterministic, so these are plain assertions. Imports go through
 * the package's own name and `exports` map, as in an app; esbuild is told to ignore the
 * repo's tsconfig `paths` (which point at src).
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { catalog } from 'capillary-codes';
import readme from '../README.md?raw';

const root = fileURLToPath(new URL('..', import.meta.url));
const KB = 1024;

interface Bundle {
  readonly code: string;
  readonly minified: number;
  readonly gzipped: number;
  readonly inputs: readonly string[];
}

async function bundle(contents: string, external: string[] = []): Promise<Bundle> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js', sourcefile: 'app.js' },
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external,
    write: false,
    metafile: true,
    logLevel: 'silent',
    // Resolve `capillary-codes` through package.json `exports`, not the tsconfig `paths`.
    tsconfigRaw: {},
  });
  const code = result.outputFiles[0]!.text;
  return {
    code,
    minified: Buffer.byteLength(code),
    gzipped: gzipSync(code, { level: 9 }).length,
    inputs: Object.keys(result.metafile.inputs).filter((input) => input !== 'app.js'),
  };
}

const occurrences = (text: string, needle: string) => text.split(needle).length - 1;
// esbuild writes its output in ASCII: `’` becomes `\u2019`.
const asBundled = (text: string) => text.replace(/[^\0-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
const bytes = (n: number) => `${n.toLocaleString('en-US')} B`;
const label = (b: Bundle, budget: number) =>
  `${bytes(b.gzipped)} gzip (${bytes(b.minified)} minified), budget ${budget / KB} KB = ${bytes(budget)}`;

const [whole, formatOnly, zod, data] = await Promise.all([
  bundle(`export * from 'capillary-codes';`),
  bundle(`import { format } from 'capillary-codes/format';\nexport const show = (entry, params) => format(entry, params);`),
  bundle(`export * from 'capillary-codes/zod';`, ['zod']),
  bundle(`export { catalog, entries } from 'capillary-codes';`),
]);

// The budgets of issue 4. The root holds the catalog (5.1 KB of it, packed by
// scripts/pack-catalog.mjs) and its logic (lookups, tolerant matching, formatting,
// translations, errors); README "Size" shows the split.
const formatBudget = 1 * KB;
const rootBudget = 9 * KB;
const zodBudget = 11 * KB;

describe('size budgets (esbuild --minify, ESM, browser; gzip -9)', () => {
  test('the bundles are built from dist', () => {
    for (const input of [...whole.inputs, ...formatOnly.inputs, ...zod.inputs]) expect(input).toMatch(/^dist\//);
    expect(whole.inputs).toContain('dist/index.js');
    expect(formatOnly.inputs).toEqual(['dist/format.js']);
    expect(zod.inputs).toContain('dist/zod.js');
  });

  test(`the whole root entry: ${label(whole, rootBudget)}`, () => {
    expect(whole.gzipped).toBeLessThanOrEqual(rootBudget);
  });

  test(`format only, formatting an entry: ${label(formatOnly, formatBudget)}`, () => {
    expect(formatOnly.gzipped).toBeLessThanOrEqual(formatBudget);
  });

  test('format only carries no catalog text', () => {
    expect(formatOnly.code).not.toContain('customer not found for org');
    const carried = catalog.filter((entry) => formatOnly.code.includes(asBundled(entry.message)));
    expect(carried.map((entry) => entry.key)).toEqual([]);
  });

  test(`the zod entry, zod external, root included: ${label(zod, zodBudget)}`, () => {
    expect(zod.gzipped).toBeLessThanOrEqual(zodBudget);
  });

  test('the zod entry holds one copy of the catalog', () => {
    // Every message is there (src/codes/packed.ts spells keys from them), and none more often
    // than in the root bundle: a second copy of the table would double them all.
    expect(catalog.filter((entry) => !zod.code.includes(asBundled(entry.message))).map((entry) => entry.key)).toEqual([]);
    const twice = catalog.filter((entry) => occurrences(zod.code, asBundled(entry.message)) > occurrences(whole.code, asBundled(entry.message)));
    expect(twice.map((entry) => entry.key)).toEqual([]);
    expect(zod.code).not.toMatch(/from\s*["']capillary-codes/);
  });

  test('README "Size" shows these figures', () => {
    const size = readme.slice(readme.indexOf('\n### Size\n'), readme.indexOf('\n### Type-check cost\n'));
    expect(size).toContain('| everything in `capillary-codes` |');
    for (const figure of [whole, formatOnly, zod, data].map((b) => bytes(b.gzipped))) expect(size).toContain(figure);
  });
});
