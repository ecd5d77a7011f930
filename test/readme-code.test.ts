import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every `ts` code block of the README compiles as a user would paste it: each block a module
 * of its own, under the project's settings (`strict`, `exactOptionalPropertyTypes`,
 * `noUncheckedIndexedAccess`), importing the package by name, which resolves as in an app:
 * through package.json `exports` to the declarations dist ships (run `npm run build` first),
 * not to src through the tsconfig's `paths`.
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The README's `ts` blocks, each with the line it starts on. */
const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((found) => ({
  line: readme.slice(0, found.index).split('\n').length + 1,
  code: found[1]!,
}));

function diagnosticsOf(files: ReadonlyMap<string, string>): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(`${root}tsconfig.json`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const host = ts.createCompilerHost(config.options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (name) => files.has(name) || fileExists(name);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  host.getSourceFile = (name, version, onError) =>
    files.has(name) ? ts.createSourceFile(name, files.get(name)!, version) : getSourceFile(name, version, onError);
  const { paths: _src, ...options } = config.options;
  const program = ts.createProgram([...files.keys()], { ...options, noEmit: true }, host);
  // The blocks' own diagnostics only: checking the whole program would check all of src again.
  return [...files.keys()]
    .map((name) => program.getSourceFile(name)!)
    .flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)])
    .map((diagnostic) => {
      const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      const block = blocks[Number(/readme-(\d+)\.ts$/.exec(diagnostic.file!.fileName)![1])]!;
      return `README.md:${block.line + line}: TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
}

describe('README code', () => {
  it('has ts blocks to check', () => {
    expect(blocks.length).toBeGreaterThan(5);
  });

  it('compiles every ts block under strict and exactOptionalPropertyTypes', () => {
    // Each block is a module (`export {}`), so that two blocks may declare the same names.
    const files = new Map(blocks.map((block, i) => [`${root}readme-${i}.ts`, `${block.code}\nexport {};\n`]));
    expect(diagnosticsOf(files)).toEqual([]);
  }, 120_000);
});
