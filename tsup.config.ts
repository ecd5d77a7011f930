import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

const shared: Options = {
  target: 'es2022',
  // The zod entry and the CLI import the root by name, so an app that uses them all holds one catalog.
  external: ['capillary-codes', 'zod'],
  // Not minified: minifying here would strip the `/* @__PURE__ */` marks that let an app's
  // bundler drop the catalog when it only formats entries. Apps minify their own bundles.
  minify: false,
  splitting: false,
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', format: 'src/format.ts', zod: 'src/zod.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
  },
  {
    ...shared,
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    define: { __VERSION__: JSON.stringify(version) },
  },
]);
