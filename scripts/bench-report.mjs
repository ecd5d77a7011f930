#!/usr/bin/env node
/**
 * Turns a benchmark run into the figures the README quotes and checks them against the
 * targets. Every figure is a ratio of medians against a baseline measured in the same run,
 * so it holds across machines better than any absolute time.
 *
 * Reads  bench/.raw.json          (vitest bench --run --outputJson bench/.raw.json)
 *        bench/.import-time.json  (node bench/import-time.mjs)
 * Writes bench/results.json, prints a table, exits 1 when a target fails or a figure is
 * missing.
 *
 *   node scripts/bench-report.mjs [--raw bench/.raw.json] [--import bench/.import-time.json] [--out bench/results.json]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const root = new URL('..', import.meta.url);
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return new URL(at > 0 ? process.argv[at + 1] : fallback, at > 0 ? `file://${process.cwd()}/` : root);
};
const rawFile = option('--raw', 'bench/.raw.json');
const importFile = option('--import', 'bench/.import-time.json');
const resultsFile = option('--out', 'bench/results.json');

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const raw = readJson(rawFile);
const importTime = readJson(importFile);
if (!raw) {
  console.error(`bench-report: ${rawFile.pathname} not found; run vitest bench --run --outputJson bench/.raw.json first`);
  process.exit(1);
}

/** Every benchmark of the run, with its group's name. Medians are milliseconds per call of the bench function. */
const benchmarks = raw.files.flatMap((file) =>
  file.groups.flatMap((group) =>
    group.benchmarks.map((b) => ({
      group: group.fullName,
      name: b.name,
      medianMs: b.median,
      meanMs: b.mean,
      rme: b.rme,
      samples: b.sampleCount,
    })),
  ),
);

function lookup(group, name) {
  const found = benchmarks.filter((b) => b.group.includes(group) && b.name === name);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * A figure compares a subject with a baseline of the same group.
 * - `throughput`: how many times the baseline's throughput the subject reaches (baseline median / subject median);
 * - `time`: how many times the baseline's time the subject takes (subject median / baseline median).
 */
const targets = [
  { figure: 'resolve(code), a code with one entry', group: 'lookup by code', subject: 'resolve(code)', baseline: 'Map.get (prebuilt Map<number, Entry>)', kind: 'throughput', min: 0.5 },
  { figure: 'resolve(code, { resource }), one entry of the resource', group: 'lookup by code', subject: 'resolve(code, { resource })', baseline: 'Map.get over the (resource, code) pairs', kind: 'throughput', min: 0.5 },
  { figure: 'find(code), a code with one entry', group: 'lookup by code', subject: 'find(code)', baseline: 'Map.get (prebuilt Map<number, Entry>)', kind: 'throughput', min: 0.5 },
  { figure: 'format(entry, params) vs precompiled', group: 'format(entry, params)', subject: 'format(entry, params)', baseline: 'precompiled split-parts formatter', kind: 'throughput', min: 0.5 },
  { figure: 'format(entry, params) vs pupa@3', group: 'format(entry, params)', subject: 'format(entry, params)', baseline: 'pupa@3', kind: 'throughput', min: 10 },
  { figure: 'format(entry, params) vs intl-messageformat', group: 'format(entry, params)', subject: 'format(entry, params)', baseline: 'intl-messageformat (cached instances)', kind: 'throughput', min: 2 },
  { figure: 'match(exact wording) vs resolve(code)', group: 'match(exact wording) vs resolve(code)', subject: 'match(exact wording)', baseline: 'resolve(code)', kind: 'throughput', min: 0.25 },
  { figure: 'match(reworded) vs naive matcher', group: 'match(reworded) vs a naive matcher', subject: 'match(reworded)', baseline: 'naive matcher (normalizes input and catalog on each call)', kind: 'throughput', min: 20 },
  { figure: 'match: 1 MB time / 100 KB time (over 4,096 characters refused at once)', group: 'linear time', subject: 'match(1 MB)', baseline: 'match(100 KB)', kind: 'time', max: 25 },
  { figure: 'resolve(code, { message }): 1 MB / 100 KB time (same refusal)', group: 'linear time', subject: 'resolve(8011, { message: 1 MB })', baseline: 'resolve(8011, { message: 100 KB })', kind: 'time', max: 25 },
  { figure: 'tolerant matcher: 1 MB / 100 KB time (linear ≈ 10, quadratic ≈ 100)', group: 'linear time', subject: 'tolerant matcher(1 MB)', baseline: 'tolerant matcher(100 KB)', kind: 'time', max: 25 },
  { figure: 'readStatuses vs JSON.parse (1,000 customers)', group: 'readStatuses vs JSON.parse (1,000 customers)', subject: 'readStatuses', baseline: 'JSON.parse', kind: 'time', max: 5 },
];

/** Figures shown for reference, without a target. */
const references = [
  { figure: 'format(entry, params) of capillary-codes/format vs precompiled', group: 'format(entry, params)', subject: 'format(entry, params) from capillary-codes/format', baseline: 'precompiled split-parts formatter', kind: 'throughput' },
  { figure: 'match(reworded) vs naive matcher, catalog normalized once', group: 'match(reworded) vs a naive matcher', subject: 'match(reworded)', baseline: 'naive matcher (catalog normalized once)', kind: 'throughput' },
];

function measure(spec) {
  const subject = lookup(spec.group, spec.subject);
  const baseline = lookup(spec.group, spec.baseline);
  if (!subject || !baseline) return { ...spec, ratio: undefined, pass: false, missing: [!subject && spec.subject, !baseline && spec.baseline].filter(Boolean) };
  const ratio = spec.kind === 'throughput' ? baseline.medianMs / subject.medianMs : subject.medianMs / baseline.medianMs;
  const pass = spec.min !== undefined ? ratio >= spec.min : spec.max !== undefined ? ratio <= spec.max : undefined;
  return { ...spec, ratio, pass, subjectMedianMs: subject.medianMs, baselineMedianMs: baseline.medianMs };
}

const results = targets.map(measure);
results.push(
  importTime
    ? {
        figure: 'import time vs importing an empty module (whole process)',
        subject: importTime.command,
        baseline: importTime.baseline,
        kind: 'time',
        max: 1.1,
        ratio: importTime.ratio,
        pass: importTime.ratio <= 1.1,
        subjectMedianMs: importTime.medianMs.import,
        baselineMedianMs: importTime.medianMs.empty,
        runs: importTime.runs,
      }
    : { figure: 'import time vs importing an empty module (whole process)', kind: 'time', max: 1.1, ratio: undefined, pass: false, missing: ['bench/.import-time.json (node bench/import-time.mjs)'] },
);
const referenceResults = references.map(measure);
if (importTime?.emptyModuleRatio !== undefined) {
  referenceResults.push({
    figure: 'import of an empty module file vs an empty script (the floor)',
    subject: importTime.baseline,
    baseline: 'node --input-type=module -e ""',
    kind: 'time',
    ratio: importTime.emptyModuleRatio,
    subjectMedianMs: importTime.medianMs.emptyModule,
    baselineMedianMs: importTime.medianMs.empty,
  });
}

const perMB = ['match(1 MB)', 'resolve(8011, { message: 1 MB })', 'tolerant matcher(1 MB)']
  .map((name) => lookup('linear time', name))
  .filter(Boolean)
  .map((b) => ({ figure: `${b.name}: milliseconds per MB`, ms: b.medianMs }));

// --- table -----------------------------------------------------------------------
const format = (r) => (r.ratio === undefined ? 'missing' : `${r.ratio.toFixed(r.ratio < 10 ? 2 : 1)}x ${r.kind === 'throughput' ? 'throughput' : 'time'}`);
const goal = (r) => (r.min !== undefined ? `>= ${r.min}x` : r.max !== undefined ? `<= ${r.max}x` : '');
const rows = [
  ['figure', 'measured', 'target', 'result'],
  ...results.map((r) => [r.figure, format(r), goal(r), r.pass ? 'ok' : 'FAIL']),
  ...referenceResults.map((r) => [r.figure, format(r), '(reference)', '']),
  ...perMB.map((r) => [r.figure, `${r.ms.toFixed(0)} ms`, '(reference)', '']),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
const line = (row) => row.map((cell, i) => (i === 1 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd();
console.log(`\n${line(rows[0])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
for (const row of rows.slice(1)) console.log(line(row));
for (const r of results.filter((r) => r.missing)) console.log(`missing for "${r.figure}": ${r.missing.join(', ')}`);

const failed = results.filter((r) => !r.pass);
console.log(failed.length ? `\n${failed.length} of ${results.length} targets fail.` : `\nAll ${results.length} targets hold.`);

writeFileSync(
  resultsFile,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      environment: {
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        cpu: os.cpus()[0]?.model,
        cores: os.cpus().length,
        loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
      },
      note: 'Ratios of medians measured in the same run. throughput: baseline time / subject time (higher is better); time: subject time / baseline time (lower is better).',
      targets: results,
      references: [...referenceResults, ...perMB],
      benchmarks,
    },
    null,
    2,
  )}\n`,
);
console.log(`wrote ${resultsFile.pathname.replace(`${process.cwd()}/`, '')}`);
process.exit(failed.length ? 1 : 0);
