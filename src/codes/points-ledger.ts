/**
 * Status codes of the points ledger, from its single publication, docs.capillarytech.com
 * `/reference/points-ledger` (a page of the docs' points V2 section, so `v2`). Its "Status
 * Codes" table does not say which rows are errors: all are errors by their meaning but 11002,
 * which says the ledger sent may be incomplete (a warning). The "EMF Errors" table (9003-9005)
 * is errors, 9004 too though its text says "Warning".
 *
 * The table wraps long cells over several lines: 11014, 11019 and 9005 are broken mid-sentence
 * (test/tables/exceptions/points-ledger.ts leaves the fragments out). The messages here are
 * the whole sentences, as the per-API pages (Get Points Ledger Explode Info in Connected Orgs)
 * print them; 11014's cell holds two messages, two entries.
 * docs/DATA.md says how rows are made. Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const pointsLedger = [
  // Errors and the warning 11002, in the table's order.
  [11001, 'POINTS_LEDGER_UNSUPPORTED_PARAMETER_COMBINATION', 'error', 'v2', 'This combination of request parameters is not supported. Try removing parameters.', { kind: 'invalid-argument' }],
  [11002, 'POINTS_LEDGER_PENDING_EVENTS', 'warning', 'v2', 'This customer has pending events, hence the ledger may be incomplete. Please retry after some time to get a complete ledger', {
    kind: 'unavailable',
    retryable: true,
    note: 'The table gives no category; a warning because the ledger is still sent, possibly incomplete.',
  }],
  [11003, 'POINTS_LEDGER_NO_ENTRIES', 'error', 'v2', 'There are no ledger entries present for the given parameters. Try removing parameters to widen the search', { kind: 'not-found' }],
  [11004, 'POINTS_LEDGER_INVALID_TILL_ID', 'error', 'v2', 'Invalid tillId passed in request', { kind: 'invalid-argument' }],
  [11005, 'POINTS_LEDGER_INVALID_PROGRAM_ID', 'error', 'v2', 'Invalid programId passed in request', { kind: 'invalid-argument' }],
  [11006, 'POINTS_LEDGER_LIMIT_ABOVE_10', 'error', 'v2', 'Limit cannot be greater than 10', { kind: 'invalid-argument' }],
  [11007, 'POINTS_LEDGER_INVALID_ENTRY_TYPE', 'error', 'v2', 'Invalid ledgerEntryType passed in request', { kind: 'invalid-argument' }],
  [11008, 'POINTS_LEDGER_INVALID_POINT_CATEGORY_TYPE', 'error', 'v2', 'Invalid pointCategoryType passed in request', { kind: 'invalid-argument' }],
  [11009, 'POINTS_LEDGER_START_DATE_AFTER_END_DATE', 'error', 'v2', 'Startdate is after endDate', { kind: 'invalid-argument' }],
  [11010, 'POINTS_LEDGER_DATE_RANGE_ABOVE_60_DAYS', 'error', 'v2', 'Time interval between startDate and endDate is greater than 60 days', { kind: 'invalid-argument' }],
  [11011, 'POINTS_LEDGER_INVALID_DATE_FORMAT', 'error', 'v2', 'The date format used is not supported. Enter the date in (yyyy-MM-ddTHH:mm:ss) format', { kind: 'invalid-argument' }],
  [11012, 'POINTS_LEDGER_INVALID_USER_ID', 'error', 'v2', 'Invalid userId passed in request', { kind: 'invalid-argument' }],
  [11013, 'POINTS_LEDGER_IDENTIFIER_REQUIRED', 'error', 'v2', 'identifierName, identifierValue, source can not be empty', { kind: 'invalid-argument' }],
  [11014, 'POINTS_LEDGER_EVENT_NAME_NOT_FOUND', 'error', 'v2', 'Event name not found :{0}', {
    kind: 'not-found',
    note: '11014 also means "Requested cannot be processed. Max 10 events are allowed in params." (POINTS_LEDGER_TOO_MANY_EVENTS): the table prints both in one cell.',
  }],
  [11014, 'POINTS_LEDGER_TOO_MANY_EVENTS', 'error', 'v2', 'Requested cannot be processed. Max 10 events are allowed in params.', {
    kind: 'invalid-argument',
    note: '11014 also means "Event name not found :{0}" (POINTS_LEDGER_EVENT_NAME_NOT_FOUND): the table prints both in one cell.',
  }],
  [11015, 'POINTS_LEDGER_EVENT_DETAIL_SET_FAILED', 'error', 'v2', 'Error setting event detail', { kind: 'internal' }],
  [11016, 'POINTS_LEDGER_EVENT_DETAIL_NOT_FOUND', 'error', 'v2', 'Event detail not found for event log id {0}', { kind: 'not-found' }],
  [11017, 'POINTS_LEDGER_INVALID_EVENT_ID_FORMAT', 'error', 'v2', 'Event id format exception:{0}', { kind: 'invalid-argument' }],
  [11018, 'POINTS_LEDGER_NO_USERS_FOR_ROLES', 'error', 'v2', 'No users found for provided roles', { kind: 'not-found' }],
  [11019, 'POINTS_LEDGER_SOURCE_VALUE_CAPTURE_DISABLED', 'error', 'v2', 'Source value capturing status is disabled. Please enable it from org settings page', { kind: 'failed-precondition' }],

  // EMF errors.
  [9003, 'POINTS_LEDGER_DATA_FETCH_FAILED', 'error', 'v2', 'Error fetching points ledger data : {0}', { kind: 'internal' }],
  [9004, 'POINTS_LEDGER_INFO_FETCH_FAILED', 'error', 'v2', 'Warning while fetching ledger info : {0}', {
    kind: 'internal',
    note: 'Listed under "EMF Errors" though its text says "Warning".',
  }],
  [9005, 'POINTS_LEDGER_INVALID_ALTERNATE_CURRENCY_NAMES', 'error', 'v2', 'Invalid alternateCurrencyNames field value', { kind: 'invalid-argument' }],
] as const satisfies readonly Row[];
