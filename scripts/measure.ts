/**
 * What docs/METRICS.md reports and the tests hold to budgets, measured one way for both:
 * test/size.test.ts and test/typecheck-budget.test.ts import it, and so does
 * scripts/generate-metrics.ts, so that the figures written and the figures tested cannot drift.
 *
 * Each measurement reads the package from one of two places (`Source`): `dist`, the package as
 * it ships (run `npm run build` first), which the budgets hold; or `src`, built here on the
 * spot, which docs/METRICS.md reports, so that `npm run generate` needs no build. Their sizes
 * come within about 1% of each other (tsup's chunks against one esbuild bundle), and their
 * type-check figures are of the same declarations (tsconfig.build.json emits both), which
 * the tests hold.
 *
 * - Sizes: bundles built the way an app's bundler builds them (esbuild, minified, ESM, browser
 *   platform), gzipped at level 9. Imports go through the package's own name: from dist, by
 *   the package's `exports` map, as in an app (esbuild is told to ignore the repo's tsconfig);
 *   from src, by the tsconfig's `paths`, which point at src.
 * - Type-check cost: the consumer programs of scripts/generate-consumer.mjs, written into a
 *   folder of build/, compiled with `tsc --extendedDiagnostics` against dist's declarations, or
 *   against declarations tsc emits from src into a folder of build/.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

/** Where a measurement reads the package: as built in dist (as it ships), or from src, built on the spot. */
export type Source = 'dist' | 'src';

/** A bundle as an app ships it. */
export interface Bundle {
  readonly code: string;
  readonly minified: number;
  readonly gzipped: number;
  /** The files esbuild read, relative to the root (`dist/index.js`, or `src/…` from src). */
  readonly inputs: readonly string[];
}

/**
 * Bundles `contents`, an app's entry module, as an app's bundler does, with the package read
 * from `source`.
 * @example
 * (await bundle(`export * from 'capillary-codes/customers';`)).gzipped; // bytes after gzip -9
 * (await bundle(`export * from 'capillary-codes/customers';`, [], 'src')).inputs; // ['src/views/customers.ts', …]
 */
export async function bundle(contents: string, external: readonly string[] = [], source: Source = 'dist'): Promise<Bundle> {
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
    // From dist: `capillary-codes` through package.json `exports`, not the tsconfig `paths`;
    // from src: through those `paths`, with the compiler settings tsup builds with.
    ...(source === 'dist' ? { tsconfigRaw: {} } : { tsconfig: join(root, 'tsconfig.json') }),
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
  /** The app's module, or, where it names a file of the package, the module for each source. */
  readonly contents: string | ((source: Source) => string);
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
  zodAlone: {
    what: '`capillary-codes/zod` alone (zod and the root external)',
    contents: (source: Source) => `export * from './${source === 'dist' ? 'dist/zod.js' : 'src/zod.ts'}';`,
    external: ['zod', 'capillary-codes'],
  },
  notesOnly: { what: '`capillary-codes/notes`', contents: `export * from 'capillary-codes/notes';` },
} as const satisfies Record<string, BundleDefinition>;

export type SizeBundle = keyof typeof sizeBundles;

/**
 * Every bundle of `sizeBundles`, built at once, with the package read from `source`.
 * @example
 * const { whole } = await measureSizes();
 * const fromSrc = await measureSizes('src'); // docs/METRICS.md's figures
 */
export async function measureSizes(source: Source = 'dist'): Promise<Record<SizeBundle, Bundle>> {
  const names = Object.keys(sizeBundles) as SizeBundle[];
  const built = await Promise.all(
    names.map((name) => {
      const definition: BundleDefinition = sizeBundles[name];
      const contents = typeof definition.contents === 'string' ? definition.contents : definition.contents(source);
      return bundle(contents, definition.external ?? [], source);
    }),
  );
  return Object.fromEntries(names.map((name, i) => [name, built[i]!])) as Record<SizeBundle, Bundle>;
}

/** The consumer programs of the type-check cost: one per entry point, generated from its catalog. */
export const consumers = [
  { name: 'customers', specifier: 'capillary-codes/customers', what: "0.1's consumer against `capillary-codes/customers`" },
  { name: 'whole-api', specifier: 'capillary-codes', what: 'the same program over the whole API (the root)' },
] as const;

export type ConsumerName = (typeof consumers)[number]['name'];

/** Declarations emitted from src: their folder (remove it when done) and the tsconfig `paths` that point the package's entry points at them. */
export interface Declarations {
  readonly folder: string;
  readonly paths: Readonly<Record<string, readonly [string]>>;
}

/**
 * Emits the declarations of src with TypeScript 5.9 into a new folder of build/, as
 * `npm run build` emits dist's (tsconfig.build.json), and maps every entry point of
 * package.json `exports` to its declaration file.
 * @example
 * const declarations = await emitDeclarations();
 * declarations.paths['capillary-codes/customers']; // ['…/build/declarations-…/types/views/customers.d.ts']
 */
export async function emitDeclarations(): Promise<Declarations> {
  mkdirSync(join(root, 'build'), { recursive: true });
  const folder = mkdtempSync(join(root, 'build', 'declarations-'));
  try {
    await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--outDir', join(folder, 'types')], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`tsc could not emit the declarations of src:\n${String((error as { stdout?: string }).stdout ?? error)}`);
  }
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  const paths: Record<string, readonly [string]> = {};
  for (const subpath of Object.keys(exports).filter((subpath) => !subpath.endsWith('.json'))) {
    const name = subpath === '.' ? 'index' : subpath.slice(2);
    // `./*` is the views' pattern; TypeScript's `paths` take the same `*`.
    const file = name === '*' || existsSync(join(root, 'src/views', `${name}.ts`)) ? `views/${name}.d.ts` : `${name}.d.ts`;
    paths[subpath === '.' ? 'capillary-codes' : `capillary-codes/${name}`] = [join(folder, 'types', file)];
  }
  return { folder, paths };
}

/**
 * Writes each consumer program, generated from the catalog of its entry point, into a new
 * folder of build/ (inside the package, so that `capillary-codes` resolves to dist through
 * the package's own `exports`), with a tsconfig each that extends test/consumer/tsconfig.base.json;
 * given `declarations`, the tsconfigs resolve the package to those instead.
 * Returns the folder, each program's tsconfig and one that compiles them all (`together`: a
 * compiler whose instantiations nobody counts checks both in one run, for about what the root's
 * program costs alone); remove the folder when done.
 * @example
 * const written = writeConsumers({ 'capillary-codes': catalog, 'capillary-codes/customers': customers.catalog });
 * rmSync(written.folder, { recursive: true });
 */
export function writeConsumers(
  catalogs: Readonly<Record<(typeof consumers)[number]['specifier'], readonly Entry[]>>,
  declarations?: Declarations,
): {
  readonly folder: string;
  readonly projects: Readonly<Record<ConsumerName, string>>;
  readonly together: string;
} {
  mkdirSync(join(root, 'build'), { recursive: true });
  const folder = mkdtempSync(join(root, 'build', 'consumer-'));
  const base = relative(folder, join(root, 'test/consumer/tsconfig.base.json')).replaceAll('\\', '/');
  const compilerOptions = declarations === undefined ? {} : { compilerOptions: { paths: declarations.paths } };
  const tsconfig = (name: string, files: readonly string[]) => {
    const path = join(folder, `tsconfig.${name}.json`);
    writeFileSync(path, `${JSON.stringify({ extends: base, ...compilerOptions, files }, null, 2)}\n`);
    return path;
  };
  const projects = {} as Record<ConsumerName, string>;
  for (const { name, specifier } of consumers) {
    writeFileSync(join(folder, `${name}.ts`), generateConsumer(catalogs[specifier], specifier));
    projects[name] = tsconfig(name, [`${name}.ts`]);
  }
  return { folder, projects, together: tsconfig('together', consumers.map(({ name }) => `${name}.ts`)) };
}

/** The TypeScript versions in node_modules: `typescript` 5.9, and the aliases ts50, ts6 and ts7. */
export type Compiler = 'typescript' | 'ts50' | 'ts6' | 'ts7';

/**
 * A compiler's version, read from its package.json: what `tsc --version` prints, without
 * starting a compiler for it (0.3 CPU-s each, twelve times in `npm test`).
 * @example
 * compilerVersion('ts50'); // '5.0.4'
 */
export function compilerVersion(compiler: Compiler): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', compiler, 'package.json'), 'utf8')) as { version: string }).version;
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
export async function typecheck(compiler: Compiler, project: string): Promise<Check> {
  const tsc = `node_modules/${compiler}/bin/tsc`;
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
    version: compilerVersion(compiler),
    ok,
    output,
    instantiations: instantiations === undefined ? undefined : Number(instantiations),
    checkTime: /^Check time:\s+(\S+)/m.exec(output)?.[1],
  };
}

/**
 * The instantiations TypeScript 5.9 counts for each consumer program, with the package read
 * from `source`; from src, the figures of docs/METRICS.md "Type-check cost".
 * @example
 * (await measureTypecheck(catalogs, 'src'))['customers']; // 17,940 in 0.3
 */
export async function measureTypecheck(catalogs: Parameters<typeof writeConsumers>[0], source: Source = 'dist'): Promise<Record<ConsumerName, number>> {
  const declarations = source === 'src' ? await emitDeclarations() : undefined;
  const written = writeConsumers(catalogs, declarations);
  try {
    const figures = {} as Record<ConsumerName, number>;
    for (const { name } of consumers) {
      const check = await typecheck('typescript', written.projects[name]);
      const against = source === 'src' ? "src's declarations" : 'dist (run `npm run build`)';
      if (!check.ok || check.instantiations === undefined) throw new Error(`${name}.ts does not type-check against ${against}:\n${check.output}`);
      figures[name] = check.instantiations;
    }
    return figures;
  } finally {
    rmSync(written.folder, { recursive: true, force: true });
    if (declarations) rmSync(declarations.folder, { recursive: true, force: true });
  }
}

/** Every file of a folder, recursively, relative to the root, in a stable order. */
function filesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true })
    .flatMap((item) => (item.isDirectory() ? filesUnder(`${folder}/${item.name}`) : [`${folder}/${item.name}`]))
    .sort();
}

/**
 * A fingerprint of what the type-check cost of docs/METRICS.md depends on: every source file
 * the declarations come from, the consumer programs' generator and settings, this file, and
 * TypeScript's version. docs/METRICS.md records it, so that a test can tell the figures stale
 * in a moment, without the half minute of emitting the declarations again.
 * @example
 * typecheckFingerprint(); // 'a3f0…' (16 hex digits)
 */
export function typecheckFingerprint(): string {
  const hash = createHash('sha256');
  const declared = filesUnder('src').filter((file) => file !== 'src/cli.ts' && !file.startsWith('src/cli/'));
  const inputs = [...declared, 'scripts/generate-consumer.mjs', 'scripts/measure.ts', 'test/consumer/tsconfig.base.json', 'tsconfig.json', 'tsconfig.build.json'];
  for (const file of inputs) hash.update(`${file}\0${readFileSync(join(root, file), 'utf8').replaceAll('\r\n', '\n')}\0`);
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: unknown };
  const { version } = JSON.parse(readFileSync(join(root, 'node_modules/typescript/package.json'), 'utf8')) as { version: string };
  hash.update(`${JSON.stringify(exports)}\0${version}`);
  return hash.digest('hex').slice(0, 16);
}
