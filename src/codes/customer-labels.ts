/**
 * Status codes of the customer-labels resource (org labels and the labels tagged to
 * customers), from docs.capillarytech.com `/reference/customer-labels`, its only publication.
 * The labels APIs are v2 APIs (`/v2/organization/labels`, `/v2/customers/{userId}/labels`), so
 * the surface is `v2`. The table ("Status codes") has no category; every row is an error by
 * its meaning.
 * The per-API pages (Add Labels, Tag Customers, Get Customer Labels) add a wording of 33000 and
 * give 33003 another meaning, "Invalid Array" (an empty array in the body): an entry of its
 * own. Their 8015 is customers' CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS; Add Labels' HTTP statuses
 * (200, 400, 401, 403, 404, 409, 500) are the request-level `api` entries.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const customerLabels = [
  [33000, 'LABEL_NOT_FOUND', 'error', 'v2', '{x} label not found', {
    aliases: ['Label not found'],
    kind: 'not-found',
  }],
  [33001, 'LABEL_NONE_FOR_CUSTOMER', 'error', 'v2', 'User labels not found', { kind: 'not-found' }],
  [33002, 'LABEL_NONE_FOR_ORG', 'error', 'v2', 'Org labels not found', { kind: 'not-found' }],
  [33003, 'LABEL_ALREADY_EXISTS', 'error', 'v2', 'Label {x} already exists in org', {
    kind: 'already-exists',
    note: 'The Add Labels page gives 33003 another meaning, "Invalid Array" (LABEL_INVALID_ARRAY).',
  }],
  [33003, 'LABEL_INVALID_ARRAY', 'error', 'v2', 'Invalid Array', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'The request body contains an empty array. At least one valid object is required in the array. Only the Add Labels page lists it; the resource table\'s 33003 is LABEL_ALREADY_EXISTS.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/add-labels',
  }],
  [33004, 'LABEL_MAX_COUNT_NOT_CONFIGURED', 'error', 'v2', 'Org max Label config not set', { kind: 'failed-precondition' }],
  [33005, 'LABEL_MAX_COUNT_EXCEEDED', 'error', 'v2', 'Org max Label count exceed', { kind: 'resource-exhausted' }],
  [33006, 'LABEL_EMPTY_PAYLOAD', 'error', 'v2', 'Org labels empty post payload', { kind: 'invalid-argument', audience: 'developer' }],
] as const satisfies readonly Row[];
