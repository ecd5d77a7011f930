#!/usr/bin/env node
// Reads a v1.1 or v2 response of the customers API and prints what each status in it means.
//
//   node examples/read-response.mjs response.json
//   curl -s "$HOST/v2/customers/lookup?..." | node examples/read-response.mjs -
//   node examples/read-response.mjs            # a sample v2 response
//
// In your app, `import { readStatuses } from 'capillary-codes/zod'` (zod ^4 installed).
import { readFileSync } from 'node:fs';
import { format } from 'capillary-codes';
import { readStatuses } from 'capillary-codes/zod';

const sample = {
  entity: { id: 4211, source: 'INSTORE' },
  warnings: [{ status: false, code: 8051, message: 'Same Customer found in other sources, Merging with userId 58312' }],
  errors: [{ status: false, code: '8011', message: 'Look up, Invalid source passed' }],
};

/** What one status means, in a sentence or two. */
function describeStatus({ path, category, code, message, resolution }) {
  const sent = `${path}: ${category} ${code ?? '(no code)'}${message === undefined ? '' : ` "${message}"`}`;
  switch (resolution.status) {
    case 'unknown':
      return `${sent}\n  not a code of the customers catalog (a request-level or another resource's status)`;
    case 'resolved': {
      const { entry, params, text } = resolution;
      const how = { exact: 'its exact wording', close: 'reworded', different: 'the code decided; the text says something else', none: 'no text sent' }[text];
      const filled = Object.keys(params).length ? ` (params: ${JSON.stringify(params)})` : '';
      return `${sent}\n  ${entry.key}: ${format(entry, params)}${filled}\n  ${entry.category}, ${entry.api}; text: ${how}${entry.note ? `\n  note: ${entry.note}` : ''}`;
    }
    case 'ambiguous':
      return `${sent}\n  ambiguous, best first: ${resolution.candidates.map((entry) => entry.key).join(', ')}`;
  }
}

async function readStdin() {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

// No argument: the response piped in, or the sample when nothing is piped.
async function readPayload(argument) {
  if (argument !== undefined && argument !== '-') return JSON.parse(readFileSync(argument, 'utf8'));
  const piped = process.stdin.isTTY ? '' : await readStdin();
  if (piped.trim()) return JSON.parse(piped);
  if (argument === '-') throw new Error('nothing on stdin');
  return sample;
}

let payload;
try {
  payload = await readPayload(process.argv[2]);
} catch (error) {
  console.error(`read-response: cannot read a JSON response: ${error.message}`);
  process.exit(2);
}
const statuses = readStatuses(payload);
if (!statuses.length) console.log('No status found: is this a v1.1 or v2 customers response?');
for (const status of statuses) console.log(`${describeStatus(status)}\n`);
