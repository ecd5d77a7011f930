#!/usr/bin/env node
/**
 * Runs attw (are the types wrong?) on the packed package with every resource view as an entry
 * point: attw checks the exports map's named keys by itself, but not what its `./*` pattern
 * matches, so the views are named here from src/views/ (the files the build turns into
 * dist/views/). Arguments after the script go to attw.
 *
 *   node scripts/attw.mjs --profile node16
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const views = readdirSync(new URL('../src/views/', import.meta.url))
  .filter((name) => name.endsWith('.ts') && name !== 'all.ts')
  .map((name) => `./${name.replace(/\.ts$/, '')}`);
const bin = fileURLToPath(new URL('../node_modules/@arethetypeswrong/cli/dist/index.js', import.meta.url));
const { status } = spawnSync(process.execPath, [bin, '--pack', '.', ...process.argv.slice(2), '--include-entrypoints', ...views], { stdio: 'inherit' });
process.exit(status ?? 1);
