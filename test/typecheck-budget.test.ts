/**
 * The type-check cost a consumer pays. Two programs (generated from the catalog by
 * scripts/generate-consumer.mjs) import the package by name, which resolves to dist through the
 * package's `exports` (run `npm run build` first), format every entry by key, switch
 * exhaustively over `Key` and `Code`, and read `resolve` results: test/consumer/customers.ts
 * against `capillary-codes/customers` (0.1's consumer) and test/consumer/whole-api.ts against
 * the root. Both must type-check with every TypeScript version the README names, and with
 * TypeScript 5.9 stay within their instantiation budgets.
 *
 * Compilers are called by path: `node_modules/.bin/tsc` is TypeScript 7 (the ts7 alias).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { catalog } from 'capillary-codes';
import reference from '../docs/REFERENCE.md?raw';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));

const fixtures = [
  { name: 'customers', budget: 25_000, what: "0.1's consumer against capillary-codes/customers" },
  { name: 'whole-api', budget: 100 * catalog.length, what: `the whole API, 100 per entry for ${catalog.length.toLocaleString('en-US')} entries` },
] as const;

interface Check {
  readonly version: string;
  readonly ok: boolean;
  readonly output: string;
  readonly instantiations: number | undefined;
  readonly checkTime: string | undefined;
}

async function typecheck(compiler: string, fixture: string): Promise<Check> {
  const tsc = `node_modules/${compiler}/bin/tsc`;
  const { stdout: version } = await run(process.execPath, [tsc, '--version'], { cwd: root });
  let output: string;
  let ok = true;
  try {
    ({ stdout: output } = await run(process.execPath, [tsc, '--extendedDiagnostics', '-p', `test/consumer/tsconfig.${fixture}.json`], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    }));
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

/** Compiler errors only, without the diagnostics table. */
const errorsOf = (check: Check) => check.output.split('\n').filter((line) => /error TS\d+/.test(line));

const compilers = [
  ['typescript', '5.9'],
  ['ts6', '6.0'],
  ['ts7', '7.0'],
  ['ts50', '5.0, the oldest the README claims'],
] as const;

// Each compiler runs once per fixture, at collection, so that test names can show the figures;
// the four compilers of a fixture at once, one fixture after the other.
const checks: Check[][] = [];
for (const fixture of fixtures) checks.push(await Promise.all(compilers.map(([compiler]) => typecheck(compiler, fixture.name))));

test('the consumer fixtures are generated from the current catalog (run `npm run consumer` when this fails)', async () => {
  const { stdout } = await run(process.execPath, ['scripts/generate-consumer.mjs', '--stdout'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  const committed = fixtures.map(({ name }) => `// ${name}.ts\n${readFileSync(new URL(`consumer/${name}.ts`, import.meta.url), 'utf8')}`).join('');
  expect(committed).toBe(stdout);
});

fixtures.forEach((fixture, f) => {
  describe(`test/consumer/${fixture.name}.ts: ${fixture.what}`, () => {
    compilers.forEach(([compiler, name], i) => {
      const check = checks[f]![i]!;
      const figures = check.instantiations === undefined ? '' : `: ${check.instantiations.toLocaleString('en-US')} instantiations`;
      test(`type-checks with TypeScript ${name} (${compiler} ${check.version})${figures}`, () => {
        expect(errorsOf(check)).toEqual([]);
        expect(check.ok).toBe(true);
      });
    });

    const ts59 = checks[f]![0]!;
    test(`costs at most ${fixture.budget.toLocaleString('en-US')} instantiations with TypeScript 5.9: ${ts59.instantiations?.toLocaleString('en-US')} (check time ${ts59.checkTime})`, () => {
      expect(ts59.version).toMatch(/^5\.9\./);
      // A program that fails to resolve the package checks little: only a clean run counts.
      expect(errorsOf(ts59)).toEqual([]);
      expect(ts59.instantiations).toBeDefined();
      expect(ts59.instantiations).toBeLessThanOrEqual(fixture.budget);
    });

    test('docs/REFERENCE.md "Type-check cost" gives this figure', () => {
      const section = reference.slice(reference.indexOf('\n### Type-check cost\n'), reference.indexOf('\n## ', reference.indexOf('\n### Type-check cost\n')));
      expect(section.replace(/\s+/g, ' ')).toContain(ts59.instantiations!.toLocaleString('en-US'));
    });
  });
});
