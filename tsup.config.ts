import { readFileSync, readdirSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** One entry per resource view, `capillary-codes/<resource>`: src/views/<resource>.ts (generated). */
const views = Object.fromEntries(
  readdirSync('src/views')
    .filter((name) => name.endsWith('.ts') && name !== 'all.ts')
    .map((name) => [name.replace(/\.ts$/, ''), `src/views/${name}`]),
);

const shared: Options = {
  target: 'es2022',
  // Not minified: minifying here would strip the `/* @__PURE__ */` marks that let an app's
  // bundler drop the catalog when it only formats entries. Apps minify their own bundles.
  minify: false,
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', format: 'src/format.ts', ...views },
    format: ['esm', 'cjs'],
    // The root and the views share their logic and each resource's data as chunks, so an app
    // that imports two of them holds one copy of each.
    splitting: true,
    dts: true,
    clean: true,
  },
  {
    ...shared,
    entry: { zod: 'src/zod.ts' },
    format: ['esm', 'cjs'],
    // The zod entry imports the root by name, so an app that uses both holds one catalog.
    external: ['capillary-codes', 'zod'],
    splitting: false,
    dts: true,
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
