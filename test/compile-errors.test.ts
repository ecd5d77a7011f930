/**
 * The compiler's own words for the mistakes people make: test/consumer/mistakes.ts holds one
 * mistake per line with the words its error must contain (`// error: …`), and lines that must
 * compile. It is compiled against dist, through the package's own name as an app imports it
 * (run `npm run build` first), with every TypeScript version the README names; each version's
 * diagnostics, elaborations included, are held to those words line by line.
 *
 * Compilers are called by path: `node_modules/.bin/tsc` is TypeScript 7 (the ts7 alias).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { compilerVersion, type Compiler } from '../scripts/measure.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = 'test/consumer/mistakes.ts';

/** Line number (1-based) → the words its error must contain; lines not listed must compile. */
const expected = new Map(
  readFileSync(new URL(`../${fixture}`, import.meta.url), 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      const words = /^[^/].*\/\/ error: (.+)$/.exec(line)?.[1];
      return words === undefined ? [] : [[i + 1, words] as const];
    }),
);

/** Line number → the text of every diagnostic on it, continuation lines joined. */
function diagnosticsByLine(output: string): Map<number, string> {
  const byLine = new Map<number, string>();
  let current: number | undefined;
  for (const line of output.split('\n')) {
    const start = /^test\/consumer\/mistakes\.ts\((\d+),\d+\): (error .*)$/.exec(line);
    if (start) {
      current = Number(start[1]);
      byLine.set(current, `${byLine.get(current) ?? ''}${start[2]}\n`);
    } else if (current !== undefined && /^\s/.test(line)) {
      byLine.set(current, `${byLine.get(current)}${line.trim()}\n`);
    } else {
      current = undefined;
    }
  }
  return byLine;
}

async function compile(compiler: Compiler) {
  const tsc = `node_modules/${compiler}/bin/tsc`;
  let output = '';
  try {
    await run(process.execPath, [tsc, '-p', 'test/consumer/tsconfig.mistakes.json', '--pretty', 'false'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  return { version: compilerVersion(compiler), byLine: diagnosticsByLine(output), output };
}

const compilers = ['typescript', 'ts50', 'ts6', 'ts7'] as const;
// Each compiler runs once, at collection, the four at once.
const results = await Promise.all(compilers.map((compiler) => compile(compiler)));

test(`the fixture lists ${expected.size} mistakes`, () => {
  expect(expected.size).toBeGreaterThanOrEqual(20);
});

compilers.forEach((compiler, i) => {
  const { version, byLine, output } = results[i]!;
  describe(`TypeScript ${version} (${compiler})`, () => {
    test.each([...expected])('line %i: the error says %s', (line, words) => {
      expect(byLine.get(line), output).toContain(words);
    });

    test('reports nothing on the lines that are right', () => {
      const unexpected = [...byLine].filter(([line]) => !expected.has(line));
      expect(unexpected, output).toEqual([]);
    });
  });
});
