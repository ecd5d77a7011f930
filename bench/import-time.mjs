#!/usr/bin/env node
/**
 * What importing the package adds to a process's start: whole-process runs of
 *   node --input-type=module -e "await import('capillary-codes')"
 * against the same command importing an empty module file (bench/empty-module.mjs), the
 * floor that loading any module costs, alternating so that both see the same machine, median
 * of each; and, for reference, the same command with an empty script. Run from the repo root,
 * where `capillary-codes` resolves to dist through the package's self-reference (run
 * `npm run build` first). Writes bench/.import-time.json for scripts/bench-report.mjs
 * (target: the root at most 1.10x the empty module).
 *
 *   node bench/import-time.mjs [--runs 30]
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 30;

const scripts = {
  empty: '',
  import: "await import('capillary-codes')",
  emptyModule: "await import('./bench/empty-module.mjs')",
};

function time(script) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`import-time: node exited ${child.status}: ${child.stderr}`);
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// One warm-up round: the first run pays for cold file caches.
for (const script of Object.values(scripts)) time(script);

const samples = { empty: [], import: [], emptyModule: [] };
const names = Object.keys(samples);
for (let i = 0; i < runs; i++) {
  // Rotate which goes first, so none always follows another.
  for (let j = 0; j < names.length; j++) {
    const name = names[(i + j) % names.length];
    samples[name].push(time(scripts[name]));
  }
}

const result = {
  command: `node --input-type=module -e "${scripts.import}"`,
  baseline: `node --input-type=module -e "${scripts.emptyModule}"`,
  runs,
  medianMs: { empty: median(samples.empty), import: median(samples.import), emptyModule: median(samples.emptyModule) },
  ratio: median(samples.import) / median(samples.emptyModule),
  emptyModuleRatio: median(samples.emptyModule) / median(samples.empty),
  samplesMs: samples,
};
writeFileSync(new URL('./.import-time.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `import time: ${result.medianMs.import.toFixed(1)} ms vs ${result.medianMs.emptyModule.toFixed(1)} ms importing an empty module ` +
    `(medians of ${runs} alternating runs): ${result.ratio.toFixed(3)}x; the empty module vs an empty script ` +
    `(${result.medianMs.empty.toFixed(1)} ms): ${result.emptyModuleRatio.toFixed(3)}x`,
);
