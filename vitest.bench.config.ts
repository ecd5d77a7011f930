import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const dist = (file: string) => fileURLToPath(new URL(`./dist/${file}`, import.meta.url));

/**
 * Benchmarks measure the built code, as an app runs it: `capillary-codes` and its
 * subpaths resolve to dist (run `npm run build` first; `npm run bench` does). Node only,
 * one file at a time, so that two benchmarks never share the machine's two cores.
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^capillary-codes\/zod$/, replacement: dist('zod.js') },
      { find: /^capillary-codes\/format$/, replacement: dist('format.js') },
      { find: /^capillary-codes$/, replacement: dist('index.js') },
    ],
  },
  test: {
    name: 'bench',
    environment: 'node',
    include: [],
    fileParallelism: false,
    maxWorkers: 1,
    benchmark: {
      include: ['bench/**/*.bench.ts'],
      outputJson: 'bench/.raw.json',
    },
  },
});
