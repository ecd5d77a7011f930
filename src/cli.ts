#!/usr/bin/env node
import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { catalog } from 'capillary-codes';
import { parseArgs } from './cli-args.js';
import { runDemo } from './cli/demo.js';
import { runEndpoints } from './cli/endpoints.js';
import { runFormat } from './cli/format.js';
import { helpOf } from './cli/help.js';
import { runLookup } from './cli/lookup.js';
import { exitCodes, outFor, type Io } from './cli/output.js';
import { runRead } from './cli/read.js';
import { runSearch } from './cli/search.js';
import { resourceEntries } from './explain.js';
import { exportMessages } from './i18n.js';

export { parseArgs, type Command, type Hints, type Parsed, type ReadHints, type Target, type Topic } from './cli-args.js';
export { exitCodes, type Io } from './cli/output.js';
export { readExitCodes } from './cli/read.js';

/**
 * The `capillary-codes` command. Parsing (`parseArgs`, in cli-args.ts) is a pure function
 * of argv and running (`main`) writes only to the streams it is given, so both are tested
 * without spawning; each command runs in its own module under src/cli/; this module runs
 * `main` only when Node executes it as the bin.
 */

// Defined by tsup for the bin; absent when the source runs under a test runner.
declare const __VERSION__: string;

const version = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/**
 * Runs the command line and returns the exit status: 0 found, 1 not found, 2 bad usage
 * (one line on stderr; `{"error": …}` with --json); `read` tells more (`readExitCodes`).
 * Writes only to `io`, so tests run it in process.
 * @example
 * const status = main(['1101', '--json'], { stdout: process.stdout, stderr: process.stderr, env: process.env }); // 0
 */
export function main(argv: readonly string[], io: Io): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return outFor(io, parsed.json).fail(exitCodes.usage, parsed.reason);
  const cmd = parsed.command;
  const out = outFor(io, 'json' in cmd && cmd.json);
  switch (cmd.name) {
    case 'help':
      out.line(helpOf(cmd.topic ?? 'main', version));
      return exitCodes.found;
    case 'version':
      if (cmd.json) out.json({ name: 'capillary-codes', version });
      else out.line(version);
      return exitCodes.found;
    case 'lookup':
      return runLookup(out, cmd.target, cmd.hints, cmd.json);
    case 'search':
      return runSearch(out, cmd.text, cmd.filter, cmd.endpoint, cmd.limit, cmd.json);
    case 'format':
      return runFormat(out, cmd);
    case 'read':
      return runRead(out, cmd);
    case 'endpoints':
      return runEndpoints(out, cmd);
    case 'export':
      out.json(exportMessages(cmd.format, cmd.resource === undefined ? catalog : resourceEntries(cmd.resource)));
      return exitCodes.found;
    case 'demo':
      return runDemo(out, version, main);
  }
}

// Run only as the bin (npm links it, so compare real paths), never when imported.
function invokedAsBin(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (invokedAsBin()) {
  // `capillary-codes export | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    readStdin: () => readFileSync(0, 'utf8'),
  });
}
