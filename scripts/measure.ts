/**
 * What docs/METRICS.md reports and the tests hold to budgets, measured one way for both:
 * test/size.test.ts and test/typecheck-budget.test.ts import it, and so does
 * scripts/generate-metrics.ts, so that the figures written and the figures tested cannot drift.
 *
 * - Sizes: bundles built from dist (run `npm run build` first) the way an app's bundler builds
 *   them (esbuild, minified, ESM, browser platform), gzipped at level 9. Imports go through the
 *   package's own name and `exports` map, as in an app; esbuild is told to ignore the repo's
 *   tsconfig `paths` (which point at src).
 * - Type-check cost: the consumer programs of scripts/generate-consumer.mjs, written into a
 *   folder of build/, compiled with `tsc --extendedDiagnostics` against dist.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Entry } from 'capillary-codes';
import { generateConsumer } from './generate-consumer.mjs';

const run = promisify(execFile);

/** The repository's root folder, with a trailing slash. */
export const root = fileURLToPath(new URL('..', import.meta.url));

/** A bundle as an app ships it. */
export interface Bundle {
  readonly code: string;
  readonly minified: number;
  readonly gzipped: number;
  /** The files esbuild read, relative to the root (`dist/index.js`). */
  readonly inputs: readonly string[];
}

/**
 * Bundles `contents`, an app's entry module, as an app's bundler does.
 * @example
 * (await bundle(`export * from 'capillary-codes/customers';`)).gzipped; // bytes after gzip -9
 */
export async function bundle(contents: string, external: readonly string[] = []): Promise<Bundle> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js', sourcefile: 'app.js' },
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external: [...external],
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

/** A bundle docs/METRICS.md shows: what an app imports, and how the table names it. */
export interface BundleDefinition {
  readonly what: string;
  readonly contents: string;
  readonly external?: readonly string[];
  /** Not a row of docs/METRICS.md: the tests measure it for what it holds, not its size. */
  readonly unlisted?: true;
}

/** The bundles of the size budgets, in the order docs/METRICS.md lists them. */
export const sizeBundles = {
  whole: { what: 'everything in `capillary-codes`', contents: `export * from 'capillary-codes';` },
  data: { what: 'its entries alone (`catalog`, `entries`)', contents: `export { catalog, entries } from 'capillary-codes';` },
  customersView: { what: 'everything in `capillary-codes/customers`', contents: `export * from 'capillary-codes/customers';` },
  customersData: { what: 'its entries alone (`catalog`, `entries`)', contents: `export { catalog, entries } from 'capillary-codes/customers';` },
  formatOnly: {
    what: '`format` from `capillary-codes/format`, formatting an entry',
    contents: `import { format } from 'capillary-codes/format';\nexport const show = (entry, params) => format(entry, params);`,
  },
  zod: { what: 'everything in `capillary-codes/zod`', contents: `export * from 'capillary-codes/zod';`, external: ['zod'], unlisted: true },
  // The file itself, so that only its own import of the root is external.
  zodAlone: { what: '`capillary-codes/zod` alone (zod and the root external)', contents: `export * from './dist/zod.js';`, external: ['zod', 'capillary-codes'] },
  notesOnly: { what: '`capillary-codes/notes`', contents: `export * from 'capillary-codes/notes';` },
} as const satisfies Record<string, BundleDefinition>;

export type SizeBundle = keyof typeof sizeBundles;

/**
 * Every bundle of `sizeBundles`, built at once.
 * @example
 * const { whole } = await measureSizes();
 */
export async function measureSizes(): Promise<Record<SizeBundle, Bundle>> {
  const names = Object.keys(sizeBundles) as SizeBundle[];
  const built = await Promise.all(names.map((name) => bundle(sizeBundles[name].contents, 'external' in sizeBundles[name] ? sizeBundles[name].external : [])));
  return Object.fromEntries(names.map((name, i) => [name, built[i]!])) as Record<SizeBundle, Bundle>;
}

/** The consumer programs of the type-check cost: one per entry point, generated from its catalog. */
export const consumers = [
  { name: 'customers', specifier: 'capillary-codes/customers', what: "0.1's consumer against `capillary-codes/customers`" },
  { name: 'whole-api', specifier: 'capillary-codes', what: 'the same program over the whole API (the root)' },
] as const;

export type ConsumerName = (typeof consumers)[number]['name'];

/**
 * Writes each consumer program, generated from the catalog of its entry point, into a new
 * folder of build/ (inside the package, so that `capillary-codes` resolves to dist through
 * the package's own `exports`), with a tsconfig each that extends test/consumer/tsconfig.base.json.
 * Returns the folder and each program's tsconfig; remove the folder when done.
 * @example
 * const written = writeConsumers({ 'capillary-codes': catalog, 'capillary-codes/customers': customers.catalog });
 * rmSync(written.folder, { recursive: true });
 */
export function writeConsumers(catalogs: Readonly<Record<(typeof consumers)[number]['specifier'], readonly Entry[]>>): {
  readonly folder: string;
  readonly projects: Readonly<Record<ConsumerName, string>>;
} {
  mkdirSync(join(root, 'build'), { recursive: true });
  const folder = mkdtempSync(join(root, 'build', 'consumer-'));
  const base = relative(folder, join(root, 'test/consumer/tsconfig.base.json')).replaceAll('\\', '/');
  const projects = {} as Record<ConsumerName, string>;
  for (const { name, specifier } of consumers) {
    writeFileSync(join(folder, `${name}.ts`), generateConsumer(catalogs[specifier], specifier));
    projects[name] = join(folder, `tsconfig.${name}.json`);
    writeFileSync(projects[name], `${JSON.stringify({ extends: base, files: [`${name}.ts`] }, null, 2)}\n`);
  }
  return { folder, projects };
}

/** What one compiler said of one program. */
export interface Check {
  readonly version: string;
  readonly ok: boolean;
  readonly output: string;
  readonly instantiations: number | undefined;
  readonly checkTime: string | undefined;
}

/**
 * Type-checks a project with one of the compilers in node_modules (by path:
 * `node_modules/.bin/tsc` is TypeScript 7, the ts7 alias), counting its instantiations.
 * @example
 * (await typecheck('typescript', written.projects['whole-api'])).instantiations;
 */
export async function typecheck(compiler: 'typescript' | 'ts50' | 'ts6' | 'ts7', project: string): Promise<Check> {
  const tsc = `node_modules/${compiler}/bin/tsc`;
  const { stdout: version } = await run(process.execPath, [tsc, '--version'], { cwd: root });
  let output: string;
  let ok = true;
  try {
    ({ stdout: output } = await run(process.execPath, [tsc, '--extendedDiagnostics', '-p', project], { cwd: root, maxBuffer: 16 * 1024 * 1024 }));
  } catch (error) {
    ok = false;
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  const instantiations = /^Instantiations:\s+(\d+)/m.exec(output)?.[1];
  return {
    version: version.trim().replace(/^Version /, ''),
    ok,
    output,
    instantiations: instantiations === undefined ? undefined : Number(instantiations),
    checkTime: /^Check time:\s+(\S+)/m.exec(output)?.[1],
  };
}

/**
 * The instantiations TypeScript 5.9 counts for each consumer program: the figures of
 * docs/METRICS.md "Type-check cost".
 * @example
 * (await measureTypecheck(catalogs))['customers']; // 17,890 in 0.3
 */
export async function measureTypecheck(catalogs: Parameters<typeof writeConsumers>[0]): Promise<Record<ConsumerName, number>> {
  const written = writeConsumers(catalogs);
  try {
    const figures = {} as Record<ConsumerName, number>;
    for (const { name } of consumers) {
      const check = await typecheck('typescript', written.projects[name]);
      if (!check.ok || check.instantiations === undefined) throw new Error(`${name}.ts does not type-check against dist (run \`npm run build\`):\n${check.output}`);
      figures[name] = check.instantiations;
    }
    return figures;
  } finally {
    rmSync(written.folder, { recursive: true, force: true });
  }
}
