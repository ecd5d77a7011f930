#!/usr/bin/env node
// Reads responses of Capillary's loyalty APIs (v1.1, v2, v3, API gateway, any resource) and
// prints what each status in them means, and the text to show a person for it.
//
//   node examples/read-response.mjs response.json [more.json ...]
//   curl -s "$HOST/v2/customers/lookup?..." | node examples/read-response.mjs - --resource customers
//   node examples/read-response.mjs              # a sample v2 response
//
// What the body does not say, say with hints (readStatuses narrows each status's candidates):
//   --resource R   the resource the request went to: customers, transactions, ... (a v1.1 body
//                  names its own; v2 bodies do not, and some codes mean other things elsewhere)
//   --api A        the response surface: v1.1, v2, v3, api_gateway, auth (else from the body's shape)
//   --operation O  the operation: register, get, notes.get ... (it tells apart the success
//                  texts that share a code)
//
// In your app: `import { readStatuses, userMessage } from 'capillary-codes'` (no zod needed),
// or from 'capillary-codes/<resource>' for one resource's codes only.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { apis, format, readStatuses, resources, userMessage } from 'capillary-codes';

const sample = {
  entity: { id: 4211, source: 'INSTORE' },
  warnings: [{ status: false, code: 8051, message: 'Same Customer found in other sources, Merging with userId 58312' }],
  errors: [{ status: false, code: '8011', message: 'Look up, Invalid source passed' }],
};

const how = { exact: 'its exact wording', close: 'reworded', different: 'the code decided; the text says something else', none: 'no text sent' };

/** What one status means, in a few lines: what came, the entry it is, the text to show. */
function describeStatus(status) {
  const { path, category, code, message, resolution } = status;
  // Texts quoted as JSON strings: servers send line breaks and quotes in them.
  const lines = [`${path}: ${category} ${code ?? '(no code)'}${message === undefined ? '' : ` ${JSON.stringify(message)}`}`];
  switch (resolution.status) {
    case 'unknown':
      lines.push('  unknown: no entry of the catalog has this code');
      break;
    case 'resolved': {
      const { entry, params, text } = resolution;
      const filled = Object.keys(params).length ? ` (params: ${JSON.stringify(params)})` : '';
      lines.push(`  ${entry.key} (${entry.resource}, ${entry.category}, ${entry.api}): ${format(entry, params)}${filled}`);
      lines.push(`  text: ${how[text]}${entry.kind ? `; kind: ${entry.kind}${entry.retryable ? ', retryable' : ''}` : ''}`);
      if (entry.note) lines.push(`  note: ${entry.note}`);
      break;
    }
    case 'ambiguous':
      lines.push(`  ambiguous, best first: ${resolution.candidates.map((entry) => `${entry.key} (${entry.resource})`).join(', ')}`);
      break;
  }
  // No sure entry and no server text: an app would pass `fallback` for this case.
  const shown = userMessage(status);
  lines.push(`  show: ${shown === undefined ? '(nothing sure to show)' : JSON.stringify(shown)}`);
  return lines.join('\n');
}

async function readStdin() {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

/** The responses to read: the files named, stdin for `-`, or (nothing named, nothing piped) the sample. */
async function readPayloads(names) {
  if (!names.length) {
    const piped = process.stdin.isTTY ? '' : await readStdin();
    return [['sample', piped.trim() ? JSON.parse(piped) : sample]];
  }
  const payloads = [];
  for (const name of names) {
    if (name !== '-') payloads.push([name, JSON.parse(readFileSync(name, 'utf8'))]);
    else {
      const piped = await readStdin();
      if (!piped.trim()) throw new Error('nothing on stdin');
      payloads.push(['stdin', JSON.parse(piped)]);
    }
  }
  return payloads;
}

function fail(reason) {
  console.error(`read-response: ${reason}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { resource: { type: 'string' }, api: { type: 'string' }, operation: { type: 'string' } } });
} catch (error) {
  fail(`${error.message}; usage: read-response [file.json|- ...] [--resource R] [--api A] [--operation O]`);
}
const { resource, api, operation } = parsed.values;
if (resource !== undefined && !resources.includes(resource)) fail(`--resource must be one of ${resources.join(', ')}; got "${resource}"`);
if (api !== undefined && !apis.includes(api)) fail(`--api must be one of ${apis.join(', ')}; got "${api}"`);
if (operation === '') fail('--operation needs a name, such as get or notes.get');

let payloads;
try {
  payloads = await readPayloads(parsed.positionals);
} catch (error) {
  fail(`cannot read a JSON response: ${error.message}`);
}
for (const [name, payload] of payloads) {
  // Several responses: each under its name, as head(1) does.
  if (payloads.length > 1) console.log(`==> ${name} <==\n`);
  const statuses = readStatuses(payload, { resource, api, operation });
  if (!statuses.length) console.log('No status found: is this a response of a Capillary API?\n');
  for (const status of statuses) console.log(`${describeStatus(status)}\n`);
}
