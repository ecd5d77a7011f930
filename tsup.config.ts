import { readFileSync, readdirSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** One entry per resource view, `capillary-codes/<resource>`: src/views/<resource>.ts (generated), built
 * into dist/views/, which the exports map's `./*` pattern names. */
const views = Object.fromEntries(
  readdirSync('src/views')
    .filter((name) => name.endsWith('.ts') && name !== 'all.ts')
    .map((name) => [`views/${name.replace(/\.ts$/, '')}`, `src/views/${name}`]),
);

/** JavaScript only: the declarations are tsc's (tsconfig.build.json), which `npm run build` runs next. */
const shared: Options = {
  target: 'es2022',
  // Not minified: minifying here would strip the `/* @__PURE__ */` marks that let an app's
  // bundler drop the catalog when it only formats entries. Apps minify their own bundles.
  minify: false,
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    // The root in one file: loading the 60 chunks it would share with the views cost a
    // process 1.23x the start of importing an empty module, one file 1.04x (bench/import-time.mjs).
    splitting: false,
    clean: true,
  },
  {
    ...shared,
    entry: { format: 'src/format.ts', notes: 'src/notes.ts', endpoints: 'src/endpoints.ts', testing: 'src/testing.ts', ...views },
    format: ['esm', 'cjs'],
    // The views share their logic and each resource's data as chunks, so an app that imports
    // two of them holds one copy of each (and the root, if it imports it too, its own).
    splitting: true,
  },
  {
    ...shared,
    entry: { zod: 'src/zod.ts' },
    format: ['esm', 'cjs'],
    // The zod entry imports the root by name, so an app that uses both holds one catalog.
    external: ['capillary-codes', 'zod'],
    splitting: false,
  },
  {
    ...shared,
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    external: ['capillary-codes'],
    splitting: false,
    define: { __VERSION__: JSON.stringify(version) },
  },
]);
