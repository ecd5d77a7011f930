/**
 * Reading a response against parsing it: `readStatuses` on a 1,000-customer v1.1
 * `customer/get` batch (about 1.3 MB of JSON, 1,601 statuses) against `JSON.parse` of the
 * same text. An app does both for every response, so the walk should cost no more than a
 * small multiple of the parse. Target (scripts/bench-report.mjs): under 5x `JSON.parse`.
 */
import { bench, describe } from 'vitest';
import * as zodEntry from 'capillary-codes/zod';
import { v11Batch } from './v11-batch.js';

// Vitest's module runner reads an imported binding through a getter on every access; bound
// once, the call is the one an app makes.
const { readStatuses } = zodEntry;

const text = JSON.stringify(v11Batch(1_000));
const payload: unknown = JSON.parse(text);

// The walk must find every status, or its speed means nothing.
const found = readStatuses(payload);
if (found.length !== 1_601 || found.some((status) => status.resolution.status === 'ambiguous')) {
  throw new Error(`read-statuses bench: expected 1,601 resolved or unknown statuses, found ${found.length}`);
}

describe('readStatuses vs JSON.parse (1,000 customers)', () => {
  bench('JSON.parse', () => {
    JSON.parse(text);
  });

  bench('readStatuses', () => {
    readStatuses(payload);
  });
});
