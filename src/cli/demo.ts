import { readFileSync } from 'node:fs';
import { readResponse, resolve, userMessage } from 'capillary-codes';
import { bin } from './given.js';
import type { Io, Out } from './output.js';

/** `capillary-codes demo`: a short tour of the command and of the library. */

// A v1.1 batch registration in which one customer was added and one refused: a partial verdict.
const demoBody = JSON.stringify({
  response: {
    status: { success: 'false', code: 201, message: 'Some requests have failed due to errors' },
    customers: {
      customer: [
        { mobile: '919900000001', item_status: { success: 'true', code: 1000, message: 'Customer registration successful' } },
        { mobile: '91990', item_status: { success: 'false', code: 1001, message: 'Unable to register. Invalid mobile number.' } },
      ],
    },
  },
});

/**
 * Runs the tour; `run` is `main`, passed in so that the tour shows the real command's output.
 * @example
 * runDemo(out, '0.3.0', main); // 0
 */
export function runDemo(out: Out, version: string, run: (argv: readonly string[], io: Io) => number): number {
  const { style } = out;
  const show = (argv: string[], maxLines = Infinity) => {
    out.line(style.bold(`$ ${bin} ${argv.map((arg) => (/[\s"]/.test(arg) ? JSON.stringify(arg) : arg)).join(' ')}`));
    let captured = '';
    const sink = { write: (text: string) => (captured += text) };
    const files = (path: string) => (path === 'response.json' ? demoBody : (out.io.readFile ?? ((file: string) => readFileSync(file, 'utf8')))(path));
    run(argv, { ...out.io, stdout: { write: sink.write, isTTY: out.coloured }, stderr: sink, readFile: files });
    const lines = captured.trimEnd().split('\n');
    for (const line of lines.slice(0, maxLines)) out.line(line);
    if (lines.length > maxLines) out.line(style.dim(`… (${lines.length - maxLines} more lines)`));
    out.line();
  };
  const call = (code: string, result: unknown) => {
    out.line(`  ${code}`);
    out.line(style.dim(`  // ${result === undefined ? 'undefined' : JSON.stringify(result)}`));
  };

  out.line(`${bin} ${version}: a short tour\n`);
  out.line(style.dim('A response from a log: the verdict first (one customer added, one refused), why, and whether to retry:'));
  out.line(style.bold(`$ cat response.json`));
  out.line(demoBody);
  out.line();
  show(['read', 'response.json', '--resource', 'customers']);
  out.line(style.dim('A code from a log: 1101 means one thing in customers, another in transactions.'));
  show(['1101']);
  out.line(style.dim('The resource called picks one:'));
  show(['1101', '--resource', 'transactions'], 5);
  out.line(style.dim("A code is never another resource's on the code alone:"));
  show(['1101', '--resource', 'badges']);
  out.line(style.dim('Searching by text; words where a placeholder stands are its value:'));
  show(['search', 'Card is BLOCKED', '--limit', '3']);

  out.line(style.dim('The same, from code:'));
  out.line();
  const reading = readResponse(JSON.parse(demoBody) as unknown, { resource: 'customers' });
  call("const reading = readResponse(body, { resource: 'customers' }); reading.outcome", reading.outcome);
  call('reading.items.map((item) => item.ok)', reading.items.map((item) => item.ok));
  call('userMessage(reading)', userMessage(reading));
  call('reading.retry.retryable', reading.retry.retryable);
  // 'invalid programId passed' names a field: a developer's wording, so a person is shown the fallback.
  call("userMessage(resolve(1101, { resource: 'transactions' }), { fallback: 'Something went wrong.' })", userMessage(resolve(1101, { resource: 'transactions' }), { fallback: 'Something went wrong.' }));
  out.line();
  out.line(`More: ${bin} --help`);
  return 0;
}
