/**
 * The root entry needs no zod (zod is an optional peer dependency, for `capillary-codes/zod`
 * only): the built root imports nothing from it, a bundle of `capillary-codes` holds none of
 * it, and `readStatuses` answers in a project where zod is not installed, as ESM and as CJS.
 * There, importing `capillary-codes/zod` fails with Node's own "Cannot find package 'zod'".
 *
 * Reads dist: `npm test` builds first; alone, run `npm run build` before.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStatuses, type ReadStatus } from 'capillary-codes';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const isZod = (specifier: string) => /^zod(\/|$)/.test(specifier);

function requireDist(): void {
  for (const file of ['index.js', 'index.cjs', 'zod.js', 'zod.cjs']) {
    if (!existsSync(join(dist, file))) throw new Error(`dist/${file} is missing: run \`npm run build\` first (npm test does)`);
  }
}

/** The specifiers a built file imports: static and dynamic `import`, `export … from`, `require`. */
function specifiersOf(code: string): string[] {
  const patterns = [/\bfrom\s*["']([^"']+)["']/g, /\bimport\s*["']([^"']+)["']/g, /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g, /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((found) => found[1]!));
}

/** Every file a built entry loads, following relative imports, and the packages it imports. */
function importGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  visit(join(dist, entry));
  return { files: [...files].map((file) => relative(root, file)), packages: [...packages] };
}

describe('the built root entry and views import nothing from zod', () => {
  beforeAll(requireDist);

  it.each(['index.js', 'index.cjs', 'views/customers.js', 'views/customers.cjs', 'views/transactions.js'])('dist/%s and every chunk it loads', (entry) => {
    const { files, packages } = importGraph(entry);
    expect(packages.filter(isZod), `${files.length} files read`).toEqual([]);
    // No runtime dependency at all: not zod by another name either.
    expect(packages.filter((name) => !name.startsWith('node:'))).toEqual([]);
  });

  it('follows the chunks of the ESM build, and would see an import of zod (dist/zod.js has one)', () => {
    // The root is one file; a view loads the chunks it shares with the others.
    expect(importGraph('views/customers.js').files.length).toBeGreaterThan(2);
    expect(importGraph('zod.js').packages.filter(isZod)).toEqual(['zod']);
    expect(importGraph('zod.cjs').packages.filter(isZod)).toEqual(['zod']);
  });

  async function bundledInputs(contents: string): Promise<string[]> {
    const result = await build({
      stdin: { contents, resolveDir: root, loader: 'js', sourcefile: 'app.js' },
      absWorkingDir: root,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
      // Resolve `capillary-codes` through package.json `exports` (dist), not the tsconfig `paths` (src).
      tsconfigRaw: {},
    });
    return Object.keys(result.metafile.inputs).filter((input) => input !== 'app.js');
  }

  it('a bundle of capillary-codes (esbuild, from a scratch file) holds no zod module', async () => {
    for (const contents of [`export * from 'capillary-codes';`, `export { readStatuses } from 'capillary-codes';`]) {
      const inputs = await bundledInputs(contents);
      expect(inputs, contents).toContain('dist/index.js');
      expect(inputs.filter((input) => /(^|\/)node_modules\/zod\//.test(input) || !input.startsWith('dist/')), contents).toEqual([]);
    }
    // The same check sees zod where it is bundled.
    expect((await bundledInputs(`export * from 'capillary-codes/zod';`)).some((input) => /(^|\/)node_modules\/zod\//.test(input))).toBe(true);
  });
});

describe('readStatuses in a project where zod is not installed', () => {
  let project = '';

  beforeAll(() => {
    requireDist();
    // Outside /work, so that Node's resolution, walking up, meets no node_modules/zod of the repository.
    project = mkdtempSync(join(tmpdir(), 'capillary-codes-without-zod-'));
    for (let at = project; ; at = dirname(at)) {
      if (existsSync(join(at, 'node_modules', 'zod'))) throw new Error(`${join(at, 'node_modules', 'zod')} exists: this test needs a tree without zod`);
      if (dirname(at) === at) break;
    }
    const installed = join(project, 'node_modules', 'capillary-codes');
    mkdirSync(installed, { recursive: true });
    // What npm installs: the package files ("files": dist) and package.json.
    cpSync(dist, join(installed, 'dist'), { recursive: true });
    cpSync(join(root, 'package.json'), join(installed, 'package.json'));
  });

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  /** Runs a script with a bare environment (no NODE_PATH, no NODE_OPTIONS loaders from the test runner). */
  function run(script: string, type: 'module' | 'commonjs') {
    const result = spawnSync(process.execPath, [`--input-type=${type}`, '-e', script], {
      cwd: project,
      env: { PATH: process.env['PATH'] ?? '' },
      encoding: 'utf8',
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  const payload = {
    response: {
      status: { success: 'true', code: 200, message: 'SUCCESS' },
      customers: {
        customer: [
          { item_status: { success: 'true', code: '1000', message: 'Customer successfully retrieved', warnings: { warning: ['91017'] } } },
          { item_status: { success: 'false', code: '816', message: 'Customer not found for organization', warnings: [] } },
        ],
      },
    },
    errors: [{ code: 8015, message: 'Customer not found for the given identifiers' }],
  };

  /** A status as the scripts print it: entries by key, since each build holds its own objects. */
  const shown = (statuses: readonly ReadStatus[]) =>
    statuses.map(({ path, category, code, resolution }) => [path, category, code, resolution.status, resolution.status === 'unknown' ? null : resolution.entry.key]);
  const show = `.map(({ path, category, code, resolution }) => [path, category, code, resolution.status, resolution.status === 'unknown' ? null : resolution.entry.key])`;
  const body = JSON.stringify(payload);

  it('the scratch project has no zod, and resolves capillary-codes to its own copy', () => {
    const found = run(`console.log(JSON.stringify([require.resolve('capillary-codes'), (() => { try { return require.resolve('zod'); } catch (error) { return error.code; } })()]))`, 'commonjs');
    expect(found.stderr).toBe('');
    const [resolved, zod] = JSON.parse(found.stdout) as [string, string];
    expect(resolved).toBe(join(project, 'node_modules', 'capillary-codes', 'dist', 'index.cjs'));
    expect(zod).toBe('MODULE_NOT_FOUND');
  });

  it('answers as ESM (import), as it does here', () => {
    const result = run(`import { readStatuses } from 'capillary-codes';\nconsole.log(JSON.stringify(readStatuses(${body})${show}));`, 'module');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const statuses = JSON.parse(result.stdout) as unknown[][];
    expect(statuses).toEqual(shown(readStatuses(payload)));
    expect(statuses.map((status) => status[4])).toContain('CUSTOMER_RETRIEVED');
  });

  it('answers as CJS (require), as it does here', () => {
    const result = run(`const { readStatuses } = require('capillary-codes');\nconsole.log(JSON.stringify(readStatuses(${body})${show}));`, 'commonjs');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(shown(readStatuses(payload)));
  });

  it('answers from a resource view too (capillary-codes/customers)', () => {
    const result = run(`import { readStatuses } from 'capillary-codes/customers';\nconsole.log(JSON.stringify(readStatuses(${body})${show}));`, 'module');
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(shown(readStatuses(payload)));
  });

  it("fails to import capillary-codes/zod with Node's \"Cannot find package 'zod'\" (ESM) and \"Cannot find module 'zod'\" (CJS)", () => {
    const esm = run(`import { entrySchema } from 'capillary-codes/zod';\nconsole.log(typeof entrySchema);`, 'module');
    expect(esm.status).not.toBe(0);
    expect(esm.stdout).toBe('');
    expect(esm.stderr).toMatch(/Cannot find package 'zod' imported from .*node_modules[\\/]capillary-codes[\\/]dist[\\/]zod\.js/);
    const cjs = run(`const { entrySchema } = require('capillary-codes/zod');\nconsole.log(typeof entrySchema);`, 'commonjs');
    expect(cjs.status).not.toBe(0);
    expect(cjs.stdout).toBe('');
    expect(cjs.stderr).toMatch(/Cannot find module 'zod'/);
    expect(cjs.stderr).toMatch(/node_modules[\\/]capillary-codes[\\/]dist[\\/]zod\.cjs/);
  });
});
