/**
 * The verdict on a response against the flat list: `readResponse` on a 1,000-customer v1.1
 * `customer/get` batch (1,601 statuses, 1,000 items) against `readStatuses` on the same body.
 * `readResponse` walks once, as `readStatuses` does, recording the item each status lies in;
 * grouping and judging should cost little on top. Target: within 1.5x `readStatuses`.
 */
import { bench, describe } from 'vitest';
import * as capillary from 'capillary-codes';
import { v11Batch } from './v11-batch.js';

// Vitest's module runner reads an imported binding through a getter on every access; bound
// once, the call is the one an app makes.
const { readResponse, readStatuses } = capillary;

const payload: unknown = JSON.parse(JSON.stringify(v11Batch(1_000)));

// Both must read the whole batch, or the ratio means nothing.
const reading = readResponse(payload, { httpStatus: 200 });
if (reading.statuses.length !== readStatuses(payload).length || reading.items.length !== 1_000 || reading.outcome !== 'partial') {
  throw new Error(`read-response bench: expected 1,000 items of a partial batch, found ${reading.items.length} (${reading.outcome})`);
}

describe('readResponse vs readStatuses (1,000 customers)', () => {
  bench('readStatuses', () => {
    readStatuses(payload);
  });

  bench('readResponse', () => {
    readResponse(payload, { httpStatus: 200 });
  });
});
