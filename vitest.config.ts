import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const alias = {
  'capillary-codes/zod': fileURLToPath(new URL('./src/zod.ts', import.meta.url)),
  'capillary-codes/format': fileURLToPath(new URL('./src/format.ts', import.meta.url)),
  'capillary-codes': fileURLToPath(new URL('./src/index.ts', import.meta.url)),
};

/** Tests of the root entry: they use no Node built-ins, so they also run in a browser. */
export const rootEntryTests = [
  'test/catalog.test.ts',
  'test/fidelity.test.ts',
  'test/lookup.test.ts',
  'test/duplicates.test.ts',
  'test/messages.test.ts',
  'test/errors.test.ts',
];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          typecheck: {
            enabled: true,
            include: ['test/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
            // The ts7 alias takes over node_modules/.bin/tsc: name TypeScript 5.9 by path.
            checker: fileURLToPath(new URL('./node_modules/typescript/bin/tsc', import.meta.url)),
          },
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
