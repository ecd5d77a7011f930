/**
 * Status codes of the verticals resource (an org's business verticals), from
 * docs.capillarytech.com `/reference/verticals` (a "V2 API Reference" page) and the
 * capillary.github.io v2 site's "Verticals / Response Codes": the same table in both, word for
 * word (`v2`). Neither heading gives a category; every row is an error by its meaning.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const verticals = [
  [91027, 'VERTICAL_NOT_FOUND', 'error', 'v2', 'Unable to find vertical', { kind: 'not-found' }],
  [91028, 'VERTICAL_INVALID', 'error', 'v2', 'Invalid vertical', { kind: 'invalid-argument' }],
  [91029, 'VERTICAL_INVALID_NAME', 'error', 'v2', 'Unable to add vertical. Invalid vertical name passed', { kind: 'invalid-argument' }],
  [91030, 'VERTICAL_ORG_ADD_FAILED', 'error', 'v2', 'Unable to add org vertical', { kind: 'internal' }],
  [91031, 'VERTICAL_DISABLE_FAILED', 'error', 'v2', 'Unable to disable the vertical', { kind: 'internal' }],
  [91032, 'VERTICAL_ALREADY_MAPPED', 'error', 'v2', 'Org is already mapped to the specified vertical id', { kind: 'already-exists' }],
] as const satisfies readonly Row[];
