/**
 * The type-check cost a consumer pays. Two programs (scripts/generate-consumer.mjs, written from
 * the catalog into a folder of build/ by scripts/measure.ts, never committed) import the package
 * by name, which resolves to dist through the package's `exports` (run `npm run build` first),
 * format every entry by key, switch exhaustively over `Key` and `Code`, and read `resolve`
 * results: one against `capillary-codes/customers` (0.1's consumer) and one against the root.
 * Both must type-check with every TypeScript version the README names, and with TypeScript 5.9
 * stay within their instantiation budgets. docs/METRICS.md gives the figures measured on src's
 * own declarations (`npm run generate` needs no build): this test holds them to the sources'
 * fingerprint, and to within 1% of the figures measured here.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { catalog } from 'capillary-codes';
import { catalog as customersCatalog } from 'capillary-codes/customers';
import { consumers, typecheck, typecheckFingerprint, writeConsumers, type Check, type ConsumerName } from '../scripts/measure.js';
import { typecheckPrograms, typecheckSection } from '../scripts/generate-metrics.js';
import metrics from '../docs/METRICS.md?raw';

const budgets: Record<ConsumerName, number> = {
  customers: 25_000,
  // 100 per entry.
  'whole-api': 100 * catalog.length,
};

/** Compiler errors only, without the diagnostics table. */
const errorsOf = (check: Check) => check.output.split('\n').filter((line) => /error TS\d+/.test(line));

/** The versions besides 5.9 that the README names: each must type-check both programs. */
const otherCompilers = [
  ['ts6', '6.0', ''],
  ['ts7', '7.0', ''],
  ['ts50', '5.0', ', the oldest the README claims'],
] as const;

const written = writeConsumers({ 'capillary-codes': catalog, 'capillary-codes/customers': customersCatalog });
afterAll(() => rmSync(written.folder, { recursive: true, force: true }));

// Each compiler runs at collection, so that test names can show the figures, all at once.
// TypeScript 5.9 checks each program alone: its instantiations are the budget's. The other
// versions check both programs in one run, where only errors count: the root's program declares
// all that the customers view's does, so the run costs about what the root's costs alone (3-8
// CPU-s less than a run per program, in three paired runs).
const [counted, together] = await Promise.all([
  Promise.all(consumers.map((consumer) => typecheck('typescript', written.projects[consumer.name]))),
  Promise.all(otherCompilers.map(([compiler]) => typecheck(compiler, written.together))),
]);

consumers.forEach((consumer, c) => {
  describe(`${consumer.name}.ts: ${consumer.what}, ${(consumer.name === 'customers' ? customersCatalog : catalog).length.toLocaleString('en-US')} entries`, () => {
    const ts59 = counted[c]!;
    test(`type-checks with TypeScript 5.9 (typescript ${ts59.version})`, () => {
      expect(ts59.version).toMatch(/^5\.9\./);
      expect(errorsOf(ts59)).toEqual([]);
      expect(ts59.ok).toBe(true);
    });

    test(`costs at most ${budgets[consumer.name].toLocaleString('en-US')} instantiations with TypeScript 5.9: ${ts59.instantiations?.toLocaleString('en-US')} (check time ${ts59.checkTime})`, () => {
      // A program that fails to resolve the package checks little: only a clean run counts.
      expect(errorsOf(ts59)).toEqual([]);
      expect(ts59.instantiations).toBeDefined();
      expect(ts59.instantiations).toBeLessThanOrEqual(budgets[consumer.name]);
    });
  });
});

describe(`${consumers.map(({ name }) => `${name}.ts`).join(' and ')} in one program`, () => {
  otherCompilers.forEach(([compiler, version, note], i) => {
    const check = together[i]!;
    test(`type-check with TypeScript ${version}${note} (${compiler} ${check.version})`, () => {
      expect(check.version.startsWith(`${version}.`)).toBe(true);
      expect(errorsOf(check)).toEqual([]);
      expect(check.ok).toBe(true);
    });
  });
});

/** The instantiations docs/METRICS.md gives for a program (the third cell of its row), or `NaN`. */
const documented = (name: ConsumerName) => {
  const row = metrics.split('\n').find((line) => line.startsWith(`| ${typecheckPrograms[name]} |`));
  return Number(row?.split(' | ')[2]?.replaceAll(',', ''));
};

test('docs/METRICS.md "Type-check cost" is of the current sources, and its figures come within 1% of these (run `npm run generate` when this fails)', () => {
  const figures = Object.fromEntries(consumers.map((consumer) => [consumer.name, documented(consumer.name)])) as Record<ConsumerName, number>;
  expect(metrics).toContain(typecheckSection(figures, { customers: customersCatalog.length, 'whole-api': catalog.length }, typecheckFingerprint()));
  consumers.forEach((consumer, c) => {
    const measured = counted[c]!.instantiations ?? 0;
    expect(Math.abs(figures[consumer.name] - measured), consumer.name).toBeLessThanOrEqual(0.01 * measured);
  });
});
