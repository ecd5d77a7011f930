#!/usr/bin/env node
/**
 * Writes the `.d.cts` twin of every `.d.ts` in dist/, the declarations `require` reads (the
 * exports map's `require.types`). tsc emits the `.d.ts` (tsconfig.build.json); in a package of
 * `"type": "module"` they describe ES modules, so a CommonJS program needs its own copy whose
 * relative imports name `.cjs` files, which TypeScript resolves to the `.d.cts` beside them.
 *
 *   node scripts/write-cts-declarations.mjs      after `tsc -p tsconfig.build.json`
 *
 * Why not tsup's `dts`: it type-checks src a second time to roll the declarations up, 39 of
 * the build's 47 CPU-seconds; tsc emits the same types in 7, without checking them
 * (tsconfig.build.json's `noCheck`: `npm test` type-checks src with `tsc -p .`).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** `from './x.js'`, `import('../x.js')`: a relative specifier of a JavaScript file, in either quotes. */
const relativeJs = /(\bfrom\s+|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"]*?)\.js\2/g;

let written = 0;
for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
  if (!name.endsWith('.d.ts')) continue;
  const declarations = readFileSync(join(dist, name), 'utf8');
  writeFileSync(join(dist, name.replace(/\.d\.ts$/, '.d.cts')), declarations.replace(relativeJs, '$1$2$3.cjs$2'));
  written += 1;
}
if (written === 0) {
  console.error('write-cts-declarations: no .d.ts in dist/ (run `tsc -p tsconfig.build.json` first)');
  process.exit(1);
}
