import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { configDefaults, defineConfig } from 'vitest/config';

const source = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));

// Tests import the package by name, as an app does; here the names point at src.
const views = readdirSync(new URL('./src/views/', import.meta.url)).filter((name) => name !== 'all.ts');
const alias = [
  { find: /^capillary-codes\/zod$/, replacement: source('zod.ts') },
  { find: /^capillary-codes\/format$/, replacement: source('format.ts') },
  { find: /^capillary-codes\/notes$/, replacement: source('notes.ts') },
  { find: /^capillary-codes\/endpoints$/, replacement: source('endpoints.ts') },
  { find: /^capillary-codes\/testing$/, replacement: source('testing.ts') },
  ...views.map((name) => ({ find: new RegExp(`^capillary-codes/${name.replace(/\.ts$/, '')}$`), replacement: source(`views/${name}`) })),
  { find: /^capillary-codes$/, replacement: source('index.ts') },
];

/** Tests of the root entry: they use no Node built-ins, so they also run in a browser. */
export const rootEntryTests = [
  'test/catalog.test.ts',
  'test/fidelity.test.ts',
  'test/lookup.test.ts',
  'test/duplicates.test.ts',
  'test/messages.test.ts',
  'test/errors.test.ts',
];

/**
 * Tests that hold what a process knows when it imported one entry point only: fuzz/errors
 * expects `new CapillaryError` of the customers view to refuse every other resource's key,
 * which holds until another file of the same process imports the root or another view.
 */
const isolatedTests = ['test/fuzz/errors.test.ts'];

export default defineConfig({
  resolve: { alias },
  test: {
    // A worker per core: vitest's default keeps one core for itself (one worker on two cores),
    // which leaves the second core idle while a file runs, and `npm test` must take under 150 s.
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...isolatedTests],
          environment: 'node',
          testTimeout: 30_000,
          // A worker imports the package once for all the files it runs, not once per file:
          // 112 s -> 85 s for this project on two cores. The package's registries (the catalogs
          // an entry point registers for CapillaryError, the endpoints table) only grow, and
          // every file here passes with all of them filled (tried: a setup file importing the
          // root, every view and the endpoints); the files that need a process of their own
          // are in isolatedTests.
          isolate: false,
          // No typecheck here: `tsc -p .` in `npm test` compiles test/**/*.test-d.ts (tsconfig's
          // include), and a failed expectTypeOf is a compile error there. One type-check, not two.
        },
      },
      {
        extends: true,
        test: {
          name: 'node-isolated',
          include: isolatedTests,
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: rootEntryTests,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
