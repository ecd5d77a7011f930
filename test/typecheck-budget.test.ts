/**
 * The type-check cost a consumer pays. test/consumer/consumer.ts (generated from the
 * catalog by scripts/generate-consumer.mjs) imports `capillary-codes` by name, which
 * resolves to dist through the package's `exports` (run `npm run build` first), formats
 * every entry by key, switches exhaustively over `Key` and `Code`, and reads `resolve`
 * results. It must type-check with every TypeScript version the README names, and with
 * TypeScript 5.9 it must stay within an instantiation budget.
 *
 * Compilers are called by path: `node_modules/.bin/tsc` is TypeScript 7 (the ts7 alias).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const budget = 25_000;

interface Check {
  readonly version: string;
  readonly ok: boolean;
  readonly output: string;
  readonly instantiations: number | undefined;
  readonly checkTime: string | undefined;
}

async function typecheck(compiler: string): Promise<Check> {
  const tsc = `node_modules/${compiler}/bin/tsc`;
  const { stdout: version } = await run(process.execPath, [tsc, '--version'], { cwd: root });
  let output: string;
  let ok = true;
  try {
    ({ stdout: output } = await run(process.execPath, [tsc, '--extendedDiagnostics', '-p', 'test/consumer'], {
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

// Each compiler runs once, at collection, so that test names can show the measured figures.
const checks = await Promise.all(compilers.map(([compiler]) => typecheck(compiler)));
const [ts59] = checks;

describe('the consumer fixture', () => {
  test('is generated from the current catalog (run `node scripts/generate-consumer.mjs` after a build)', async () => {
    const { stdout } = await run(process.execPath, ['scripts/generate-consumer.mjs', '--stdout'], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(readFileSync(new URL('consumer/consumer.ts', import.meta.url), 'utf8')).toBe(stdout);
  });

  compilers.forEach(([compiler, name], i) => {
    const check = checks[i]!;
    const figures = check.instantiations === undefined ? '' : `: ${check.instantiations.toLocaleString('en-US')} instantiations`;
    test(`type-checks with TypeScript ${name} (${compiler} ${check.version})${figures}`, () => {
      expect(errorsOf(check)).toEqual([]);
      expect(check.ok).toBe(true);
    });
  });

  test(`costs at most ${budget.toLocaleString('en-US')} instantiations with TypeScript 5.9: ${ts59!.instantiations?.toLocaleString('en-US')} (check time ${ts59!.checkTime})`, () => {
    expect(ts59!.version).toMatch(/^5\.9\./);
    // A program that fails to resolve the package checks little: only a clean run counts.
    expect(errorsOf(ts59!)).toEqual([]);
    expect(ts59!.instantiations).toBeDefined();
    expect(ts59!.instantiations).toBeLessThanOrEqual(budget);
  });
});
